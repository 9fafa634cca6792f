package org.gongkai.publishing;

import java.util.List;
import java.util.Set;

/**
 * Rule 1.2 of the disclosure rules (法释〔2016〕19号 Art. 4, 6): decides whether a judgment is
 * published, published as a stub (case number, court, date and reason only) or withheld
 * entirely (state secrets).
 */
public final class PublicationRules {
    public enum Outcome {
        PUBLISH,
        STUB,
        WITHHOLD
    }

    public record Decision(Outcome outcome, String ruleCode, String reason) {
        static Decision publish() {
            return new Decision(Outcome.PUBLISH, null, null);
        }
    }

    /** What the rules look at. {@code minorDefendant}: a 被告人 (or criminal 被告) who was a minor at the time of the offence. */
    public record Facts(
            String category,
            String documentKind,
            String cause,
            boolean stateSecret,
            boolean mediation,
            boolean mediationPublicInterest,
            boolean minorDefendant,
            String courtWithholdReason) {}

    static final Set<String> DEFENDANT_ROLES = Set.of("被告人", "原审被告人", "上诉人（原审被告人）", "罪犯", "被告");

    private PublicationRules() {}

    public static Decision decide(Facts f) {
        if (f.stateSecret()) {
            return new Decision(Outcome.WITHHOLD, "STATE_SECRET", "涉及国家秘密");
        }
        if ("刑事".equals(f.category()) && f.minorDefendant()) {
            return new Decision(Outcome.STUB, "MINOR_DEFENDANT", "未成年人犯罪");
        }
        boolean mediated = f.mediation() || "调解书".equals(f.documentKind());
        if (mediated && !f.mediationPublicInterest()) {
            return new Decision(Outcome.STUB, "MEDIATION", "以调解方式结案或者确认人民调解协议效力");
        }
        if (isFamilyPrivate(f.cause())) {
            return new Decision(Outcome.STUB, "FAMILY", "离婚诉讼或者涉及未成年子女抚养、监护");
        }
        if (f.courtWithholdReason() != null && !f.courtWithholdReason().isBlank()) {
            return new Decision(
                    Outcome.STUB,
                    "COURT_DECISION",
                    "人民法院认为不宜在互联网公布：" + f.courtWithholdReason().strip());
        }
        return Decision.publish();
    }

    /** Divorce, custody or guardianship of minor children (rule 1.2.4). */
    public static boolean isFamilyPrivate(String cause) {
        if (cause == null) {
            return false;
        }
        return cause.contains("离婚")
                || cause.contains("抚养")
                || cause.contains("监护")
                || cause.contains("探望权")
                || cause.contains("同居关系子女");
    }

    /** True when a party in a defendant role is flagged as a minor. */
    public static boolean hasMinorDefendant(List<String> rolesOfMinors) {
        return rolesOfMinors.stream().anyMatch(r -> r != null && (DEFENDANT_ROLES.contains(r) || r.contains("被告人")));
    }
}
