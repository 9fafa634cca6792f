package org.gongkai.process;

import java.util.List;

/**
 * Request bodies of the court-side process API, also the {@code data} of bulk-import records.
 * Dates and times are strings so that a malformed value becomes a 400 naming the field.
 */
public final class Submissions {
    private Submissions() {}

    /** POST /api/publish/cases. {@code filingDate} yyyy-MM-dd. */
    public record CaseSubmission(String caseNumber, String court, String cause, String filingDate,
                                 Boolean publicInterest, List<PartySubmission> parties) {}

    /** A party; {@code kind} PERSON or ORGANISATION; {@code queryCode} only for court-issued codes. */
    public record PartySubmission(String name, String role, String kind, String idNumber, String queryCode) {}

    /**
     * POST /api/publish/cases/{caseNumber}/events. {@code time} ISO local date-time in China time,
     * {@code deadline} yyyy-MM-dd. {@code caseNumber} is only read by the bulk import.
     */
    public record EventSubmission(String caseNumber, String type, String time, String actor, String description,
                                  List<String> documents, String deadline, Boolean carriedOut, Boolean secret) {}

    /** POST /api/publish/hearings. {@code time} ISO local date-time in China time. */
    public record HearingSubmission(String caseNumber, String court, String courtroom, String time,
                                    String presidingJudge, Boolean open, String cause, List<String> parties) {}

    /** POST /api/publish/cases/{caseNumber}/documents: to one party or to all active parties. */
    public record ServiceSubmission(Long partyId, Boolean all, String title, String kind, String text) {}
}
