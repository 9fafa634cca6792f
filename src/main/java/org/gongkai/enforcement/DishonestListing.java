package org.gongkai.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A dishonest-debtor listing (失信被执行人). Public while LISTED or CORRECTED and within its term. */
@Entity
@Table(name = "enf_dishonest")
public class DishonestListing extends EnforcementRecord {
    public enum State {
        LISTED,
        CORRECTED,
        REMOVED,
        REVOKED;

        public boolean isPublic() {
            return this == LISTED || this == CORRECTED;
        }

        public String label() {
            return switch (this) {
                case LISTED -> "在列";
                case CORRECTED -> "在列（已更正）";
                case REMOVED -> "已删除";
                case REVOKED -> "已撤销";
            };
        }
    }

    public int ground;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "term_months")
    public Integer termMonths;
    /** Last day of the term; null for ground 1 (no fixed term). */
    @Column(name = "term_end")
    public LocalDate termEnd;

    @Column(name = "basis_issuer")
    public String basisIssuer;

    @Column(columnDefinition = "text")
    public String obligation;

    @Column(columnDefinition = "text")
    public String performance;

    @Column(columnDefinition = "text")
    public String conduct;

    public BigDecimal amount;

    @Column(name = "filing_date")
    public LocalDate filingDate;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public State state;

    @Column(name = "state_reason")
    public String stateReason;

    @Column(name = "removal_date")
    public LocalDate removalDate;
    /** A removal ground recorded without removing (the linked restriction was lifted as performed). */
    @Column(name = "removal_due_reason")
    public String removalDueReason;

    @Column(name = "removal_due_since")
    public LocalDate removalDueSince;

    @Column(name = "restriction_id")
    public Long restrictionId;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    /** Public on {@code today}: LISTED/CORRECTED and the term (if any) not yet over. */
    public boolean isPublicOn(LocalDate today) {
        return state.isPublic() && (termEnd == null || !termEnd.isBefore(today));
    }

    public static Optional<DishonestListing> findByKey(String key) {
        return find("recordKey", key).firstResultOptional();
    }

    /** Last day of a term of {@code months} that starts on the decision date. */
    public static LocalDate termEnd(LocalDate decision, Integer months) {
        return months == null ? null : decision.plusMonths(months);
    }
}
