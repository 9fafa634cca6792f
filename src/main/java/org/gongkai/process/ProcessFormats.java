package org.gongkai.process;

import io.quarkus.qute.TemplateExtension;
import org.gongkai.platform.Texts;

/** Words of the process pages, as the {@code proc:} namespace: {@code {proc:event(type)}}, {@code {proc:term(type)}}. Dates and days go through {@code fmt:}. */
@TemplateExtension(namespace = "proc")
public final class ProcessFormats {
    private ProcessFormats() {}

    /** The glossary entry (anchor on /glossary) that explains an event type, or null. */
    static String term(String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "FILING_RECEIVED", "ACCEPTED" -> "li-an";
            case "TIME_LIMIT_SET", "TIME_LIMIT_EXTENDED", "TIME_LIMIT_SUSPENDED" -> "shenxian";
            case "EVIDENCE_EXCHANGE" -> "zhengju-jiaohuan";
            case "HEARING_SCHEDULED", "HEARING_POSTPONED", "HEARING_HELD" -> "kaiting";
            case "SUMMONS_SERVED", "NOTICE_SERVED", "DOCUMENT_SERVED" -> "songda";
            case "APPEAL_FILED" -> "shangsu";
            default -> null;
        };
    }

    /** The label of a process event type ({@link EventType}) in the page's language. */
    static String event(String type) {
        return Texts.label("event", type);
    }
}
