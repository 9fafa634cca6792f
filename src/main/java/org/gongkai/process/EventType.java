package org.gongkai.process;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of process events (流程节点) a court publishes, with their Chinese labels. */
public enum EventType {
    FILING_RECEIVED("收案"),
    ACCEPTED("立案受理"),
    PANEL_FORMED("组成合议庭"),
    TIME_LIMIT_SET("审限"),
    TIME_LIMIT_EXTENDED("审限延长"),
    TIME_LIMIT_SUSPENDED("审限中止/扣除"),
    SUMMONS_SERVED("传票送达"),
    NOTICE_SERVED("通知书送达"),
    EVIDENCE_EXCHANGE("证据交换"),
    PRETRIAL_MEETING("庭前会议"),
    HEARING_SCHEDULED("排期开庭"),
    HEARING_POSTPONED("延期开庭"),
    HEARING_HELD("开庭审理"),
    JUDGMENT_ANNOUNCED("宣判"),
    DOCUMENT_SERVED("文书送达"),
    APPEAL_FILED("提起上诉"),
    TRANSFERRED("移送"),
    PRESERVATION("保全"),
    PRELIMINARY_ENFORCEMENT("先予执行"),
    CLOSED("结案");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Preservation and preliminary enforcement stay hidden from parties until carried out (spec 2.2). */
    public boolean hiddenUntilCarriedOut() {
        return this == PRESERVATION || this == PRELIMINARY_ENFORCEMENT;
    }

    /** Time-limit events carry a deadline. */
    public boolean isTimeLimit() {
        return this == TIME_LIMIT_SET || this == TIME_LIMIT_EXTENDED || this == TIME_LIMIT_SUSPENDED;
    }

    public static Optional<EventType> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim().toUpperCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.name().equals(v)).findFirst();
    }
}
