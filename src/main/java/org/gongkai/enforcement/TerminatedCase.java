package org.gongkai.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** A terminated enforcement case (终结本次执行程序, 终本). Always public. */
@Entity
@Table(name = "enf_termination")
public class TerminatedCase extends EnforcementRecord {
    @Column(name = "filing_date")
    public LocalDate filingDate;

    @Column(name = "termination_date")
    public LocalDate terminationDate;

    @Column(name = "amount_unperformed")
    public BigDecimal amountUnperformed;

    public static Optional<TerminatedCase> findByKey(String key) {
        return find("recordKey", key).firstResultOptional();
    }
}
