package org.gongkai.judgments;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The public view of a judgment document (or of its stub). Built only from public fields. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JudgmentView(
        long id,
        String status,
        String caseNumber,
        String title,
        String court,
        String courtCode,
        String courtLevel,
        String province,
        String category,
        String procedure,
        String documentKind,
        String cause,
        LocalDate decisionDate,
        LocalDate effectiveDate,
        Instant publishedAt,
        List<PartyView> parties,
        List<SectionView> sections,
        List<String> judges,
        String clerk,
        List<LawView> laws,
        String correctionNote,
        String stubReason,
        String text,
        List<RelatedView> sameCase,
        EnforcementSummary enforcement,
        String url,
        String textUrl) {

    public record PartyView(String name, String role, String kind) {}

    public record SectionView(String anchor, String label, String text) {}

    public record LawView(String law, String article, String label, String searchUrl) {}

    public record RelatedView(
            long id,
            String caseNumber,
            String title,
            String documentKind,
            LocalDate decisionDate,
            String url,
            String relation) {}

    /** What became of the judgment in enforcement (filled by the enforcement channel). */
    public record EnforcementSummary(String state, String label, List<String> enforcementCaseNumbers, String url) {}

    public boolean isStub() {
        return "STUB".equals(status);
    }

    /** Starts a view of the judgment with this id; lists default to empty, everything else to absent. */
    public static Builder builder(long id) {
        return new Builder(id);
    }

    /** Builds a {@link JudgmentView} by field name (27 fields: no positional arguments, no literal nulls). */
    public static final class Builder {
        private final long id;
        private String status;
        private String caseNumber;
        private String title;
        private String court;
        private String courtCode;
        private String courtLevel;
        private String province;
        private String category;
        private String procedure;
        private String documentKind;
        private String cause;
        private LocalDate decisionDate;
        private LocalDate effectiveDate;
        private Instant publishedAt;
        private List<PartyView> parties = List.of();
        private List<SectionView> sections = List.of();
        private List<String> judges = List.of();
        private String clerk;
        private List<LawView> laws = List.of();
        private String correctionNote;
        private String stubReason;
        private String text;
        private List<RelatedView> sameCase = List.of();
        private EnforcementSummary enforcement;
        private String url;
        private String textUrl;

        private Builder(long id) {
            this.id = id;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder caseNumber(String caseNumber) {
            this.caseNumber = caseNumber;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder court(String court) {
            this.court = court;
            return this;
        }

        public Builder courtCode(String courtCode) {
            this.courtCode = courtCode;
            return this;
        }

        public Builder courtLevel(String courtLevel) {
            this.courtLevel = courtLevel;
            return this;
        }

        public Builder province(String province) {
            this.province = province;
            return this;
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Builder procedure(String procedure) {
            this.procedure = procedure;
            return this;
        }

        public Builder documentKind(String documentKind) {
            this.documentKind = documentKind;
            return this;
        }

        public Builder cause(String cause) {
            this.cause = cause;
            return this;
        }

        public Builder decisionDate(LocalDate decisionDate) {
            this.decisionDate = decisionDate;
            return this;
        }

        public Builder effectiveDate(LocalDate effectiveDate) {
            this.effectiveDate = effectiveDate;
            return this;
        }

        public Builder publishedAt(Instant publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        public Builder parties(List<PartyView> parties) {
            this.parties = parties;
            return this;
        }

        public Builder sections(List<SectionView> sections) {
            this.sections = sections;
            return this;
        }

        public Builder judges(List<String> judges) {
            this.judges = judges;
            return this;
        }

        public Builder clerk(String clerk) {
            this.clerk = clerk;
            return this;
        }

        public Builder laws(List<LawView> laws) {
            this.laws = laws;
            return this;
        }

        public Builder correctionNote(String correctionNote) {
            this.correctionNote = correctionNote;
            return this;
        }

        public Builder stubReason(String stubReason) {
            this.stubReason = stubReason;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder sameCase(List<RelatedView> sameCase) {
            this.sameCase = sameCase;
            return this;
        }

        public Builder enforcement(EnforcementSummary enforcement) {
            this.enforcement = enforcement;
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder textUrl(String textUrl) {
            this.textUrl = textUrl;
            return this;
        }

        public JudgmentView build() {
            return new JudgmentView(
                    id,
                    status,
                    caseNumber,
                    title,
                    court,
                    courtCode,
                    courtLevel,
                    province,
                    category,
                    procedure,
                    documentKind,
                    cause,
                    decisionDate,
                    effectiveDate,
                    publishedAt,
                    parties,
                    sections,
                    judges,
                    clerk,
                    laws,
                    correctionNote,
                    stubReason,
                    text,
                    sameCase,
                    enforcement,
                    url,
                    textUrl);
        }
    }
}
