package org.gongkai.process;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What leaves the process services: no entity, no identity number, names as the viewer may see them. */
public final class ProcessViews {
    private ProcessViews() {}

    public record CaseInfo(
            String caseNumber,
            String court,
            String courtName,
            String cause,
            LocalDate filingDate,
            LocalDate closingDate,
            String procedure) {}

    public record PartyInfo(String name, String role) {}

    public record PartyEntry(String name, String role, boolean self) {}

    public record Panel(String members, String actor, OffsetDateTime formedAt) {}

    public record EventView(
            long id,
            String type,
            String label,
            OffsetDateTime time,
            String actor,
            String description,
            List<String> documents,
            LocalDate deadline,
            boolean corrected,
            OffsetDateTime correctedAt) {}

    public record TimeLimit(String label, LocalDate deadline, long daysRemaining) {}

    public record HearingView(
            long id,
            String caseNumber,
            String court,
            String courtName,
            String courtroom,
            OffsetDateTime time,
            String presidingJudge,
            boolean open,
            String cause,
            List<String> parties,
            boolean upcoming,
            @com.fasterxml.jackson.annotation.JsonIgnore OffsetDateTime announcedAt) {}

    public record InboxItem(
            long id, String title, String kind, OffsetDateTime deliveredAt, OffsetDateTime firstReadAt, String url) {}

    public record JudgmentLink(long id, String title, LocalDate decisionDate, String url) {}

    /** GET /api/process/case: everything one party may see of their case. */
    public record CaseView(
            @JsonProperty("case") CaseInfo caseInfo,
            PartyInfo party,
            List<PartyEntry> parties,
            Panel panel,
            List<EventView> timeline,
            List<TimeLimit> timeLimits,
            List<HearingView> hearings,
            List<InboxItem> documents,
            List<JudgmentLink> judgments,
            String feedUrl,
            String icsUrl) {}

    /** GET /api/cases/{caseNumber}/timeline: a case of major public interest, names masked. */
    public record PublicCaseView(
            @JsonProperty("case") CaseInfo caseInfo,
            List<PartyEntry> parties,
            Panel panel,
            List<EventView> timeline,
            List<HearingView> hearings,
            List<JudgmentLink> judgments) {}

    public record DocumentView(
            long id,
            String caseNumber,
            String title,
            String kind,
            OffsetDateTime deliveredAt,
            OffsetDateTime firstReadAt,
            String text) {
        /** The text's non-blank lines, for the page. */
        public List<String> paragraphs() {
            return text == null
                    ? List.of()
                    : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }

    public record AccessView(String caseNumber, PartyInfo party) {}

    /**
     * One page of hearings: numbered ({@code page}, for people) and, on the API, the opaque cursor of
     * the next page ({@code next}, null on the last).
     */
    public record HearingPage(List<HearingView> items, long total, int page, int pageSize, int pages, String next) {
        public HearingPage(List<HearingView> items, long total, int page, int pageSize, int pages) {
            this(items, total, page, pageSize, pages, null);
        }
    }
}
