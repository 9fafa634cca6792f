package org.gongkai.process;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.gongkai.cases.CourtCase;

/**
 * A hearing (开庭). Open hearings are announced publicly (开庭公告); closed ones (不公开审理) are
 * shown to the parties only. Party names are stored as published (natural persons masked).
 */
@Entity
@Table(name = "hearing")
public class Hearing extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    public CourtCase courtCase;

    @Column(name = "court_code")
    public String courtCode;

    public String courtroom;

    @Column(name = "hearing_time")
    public Instant time;

    @Column(name = "presiding_judge")
    public String presidingJudge;

    @Column(name = "open_hearing")
    public boolean open;

    public String cause;
    /** Published party names joined with {@link #SEPARATOR}. */
    @Column(name = "party_names")
    public String partyNames;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    public static final String SEPARATOR = "、";

    public List<String> partyNameList() {
        return partyNames == null || partyNames.isBlank() ? List.of() : List.of(partyNames.split(SEPARATOR));
    }

    public static List<Hearing> listByCase(CourtCase c) {
        return list("courtCase = ?1 order by time, id", c);
    }
}
