package org.gongkai.platform;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.gongkai.platform.SharedCounter.Block;
import org.gongkai.platform.SharedCounter.Permit;

/**
 * A high usage limit counted in blocks (issue 16): a node reserves several uses of a key at once in
 * the {@link SharedCounter} and hands them out itself, so a client that uses its limit fully costs
 * the store one visit per block instead of one committed transaction per request (with PostgreSQL a
 * round trip and a WAL flush on every API call).
 *
 * <p>The limit still holds across nodes: a node hands out only uses the store reserved for it, in
 * the window they were reserved in, so all nodes together never admit more than the limit in a
 * window. Per key a node holds one block at a time: one request reserves it while the other requests
 * of that key wait for it (requests of other keys never wait). A use a node reserved but did not hand
 * out before its window ended is lost, which can only refuse a client early: by at most one block per
 * node (a block is a hundredth of the limit, at most {@value #MAX_BLOCK} uses). A small limit (below
 * 200) is counted one use at a time, exactly as {@link RateLimiter#tryAcquire} does. The security
 * limits (lockouts, lookups of personal data, publishing tokens) are not counted here.
 *
 * <p>{@code RateLimit-Remaining} is the store's count at this node's last reservation less the uses
 * this node still holds: another node's unspent block counts as used, and uses another node took
 * since are seen at this node's next reservation.
 *
 * <p>Memory: one small holder per key seen in the current window. Past {@value #SWEEP_AT} keys the
 * ended windows are forgotten (at most once a second); past {@value #MAX_KEYS} (a flood of client
 * addresses) every holder is, which loses their unspent uses (refuses early, never admits more).
 */
public final class QuotaBlocks {
    static final int MAX_BLOCK = 50;
    private static final int SWEEP_AT = 10_000;
    private static final int MAX_KEYS = 100_000;

    private final RateLimiter limiter;
    private final int block;
    private final Clock clock;
    private final ConcurrentHashMap<String, Holder> held = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong();

    /** This node's block of one key; every field is guarded by the holder's monitor. */
    private static final class Holder {
        long windowStart;
        long windowEnd;
        int left;
        /** The store's count after this node's last reservation. */
        int storeUsed;
        /** Swept out of the map: a request that found it goes back for the current holder. */
        boolean gone;
    }

    public QuotaBlocks(RateLimiter limiter, Clock clock) {
        this.limiter = limiter;
        this.clock = clock;
        this.block = blockFor(limiter.limit());
    }

    /** Uses reserved at once for a limit: a hundredth of it, at least 1, at most {@value #MAX_BLOCK}. */
    static int blockFor(int limit) {
        return Math.max(1, Math.min(MAX_BLOCK, limit / 100));
    }

    public int block() {
        return block;
    }

    /**
     * One use of {@code key}: from this node's block while it has uses left in a window that has not
     * ended, else from a new block reserved in the store; refused (not admitted) when the window's
     * limit is used up on every node.
     */
    public Permit acquire(String key) {
        if (block == 1) {
            return limiter.tryAcquire(key, limiter.limit());
        }
        while (true) {
            Holder h = held.computeIfAbsent(key, k -> new Holder());
            long now;
            Permit mine;
            synchronized (h) {
                if (h.gone) {
                    continue;
                }
                now = clock.millis(); // after the wait for the monitor: the window may have ended meanwhile
                if (h.left > 0 && now < h.windowEnd) {
                    h.left--;
                    return handedOut(h, key, now);
                }
                Block b = limiter.reserve(key, block);
                Permit p = b.permit();
                if (b.granted() == 0) {
                    h.left = 0;
                    return p;
                }
                h.windowStart = p.windowStart();
                h.windowEnd = p.windowStart() + limiter.windowMillis();
                h.left = b.granted() - 1;
                h.storeUsed = p.used();
                mine = handedOut(h, key, clock.millis());
            }
            sweep(now); // outside the monitor: the sweep takes the other holders' monitors one by one
            return mine;
        }
    }

    private Permit handedOut(Holder h, String key, long now) {
        return new Permit(key, h.windowStart, 0, h.storeUsed - h.left, Math.max(1, h.windowEnd - now));
    }

    /** Bounds the map (see the class comment); one sweep at a time, at most once a second. */
    private void sweep(long now) {
        long last = lastSweep.get();
        int size = held.size();
        if (size <= SWEEP_AT || now - last < 1_000 || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        boolean all = size > MAX_KEYS;
        held.values().removeIf(x -> {
            synchronized (x) {
                x.gone = all || x.windowEnd <= now;
                return x.gone;
            }
        });
    }

    /** Forgets the uses this node holds (tests; an operator who reset the store). */
    public void forget() {
        held.values().removeIf(x -> {
            synchronized (x) {
                x.gone = true;
                return true;
            }
        });
    }
}
