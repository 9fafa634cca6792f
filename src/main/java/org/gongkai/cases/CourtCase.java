package org.gongkai.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

/**
 * A case (案件) at one court, identified by its canonical case number. The case number ties
 * the judgments, process events and enforcement records together.
 */
@Entity
@Table(name = "court_case")
public class CourtCase extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "court_code")
    public String courtCode;

    @Column(name = "case_year")
    public Integer caseYear;

    @Column(name = "type_code")
    public String typeCode;

    public String category;

    @Column(name = "procedure_name")
    public String procedure;

    public String cause;

    @Column(name = "filing_date")
    public LocalDate filingDate;

    @Column(name = "closing_date")
    public LocalDate closingDate;

    @Column(name = "public_interest")
    public boolean publicInterest;

    @Column(name = "created_at")
    public Instant createdAt;

    @OneToMany(mappedBy = "courtCase", cascade = CascadeType.ALL)
    @OrderBy("id")
    public List<Party> parties = new ArrayList<>();

    /**
     * The case with this number. The session is not flushed first: a case is inserted when it is persisted
     * (identity ids) and its number never changes, so no pending change can alter the answer, and flushing means
     * dirty-checking every entity of a bulk import's chunk (issue 16).
     */
    public static Optional<CourtCase> findByCaseNumber(String canonical) {
        return find("caseNumber", canonical)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT)
                .firstResultOptional();
    }
}
