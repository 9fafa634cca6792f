package org.gongkai.alerts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One signed POST to an alert's callback: the matches of one scan (or a test), its attempts and
 * outcome. PENDING (due at {@link #nextAttemptAt}) → SENDING (claimed by one node until
 * {@link #leaseUntil}) → DELIVERED, or back to PENDING with backoff, or DEAD after the last attempt.
 */
@Entity
@Table(name = "alert_delivery")
public class AlertDelivery extends PanacheEntityBase {
    public enum Kind {
        MATCH,
        TEST
    }

    public enum Status {
        PENDING,
        SENDING,
        DELIVERED,
        DEAD,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "alert_id")
    public long alertId;

    @Enumerated(EnumType.STRING)
    public Kind kind;
    /** The JSON body, the same bytes on every attempt (only the signature's timestamp changes). */
    @Column(columnDefinition = "text")
    public String payload;

    @Column(name = "match_count")
    public int matchCount;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "lease_until")
    public Instant leaseUntil;
    /** HTTP status of the last attempt; null when no answer came. */
    @Column(name = "last_code")
    public Integer lastCode;
    /** Why the last attempt failed, in a few words (never the receiver's body). */
    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    public static List<AlertDelivery> listByAlert(long alertId) {
        return list("alertId = ?1 order by id desc", alertId);
    }
}
