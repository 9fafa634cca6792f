package org.gongkai.enforcement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A consumption-restriction order (限制消费令). Public while IN_FORCE. */
@Entity
@Table(name = "enf_restriction")
public class ConsumptionRestriction extends PanacheEntityBase {
    public enum State { IN_FORCE, LIFTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "record_key")
    public String recordKey;
    @Column(name = "case_number")
    public String caseNumber;
    @Column(name = "court_code")
    public String courtCode;
    public String province;
    @Embedded
    public Debtor debtor;
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
    @Column(name = "basis_document_number")
    public String basisDocumentNumber;
    @Column(name = "basis_case_number")
    public String basisCaseNumber;
    @Enumerated(EnumType.STRING)
    public State state;
    @Column(name = "lift_reason")
    public String liftReason;
    @Column(name = "lift_date")
    public LocalDate liftDate;
    /** Created automatically together with a dishonest listing (rules §3.5). */
    @Column(name = "created_by_listing")
    public boolean createdByListing;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<ConsumptionRestriction> findByKey(String key) {
        return find("recordKey", key).firstResultOptional();
    }
}
