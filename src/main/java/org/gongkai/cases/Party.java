package org.gongkai.cases;

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

/**
 * A party to a case. The identity number is stored for matching only and never leaves a
 * service: views carry the published (masked) name.
 */
@Entity
@Table(name = "party")
public class Party extends PanacheEntityBase {
    public enum Kind {
        PERSON,
        ORGANISATION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    public CourtCase courtCase;

    public String name;
    public String role;

    @Column(name = "kind")
    public String kind;

    @Column(name = "id_number")
    public String idNumber;

    public boolean minor;

    @Column(name = "query_code_hash")
    public String queryCodeHash;

    public boolean active = true;

    @Column(name = "joined_at")
    public Instant joinedAt;

    @Column(name = "left_at")
    public Instant leftAt;
    /** Random token of the party's Atom and iCalendar feeds (timeline only, no document text). */
    @Column(name = "feed_token")
    public String feedToken;

    public static java.util.Optional<Party> findByFeedToken(String token) {
        return find("feedToken", token).firstResultOptional();
    }

    public boolean isPerson() {
        return Kind.PERSON.name().equals(kind);
    }
}
