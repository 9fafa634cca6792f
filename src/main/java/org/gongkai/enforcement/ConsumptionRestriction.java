package org.gongkai.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A consumption-restriction order (限制消费令). Public while IN_FORCE. */
@Entity
@Table(name = "enf_restriction")
public class ConsumptionRestriction extends EnforcementRecord {
    public enum State {
        IN_FORCE,
        LIFTED
    }

    /** For an organisation: the restricted legal representative or responsible person. */
    @Column(name = "restricted_person")
    public String restrictedPerson;

    @Column(name = "filing_date")
    public LocalDate filingDate;

    @Column(name = "issue_date")
    public LocalDate issueDate;
    /** Codes of {@link RestrictedAct}, comma-separated. */
    @Column(name = "restricted_acts")
    public String restrictedActs;

    @Enumerated(EnumType.STRING)
    public State state;

    @Column(name = "lift_reason")
    public String liftReason;

    @Column(name = "lift_date")
    public LocalDate liftDate;
    /** Created automatically together with a dishonest listing (rules §3.5). */
    @Column(name = "created_by_listing")
    public boolean createdByListing;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<ConsumptionRestriction> findByKey(String key) {
        return find("recordKey", key).firstResultOptional();
    }
}
