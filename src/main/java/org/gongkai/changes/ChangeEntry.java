package org.gongkai.changes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One public change of one record (a row of the change feed). Written only by {@link ChangeRecorder},
 * in the transaction of the change itself. Holds no personal data: ids, kinds, hashes, the reason
 * category and a label made of the case number and the kind of record.
 */
@Entity
@Table(name = "change_log")
public class ChangeEntry extends PanacheEntityBase {
    @Id
    public long seq;

    public String channel;

    @Column(name = "record_id")
    public long recordId;

    public String kind;
    public Instant at;
    /** SHA-256 of the public record after the change; null when the record left the public. */
    public String hash;

    @Column(name = "reason_category")
    public String reasonCategory;

    @Column(name = "court_code")
    public String courtCode;

    public String label;

    public static List<ChangeEntry> listAfter(long seq, int limit) {
        return find("seq > ?1 order by seq", seq).page(0, limit).list();
    }

    public static Optional<ChangeEntry> findLatest(String channel, long recordId) {
        return find("channel = ?1 and recordId = ?2 order by seq desc", channel, recordId)
                .firstResultOptional();
    }
}
