package org.gongkai.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.gongkai.platform.Hashing;
import org.gongkai.platform.MutableClock;

/**
 * Writes the change feed, inside the transaction of the change (never after it, so that a change
 * cannot be committed without its feed entry nor the entry without the change).
 *
 * <p>Order and gaps: the sequence number is taken from the single row of {@code change_counter}
 * with an UPDATE, which keeps that row locked until the transaction ends. A second writer waits
 * there until the first has committed (and then gets the next number) or rolled back (and then
 * gets the same number). So numbers are handed out in commit order, and the committed entries
 * are always 1..N without a hole: a reader that asks for everything after N can never miss an
 * entry that commits later with a smaller number, on PostgreSQL as on H2.
 *
 * <p>Deadlocks: the counter must be the last lock a writer takes. The persistence context is
 * flushed first (every row the change writes is locked before the counter), and callers record
 * at the end of their work.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ChangeRecorder {
    @Inject
    EntityManager em;

    @Inject
    MutableClock clock;

    @Inject
    Instance<PublicRecordSource> sources;

    /**
     * Records a change of a record: its public form now is hashed (null once it left the public).
     * A change that leaves the public record as the feed last announced it (same hash, or a second
     * removal) is not recorded again. Returns the entry, or empty when nothing public changed.
     */
    public Optional<ChangeEntry> record(
            String channel, long recordId, ChangeKind kind, ReasonCategory reason, String courtCode, String label) {
        return record(channel, recordId, kind, reason, courtCode, label, false);
    }

    /**
     * {@link #record} for a record created in this transaction (a new id): the feed has never announced it,
     * so its last entry is not looked up (one query less per publication, issue 16).
     */
    public Optional<ChangeEntry> recordNew(
            String channel, long recordId, ChangeKind kind, ReasonCategory reason, String courtCode, String label) {
        return record(channel, recordId, kind, reason, courtCode, label, true);
    }

    private Optional<ChangeEntry> record(
            String channel,
            long recordId,
            ChangeKind kind,
            ReasonCategory reason,
            String courtCode,
            String label,
            boolean created) {
        em.flush();
        String hash = null;
        if (!kind.removes()) {
            Optional<String> json = source(channel).publicRecord(recordId);
            if (json.isEmpty()) {
                return Optional.empty(); // not public after all (e.g. withheld): nothing to announce
            }
            hash = hash(json.get());
        }
        Optional<ChangeEntry> last = created ? Optional.empty() : ChangeEntry.findLatest(channel, recordId);
        if (last.isPresent() && (hash == null ? last.get().hash == null : hash.equals(last.get().hash))) {
            return Optional.empty();
        }
        if (last.isEmpty() && kind.removes()) {
            return Optional.empty(); // never announced: a mirror has nothing to delete
        }
        ChangeEntry e = new ChangeEntry();
        e.seq = nextSeq();
        e.channel = channel;
        e.recordId = recordId;
        e.kind = kind.wire();
        e.at = clock.instant();
        e.hash = hash;
        e.reasonCategory = reason == null ? null : reason.name();
        e.courtCode = courtCode;
        e.label = label == null || label.length() <= 200 ? label : label.substring(0, 199) + "…";
        e.persist();
        return Optional.of(e);
    }

    /** The SHA-256 (hex) of a canonical public record, as the feed and the ETag carry it. */
    public static String hash(String canonicalJson) {
        return Hashing.sha256(canonicalJson);
    }

    PublicRecordSource source(String channel) {
        for (PublicRecordSource s : sources) {
            if (s.channel().equals(channel)) {
                return s;
            }
        }
        throw new IllegalStateException("no public record source for channel " + channel);
    }

    private long nextSeq() {
        // the row lock taken here is held until commit: see the class comment
        em.createNativeQuery("update change_counter set last_seq = last_seq + 1 where id = 1")
                .executeUpdate();
        return ((Number) em.createNativeQuery("select last_seq from change_counter where id = 1")
                        .getSingleResult())
                .longValue();
    }
}
