package org.gongkai.enforcement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What the three registers share: an enforcement case of a court against one debtor, the
 * judgment it enforces, and the idempotency key (case number + debtor identity) that makes a
 * second submission of the same record return the first.
 */
@MappedSuperclass
public abstract class EnforcementRecord extends PanacheEntityBase {
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
    /** The enforcement basis as given, canonical when it parses as a case number. */
    @Column(name = "basis_document_number")
    public String basisDocumentNumber;
    /** The canonical case number of the basis (links to the judgment), null when it does not parse. */
    @Column(name = "basis_case_number")
    public String basisCaseNumber;

    @Column(name = "published_at")
    public Instant publishedAt;
}
