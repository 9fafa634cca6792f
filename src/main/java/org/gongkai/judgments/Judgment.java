package org.gongkai.judgments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.cases.CourtCase;
import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

/**
 * A judgment document (裁判文书). The original text is kept for the court only; the public text
 * is derived by de-identification and stored separately. Entities never leave a service:
 * resources return {@link JudgmentView}.
 */
@Entity
@Table(name = "judgment")
public class Judgment extends PanacheEntityBase {
    public enum Status {
        DRAFT,
        PUBLISHED,
        WITHDRAWN,
        REPUBLISHED,
        STUB,
        WITHHELD;

        public boolean isPublic() {
            return this == PUBLISHED || this == REPUBLISHED;
        }

        /** The status the publishing API reports: PUBLISHED, STUB or WITHHELD. */
        public String apiStatus() {
            return switch (this) {
                case PUBLISHED, REPUBLISHED -> "PUBLISHED";
                case STUB -> "STUB";
                case WITHHELD -> "WITHHELD";
                case WITHDRAWN -> "WITHDRAWN";
                case DRAFT -> "DRAFT";
            };
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** Lazy: pages and the API never need it; indexing fetches it with the judgments ({@link #listForIndexing}). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    public CourtCase courtCase;

    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "court_code")
    public String courtCode;

    @Column(name = "document_kind")
    public String documentKind;

    public String category;

    @Column(name = "procedure_name")
    public String procedure;

    public String cause;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "rule_code")
    public String ruleCode;

    @Column(name = "stub_reason")
    public String stubReason;

    public String title;

    @Column(name = "original_text", columnDefinition = "text")
    public String originalText;

    @Column(name = "public_text", columnDefinition = "text")
    public String publicText;
    /** JSON list of the parties as published (masked names, roles). */
    @Column(name = "public_parties", columnDefinition = "text")
    public String publicParties;
    /** JSON of the extracted structure of the public text (sections, judges, laws…). */
    @Column(columnDefinition = "text")
    public String metadata;

    @Column(name = "correction_note")
    public String correctionNote;

    @Column(name = "withdraw_reason")
    public String withdrawReason;
    /** JSON of the free-text values as the court sent them (never public); the columns above hold their public forms. */
    @Column(name = "court_fields", columnDefinition = "text")
    public String courtFields;

    public String source;

    @Column(name = "external_id")
    public String externalId;

    @Column(name = "submission_hash")
    public String submissionHash;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "publish_deadline")
    public LocalDate publishDeadline;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    @OneToMany(mappedBy = "judgment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<JudgmentParty> parties = new ArrayList<>();

    /**
     * The judgment submitted with this hash. The session is not flushed first: a judgment is inserted when it is
     * persisted (identity ids) with its hash already set, so no pending change can alter the answer, and flushing
     * means dirty-checking every entity of a bulk import's chunk (issue 16: 2 % of the import CPU).
     */
    public static Optional<Judgment> findBySubmissionHash(String hash) {
        return find("submissionHash", hash)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT)
                .firstResultOptional();
    }

    /** The judgment with this external id; not flushed first, as {@link #findBySubmissionHash}. */
    public static Optional<Judgment> findByExternalId(String externalId) {
        return find("externalId", externalId)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT)
                .firstResultOptional();
    }

    /** These judgments with their case records, in one query (for the index: no query per row). */
    public static List<Judgment> listForIndexing(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("from Judgment j left join fetch j.courtCase where j.id in ?1", ids);
    }

    /** The next page of public judgments after {@code afterId} by id, with their case records (rebuilding the index). */
    public static List<Judgment> listPublicForIndexing(long afterId, int size) {
        return find(
                        "from Judgment j left join fetch j.courtCase where j.id > ?1 and j.status in ?2 order by j.id",
                        afterId,
                        List.of(Status.PUBLISHED, Status.REPUBLISHED))
                .page(0, size)
                .list();
    }

    public static List<Judgment> listByCaseNumber(String caseNumber) {
        return list("caseNumber = ?1 order by decisionDate, id", caseNumber);
    }
}
