package org.gongkai.process;

import java.util.List;

/**
 * Request bodies of the court-side process API, also the {@code data} of bulk-import records.
 * Dates and times are strings so that a malformed value becomes a 400 naming the field.
 */
public final class Submissions {
    private Submissions() {}

    /**
     * POST /api/publish/cases. {@code filingDate} yyyy-MM-dd. {@code cause}: an entry of the cause or charge
     * lists; other text only with {@code causeFreeText} true, and then published de-identified.
     */
    public record CaseSubmission(
            String caseNumber,
            String court,
            String cause,
            String filingDate,
            Boolean publicInterest,
            List<PartySubmission> parties,
            Boolean causeFreeText) {}

    /** A party; {@code kind} PERSON or ORGANISATION; {@code queryCode} only for court-issued codes. */
    public record PartySubmission(String name, String role, String kind, String idNumber, String queryCode) {}

    /**
     * POST /api/publish/cases/{caseNumber}/events. {@code time} ISO local date-time in China time,
     * {@code deadline} yyyy-MM-dd. {@code caseNumber} is only read by the bulk import.
     */
    public record EventSubmission(
            String caseNumber,
            String type,
            String time,
            String actor,
            String description,
            List<String> documents,
            String deadline,
            Boolean carriedOut,
            Boolean secret) {}

    /**
     * POST /api/publish/hearings. {@code time} ISO local date-time in China time. {@code cause} as for a case
     * (with {@code causeFreeText}); {@code parties} as they should be announced: names of the case's parties
     * or other names, published with natural persons masked.
     */
    public record HearingSubmission(
            String caseNumber,
            String court,
            String courtroom,
            String time,
            String presidingJudge,
            Boolean open,
            String cause,
            List<String> parties,
            Boolean causeFreeText) {}

    /** POST /api/publish/cases/{caseNumber}/documents: to one party or to all active parties. */
    public record ServiceSubmission(Long partyId, Boolean all, String title, String kind, String text) {}
}
