package org.gongkai.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Optional<ChangeEntry> e = entry(
                new Change(channel, recordId, kind, reason, courtCode, label, created),
                created ? Optional.empty() : null);
        e.ifPresent(entry -> {
            entry.seq = nextSeq(1);
            entry.persist();
        });
        return e;
    }

    /** One change for {@link #recordAll}; {@code created} as for {@link #recordNew}. */
    public record Change(
            String channel,
            long recordId,
            ChangeKind kind,
            ReasonCategory reason,
            String courtCode,
            String label,
            boolean created) {}

    /**
     * Records several changes of this transaction, in order, with the entries {@link #record} would write for
     * them one after the other, but with one flush and one move of the counter for all of them (a bulk import's
     * chunk: issue 16). Returns the entries written.
     */
    public List<ChangeEntry> recordAll(List<Change> changes) {
        em.flush();
        List<ChangeEntry> out = new ArrayList<>();
        // the entry each record got earlier in this call: what record() would find as its latest
        Map<String, Optional<ChangeEntry>> earlier = new HashMap<>();
        for (Change c : changes) {
            String key = c.channel() + ":" + c.recordId();
            Optional<ChangeEntry> last = earlier.get(key);
            if (last == null && c.created()) {
                last = Optional.empty();
            }
            Optional<ChangeEntry> e = entry(c, last);
            if (e.isPresent()) {
                out.add(e.get());
                earlier.put(key, e);
            }
        }
        if (!out.isEmpty()) {
            long seq = nextSeq(out.size()) - out.size();
            for (ChangeEntry e : out) {
                e.seq = ++seq;
                e.persist();
            }
        }
        return out;
    }

    /**
     * The entry to write for a change, without its number, or empty when nothing public changed. {@code known}:
     * the record's latest entry when known, null to look it up.
     */
    private Optional<ChangeEntry> entry(Change c, Optional<ChangeEntry> known) {
        String hash = null;
        if (!c.kind().removes()) {
            Optional<String> json = source(c.channel()).publicRecord(c.recordId());
            if (json.isEmpty()) {
                return Optional.empty(); // not public after all (e.g. withheld): nothing to announce
            }
            hash = hash(json.get());
        }
        Optional<ChangeEntry> last = known != null ? known : ChangeEntry.findLatest(c.channel(), c.recordId());
        if (last.isPresent() && (hash == null ? last.get().hash == null : hash.equals(last.get().hash))) {
            return Optional.empty();
        }
        if (last.isEmpty() && c.kind().removes()) {
            return Optional.empty(); // never announced: a mirror has nothing to delete
        }
        ChangeEntry e = new ChangeEntry();
        e.channel = c.channel();
        e.recordId = c.recordId();
        e.kind = c.kind().wire();
        e.at = clock.instant();
        e.hash = hash;
        e.reasonCategory = c.reason() == null ? null : c.reason().name();
        e.courtCode = c.courtCode();
        String label = c.label();
        e.label = label == null || label.length() <= 200 ? label : label.substring(0, 199) + "…";
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

    /** Takes {@code count} numbers; returns the last of them. */
    private long nextSeq(int count) {
        // the row lock taken here is held until commit: see the class comment
        em.createNativeQuery("update change_counter set last_seq = last_seq + ?1 where id = 1")
                .setParameter(1, count)
                .executeUpdate();
        return ((Number) em.createNativeQuery("select last_seq from change_counter where id = 1")
                        .getSingleResult())
                .longValue();
    }
}
