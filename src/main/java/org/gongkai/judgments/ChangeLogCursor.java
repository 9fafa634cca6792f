package org.gongkai.judgments;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * How far one node's index has read the change log ({@code index_outbox}): every change with an
 * id at or below {@link #low()} has been applied here; above it, {@link #applied} remembers the
 * ones applied since.
 *
 * <p>Why not just "the highest id applied": ids are handed out when a transaction inserts its
 * row, not when it commits, so id 11 can become visible before id 10. A reader that jumped to 11
 * would never see 10. So the low-water mark only moves over ids that were applied, and a hole
 * (an id not seen while a higher one was) is waited for: it is either a transaction still
 * running, which fills it when it commits, or a rolled-back one, which never will. After
 * {@code gapGrace} (longer than any publishing transaction) the hole counts as rolled back and
 * the mark moves on. Applying a change is idempotent (bring judgment N in line with the
 * database), so reading a change twice costs time, never correctness. Thread-safe: the drain moves
 * it while status and alert checks read it.
 */
final class ChangeLogCursor {
    private final long gapGraceNanos;
    private final LongSupplier nanoTime;
    private final TreeSet<Long> appliedAbove = new TreeSet<>();
    /** first missing id of a hole → when it was first noticed */
    private final Map<Long, Long> holes = new HashMap<>();

    private long low;
    private long high;

    ChangeLogCursor(long low, long gapGraceNanos, LongSupplier nanoTime) {
        this.low = low;
        this.high = low;
        this.gapGraceNanos = gapGraceNanos;
        this.nanoTime = nanoTime;
    }

    /**
     * Resumes a cursor kept outside this process (the cluster's shared one): {@code holeSince}
     * is when the first missing id above {@code low} began to be waited for, by any node (null
     * when none was), on the same clock as {@code nanoTime}.
     */
    static ChangeLogCursor resume(long low, Long holeSince, long gapGraceNanos, LongSupplier nanoTime) {
        ChangeLogCursor c = new ChangeLogCursor(low, gapGraceNanos, nanoTime);
        if (holeSince != null) {
            c.holes.put(low + 1, holeSince);
        }
        return c;
    }

    /** Since when the hole right above {@link #low()} has been waited for; null when there is none. */
    synchronized Long holeSince() {
        return holes.get(low + 1);
    }

    /** Every change up to here has been applied. */
    synchronized long low() {
        return low;
    }

    /** The highest change applied. */
    synchronized long high() {
        return high;
    }

    /** How many ids above {@link #low()} have been applied (those a hole keeps the mark from passing). */
    synchronized int appliedAboveLow() {
        return appliedAbove.size();
    }

    /** True when {@code id} still has to be applied here. */
    synchronized boolean needs(long id) {
        return id > low && !appliedAbove.contains(id);
    }

    /** True when some id between low and high has not been seen yet. */
    synchronized boolean hasHoles() {
        return high > low;
    }

    synchronized void applied(long id) {
        if (id > low) {
            appliedAbove.add(id);
            high = Math.max(high, id);
        }
    }

    /**
     * Moves the low-water mark over applied ids and over holes older than the grace period.
     * Returns true when it moved.
     */
    synchronized boolean advance() {
        long before = low;
        long now = nanoTime.getAsLong();
        while (low < high) {
            Long next = appliedAbove.isEmpty() ? null : appliedAbove.first();
            if (next != null && next == low + 1) {
                appliedAbove.pollFirst();
                low = next;
                continue;
            }
            // a hole from low+1 up to the next applied id
            long since = holes.computeIfAbsent(low + 1, k -> now);
            if (now - since < gapGraceNanos) {
                break;
            }
            holes.remove(low + 1);
            low = next == null ? high : next - 1;
        }
        holes.keySet().removeIf(k -> k <= low);
        return low != before;
    }
}
