package org.gongkai.judgments;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The public view of a judgment document (or of its stub). Built only from public fields. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JudgmentView(long id, String status, String caseNumber, String title, String court, String courtCode,
                           String courtLevel, String province, String category, String procedure, String documentKind,
                           String cause, LocalDate decisionDate, LocalDate effectiveDate, Instant publishedAt,
                           List<PartyView> parties, List<SectionView> sections, List<String> judges, String clerk,
                           List<LawView> laws, String correctionNote, String stubReason, String text,
                           List<RelatedView> sameCase, EnforcementSummary enforcement, String url, String textUrl) {

    public record PartyView(String name, String role, String kind) {}

    public record SectionView(String anchor, String label, String text) {}

    public record LawView(String law, String article, String label, String searchUrl) {}

    public record RelatedView(long id, String caseNumber, String title, String documentKind, LocalDate decisionDate,
                              String url, String relation) {}

    /** What became of the judgment in enforcement (filled by the enforcement channel). */
    public record EnforcementSummary(String state, String label, List<String> enforcementCaseNumbers, String url) {}

    public boolean isStub() { return "STUB".equals(status); }
}
