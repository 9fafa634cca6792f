package org.gongkai.publishing;

import java.util.List;

/**
 * A judgment document as a court submits it (POST /api/publish/judgments). Dates as ISO
 * yyyy-MM-dd strings so that a malformed date becomes a clear 400 naming the field.
 * {@code cause} is a civil cause of action or criminal charge(s) of the reference lists; anything
 * else is refused unless {@code causeFreeText} is true, and is then published de-identified.
 * {@code title} is not used: the public title is built from the parties as published and the cause.
 */
public record JudgmentSubmission(
        String caseNumber,
        String court,
        String documentKind,
        String decisionDate,
        String effectiveDate,
        String cause,
        List<PartySubmission> parties,
        String text,
        Boolean stateSecret,
        Boolean mediation,
        Boolean mediationPublicInterest,
        String withholdReason,
        String correctionNote,
        String title,
        Boolean causeFreeText) {

    public record PartySubmission(String name, String role, String kind, String idNumber, Boolean minor) {
        public boolean isMinor() {
            return Boolean.TRUE.equals(minor);
        }
    }

    public boolean flag(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
