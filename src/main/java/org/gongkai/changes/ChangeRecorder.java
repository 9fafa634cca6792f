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
 *
 * <p>Many records in one transaction (the bulk import writes 16 per transaction, on parallel
 * workers): {@link #numberedAtTheEnd} keeps the entries of its work aside and numbers them all
 * with one UPDATE when the work is done, just before commit. The counter is then locked for the
 * commit only, not for the other 15 records' writes, which made parallel workers wait for each
 * other and time out (issue 16). Same contract: numbers in commit order, no hole, each entry
 * once (rolled back with the work when it fails).
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

    @Inject
    jakarta.transaction.TransactionManager tm;

    /** The entries kept aside for the transaction they belong to (a nested transaction records at once). */
    private record Deferred(jakarta.transaction.Transaction tx, java.util.List<ChangeEntry> entries) {}

    private static final ThreadLocal<Deferred> DEFERRED = new ThreadLocal<>();

    /**
     * Runs {@code work} in the current transaction and numbers the change entries it records at its
     * end, all at once: the counter row is locked from then until commit only. When the work throws,
     * nothing is numbered (the transaction rolls back).
     */
    public <T> T numberedAtTheEnd(java.util.concurrent.Callable<T> work) throws Exception {
        Deferred previous = DEFERRED.get();
        Deferred mine = new Deferred(tm.getTransaction(), new java.util.ArrayList<>());
        DEFERRED.set(mine);
        T result;
        try {
            result = work.call();
        } finally {
            if (previous == null) {
                DEFERRED.remove();
            } else {
                DEFERRED.set(previous);
            }
        }
        if (!mine.entries().isEmpty()) {
            em.flush(); // every row of the work is locked before the counter
            long last = nextSeqs(mine.entries().size());
            long seq = last - mine.entries().size() + 1;
            for (ChangeEntry e : mine.entries()) {
                e.seq = seq++;
                e.persist();
            }
            em.flush();
        }
        return result;
    }

    /** The entries kept aside for the current transaction, or null when entries are numbered at once. */
    private Deferred deferred() throws jakarta.transaction.SystemException {
        Deferred d = DEFERRED.get();
        return d != null && d.tx().equals(tm.getTransaction()) ? d : null;
    }

    /**
     * Records a change of a record: its public form now is hashed (null once it left the public).
     * A change that leaves the public record as the feed last announced it (same hash, or a second
     * removal) is not recorded again. Returns the entry, or empty when nothing public changed.
     */
    public Optional<ChangeEntry> record(
            String channel, long recordId, ChangeKind kind, ReasonCategory reason, String courtCode, String label) {
        em.flush();
        String hash = null;
        if (!kind.removes()) {
            Optional<String> json = source(channel).publicRecord(recordId);
            if (json.isEmpty()) {
                return Optional.empty(); // not public after all (e.g. withheld): nothing to announce
            }
            hash = hash(json.get());
        }
        Deferred deferred;
        try {
            deferred = deferred();
        } catch (jakarta.transaction.SystemException ex) {
            throw new IllegalStateException(ex);
        }
        Optional<ChangeEntry> last = Optional.empty();
        if (deferred != null) {
            // the latest entry of this record may be one kept aside, not yet numbered
            for (ChangeEntry p : deferred.entries()) {
                if (p.channel.equals(channel) && p.recordId == recordId) {
                    last = Optional.of(p);
                }
            }
        }
        if (last.isEmpty()) {
            last = ChangeEntry.findLatest(channel, recordId);
        }
        if (last.isPresent() && (hash == null ? last.get().hash == null : hash.equals(last.get().hash))) {
            return Optional.empty();
        }
        if (last.isEmpty() && kind.removes()) {
            return Optional.empty(); // never announced: a mirror has nothing to delete
        }
        ChangeEntry e = new ChangeEntry();
        e.channel = channel;
        e.recordId = recordId;
        e.kind = kind.wire();
        e.at = clock.instant();
        e.hash = hash;
        e.reasonCategory = reason == null ? null : reason.name();
        e.courtCode = courtCode;
        e.label = label == null || label.length() <= 200 ? label : label.substring(0, 199) + "…";
        if (deferred != null) {
            deferred.entries().add(e); // numbered and written when the work is done
            return Optional.of(e);
        }
        e.seq = nextSeqs(1);
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

    /** Takes {@code n} numbers; returns the last of them. */
    private long nextSeqs(int n) {
        // the row lock taken here is held until commit: see the class comment
        em.createNativeQuery("update change_counter set last_seq = last_seq + ?1 where id = 1")
                .setParameter(1, n)
                .executeUpdate();
        return ((Number) em.createNativeQuery("select last_seq from change_counter where id = 1")
                        .getSingleResult())
                .longValue();
    }
}
