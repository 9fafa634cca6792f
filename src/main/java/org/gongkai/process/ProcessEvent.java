package org.gongkai.process;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.cases.CourtCase;

/**
 * One step of a case's process (流程节点). A correction replaces the event's content in place
 * and stamps {@link #correctedAt}; the previous content stays in the audit log.
 */
@Entity
@Table(name = "process_event")
public class ProcessEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    public CourtCase courtCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    public EventType type;

    @Column(name = "event_time")
    public Instant time;

    public String actor;

    @Column(columnDefinition = "text")
    public String description;
    /** JSON array of the titles of the documents the event carries. */
    @Column(columnDefinition = "text")
    public String documents;

    public LocalDate deadline;

    @Column(name = "carried_out")
    public boolean carriedOut;

    public boolean secret;

    @Column(name = "corrected_at")
    public Instant correctedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    /** What a party (and, for cases of public interest, the public) may see: spec 2.2, Art. 12. */
    public boolean visibleOutsideCourt() {
        return !secret && (!type.hiddenUntilCarriedOut() || carriedOut);
    }

    public static List<ProcessEvent> listByCase(CourtCase c) {
        return list("courtCase = ?1 order by time, id", c);
    }
}
