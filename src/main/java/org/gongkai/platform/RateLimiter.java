package org.gongkai.platform;

import java.time.Clock;
import java.util.function.Function;
import org.gongkai.platform.SharedCounter.Permit;

/**
 * A named fixed-window limit over the portal's one {@link SharedCounter} (keys are
 * {@code name:client}). Two ways to use it:
 * <ul>
 *   <li>{@link #acquire}: count one use and refuse (429) past the limit (API tokens, lookups);</li>
 *   <li>{@link #tryAcquire(String, int)}/{@link #release}: reserve an attempt before checking a secret and give
 *       it back when the secret was right, so only failures stay counted (litigant lockout).
 *       Checking and counting are one atomic step per key, so concurrent requests cannot all pass
 *       a check before any of them is counted (issue 10), on one node or many (issue 12).</li>
 * </ul>
 */
public final class RateLimiter {
    private final String name;
    private final int limit;
    private final long windowMillis;
    private final SharedCounter counter;

    public RateLimiter(String name, int limit, long windowMillis, SharedCounter counter) {
        this.name = name + ":";
        this.limit = limit;
        this.windowMillis = windowMillis;
        this.counter = counter;
    }

    /** A limiter of its own in this JVM's memory (unit tests). */
    public RateLimiter(int limit, long windowMillis, Clock clock) {
        this("local", limit, windowMillis, new MemoryCounter(clock));
    }

    /**
     * Counts one use of {@code key}; throws 429 with the seconds to wait when over the limit.
     * {@code what} names what is limited, in the caller's language ({@code Err::rate_alerts_api}).
     */
    public Permit acquire(String key, Function<Err, String> what) {
        Permit p = tryAcquire(key, limit);
        if (!p.admitted()) {
            throw refusal(p, what);
        }
        return p;
    }

    /** The 429 for a refused permit: how many uses per window, and when to try again, in the caller's language. */
    public TooManyRequestsException refusal(Permit p, Function<Err, String> what) {
        long seconds = p.retryAfterSeconds();
        Err err = Texts.err();
        return new TooManyRequestsException(
                err.rate_limited(
                        what.apply(err),
                        String.valueOf(windowMillis / 1000),
                        String.valueOf(limit),
                        String.valueOf(seconds)),
                seconds);
    }

    /** Uses per window. */
    public int limit() {
        return limit;
    }

    public long windowMillis() {
        return windowMillis;
    }

    /**
     * In one atomic step: when fewer than {@code max} uses of {@code key} are counted in the
     * current window, counts one more and admits; otherwise counts nothing and refuses.
     */
    public Permit tryAcquire(String key, int max) {
        return counter.tryAcquire(name + key, max, windowMillis);
    }

    /** Reserves up to {@code uses} uses of {@code key} at once ({@link QuotaBlocks}). */
    public SharedCounter.Block reserve(String key, int uses) {
        return counter.reserve(name + key, limit, windowMillis, uses);
    }

    /** Gives an admitted use back (the attempt succeeded); a window that ended meanwhile is left alone. */
    public void release(Permit p) {
        counter.release(p);
    }

    /** Uses of {@code key} counted in its current window. */
    public int counted(String key) {
        return counter.counted(name + key);
    }

    /** Forgets every window of this limiter. */
    public void reset() {
        counter.reset(name);
    }

    /** Drops windows that have ended (of every limiter: they share one store). */
    public void sweep() {
        counter.sweep();
    }
}
