package org.gongkai.platform;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.platform.SharedCounter.Block;
import org.gongkai.platform.SharedCounter.Permit;

/**
 * A high usage limit counted in blocks (issue 16): a node reserves several uses of a key at once in
 * the {@link SharedCounter} and hands them out itself, so a client that uses its limit fully costs
 * the store one visit per block instead of one committed transaction per request (with PostgreSQL a
 * round trip and a WAL flush on every API call).
 *
 * <p>The limit still holds across nodes: a node hands out only uses the store reserved for it, so
 * all nodes together never admit more than the limit in a window. A use a node reserved but did not
 * hand out before its window ended is lost, which can only refuse a client early: by at most one
 * block per node (a block is a hundredth of the limit, at most {@value #MAX_BLOCK} uses). A small
 * limit (below 200) is counted one use at a time, exactly as {@link RateLimiter#tryAcquire} does.
 * The security limits (lockouts, lookups of personal data, publishing tokens) are not counted here.
 *
 * <p>{@code RateLimit-Remaining} is the store's count less the uses this node still holds; another
 * node's unspent block counts as used.
 */
public final class QuotaBlocks {
    static final int MAX_BLOCK = 50;

    /** Blocks held before the ended ones are forgotten (a flood of client addresses). */
    private static final int SWEEP_AT = 10_000;

    private final RateLimiter limiter;
    private final int block;
    private final Clock clock;
    private final ConcurrentHashMap<String, Held> held = new ConcurrentHashMap<>();

    /** Uses reserved in the store and not yet handed out, of one key in one window. */
    private static final class Held {
        final Permit reserved;
        final long windowEnd;
        int left;
        /** The store's count after the latest reservation this block holds uses of. */
        int storeUsed;

        Held(Permit reserved, long windowEnd, int left) {
            this.reserved = reserved;
            this.windowEnd = windowEnd;
            this.left = left;
            this.storeUsed = reserved.used();
        }
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
     * One use of {@code key}: from this node's block while it has one in a window that has not
     * ended, else from a new block reserved in the store; refused (not admitted) when the window's
     * limit is used up on every node.
     */
    public Permit acquire(String key) {
        long now = clock.millis();
        Permit mine = handOut(key, now);
        if (mine != null) {
            return mine;
        }
        Block b = limiter.reserve(key, block);
        Permit p = b.permit();
        if (b.granted() == 0) {
            // another request of this key may have brought a block meanwhile
            Permit late = handOut(key, now);
            if (late != null) {
                return late;
            }
            held.computeIfPresent(key, (k, x) -> {
                synchronized (x) {
                    return x.left == 0 ? null : x;
                }
            });
            return p;
        }
        Held fresh = new Held(p, p.windowStart() + limiter.windowMillis(), b.granted() - 1);
        // two requests of one key that both found the block empty each reserved one: the uses the other one
        // still holds in the same window move into this one, so none is lost
        held.compute(key, (k, old) -> {
            if (old != null && old != fresh && old.reserved.windowStart() == p.windowStart()) {
                synchronized (old) {
                    synchronized (fresh) {
                        fresh.left += old.left;
                        fresh.storeUsed = Math.max(fresh.storeUsed, old.storeUsed);
                        old.left = 0;
                    }
                }
            }
            return fresh;
        });
        if (held.size() > SWEEP_AT) {
            held.values().removeIf(x -> x.windowEnd <= now);
        }
        synchronized (fresh) {
            return handedOut(fresh, now);
        }
    }

    /** One use from the block this node holds of {@code key}, or null when it holds none. */
    private Permit handOut(String key, long now) {
        Held h = held.get(key);
        if (h != null) {
            synchronized (h) {
                if (h.left > 0 && now < h.windowEnd) {
                    h.left--;
                    return handedOut(h, now);
                }
            }
        }
        return null;
    }

    private static Permit handedOut(Held h, long now) {
        Permit r = h.reserved;
        long reset = Math.max(1, h.windowEnd - now);
        return new Permit(r.key(), r.windowStart(), 0, h.storeUsed - h.left, reset);
    }

    /** Forgets the uses this node holds (tests; an operator who reset the store). */
    public void forget() {
        held.clear();
    }
}
