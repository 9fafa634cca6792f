package org.gongkai.publishing;

import java.util.List;

/**
 * A judgment document as a court submits it (POST /api/publish/judgments). Dates as ISO
 * yyyy-MM-dd strings so that a malformed date becomes a clear 400 naming the field.
 */
public record JudgmentSubmission(String caseNumber, String court, String documentKind, String decisionDate,
                                 String effectiveDate, String cause, List<PartySubmission> parties, String text,
                                 Boolean stateSecret, Boolean mediation, Boolean mediationPublicInterest,
                                 String withholdReason, String correctionNote, String title) {

    public record PartySubmission(String name, String role, String kind, String idNumber, Boolean minor) {
        public boolean isMinor() { return Boolean.TRUE.equals(minor); }
    }

    public boolean flag(Boolean b) { return Boolean.TRUE.equals(b); }
}
