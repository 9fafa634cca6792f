package org.gongkai.judgments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Transactional outbox row: "judgment N changed, bring the index in line". Written in the same
 * transaction as the change; removed only once the index has applied it.
 */
@Entity
@Table(name = "index_outbox")
public class IndexOutbox extends PanacheEntityBase {
    /** CDI event fired inside the transaction; observers act AFTER_SUCCESS. */
    public record Changed(long judgmentId) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "judgment_id")
    public long judgmentId;

    @Column(name = "created_at")
    public Instant createdAt;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;
}
