package org.gongkai.enforcement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A terminated enforcement case (终结本次执行程序, 终本). Always public. */
@Entity
@Table(name = "enf_termination")
public class TerminatedCase extends PanacheEntityBase {
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
    @Column(name = "filing_date")
    public LocalDate filingDate;
    @Column(name = "termination_date")
    public LocalDate terminationDate;
    @Column(name = "amount_unperformed")
    public BigDecimal amountUnperformed;
    @Column(name = "basis_document_number")
    public String basisDocumentNumber;
    @Column(name = "basis_case_number")
    public String basisCaseNumber;
    @Column(name = "published_at")
    public Instant publishedAt;

    public static Optional<TerminatedCase> findByKey(String key) {
        return find("recordKey", key).firstResultOptional();
    }
}
