package org.gongkai.platform;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window counter keyed by client (token, IP, case…): the one rate-limit and lockout
 * counter of the portal. Two ways to use it:
 * <ul>
 *   <li>{@link #acquire}: count one use and refuse (429) past the limit (API tokens, lookups);</li>
 *   <li>{@link #tryAcquire(String, int)}/{@link #release}: reserve an attempt before checking a secret and give
 *       it back when the secret was right, so only failures stay counted (litigant lockout).
 *       Checking and counting are one atomic step per key, so concurrent requests cannot all pass
 *       a check before any of them is counted (issue 10).</li>
 * </ul>
 * In memory: one portal instance (see deploy/README.md for scale-out).
 */
public final class RateLimiter {
    /** Sweep when this many keys are held; bounds memory under a flood of distinct keys. */
    private static final int SWEEP_AT = 100_000;

    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final ConcurrentHashMap<String, long[]> windows = new ConcurrentHashMap<>();
    private volatile long lastSweep;

    /**
     * One reservation: admitted (counted in the window that started at {@code windowStart}) or
     * refused with the milliseconds until the window ends.
     */
    public record Permit(String key, long windowStart, long retryAfterMillis) {
        public boolean admitted() { return retryAfterMillis == 0; }

        /** Whole seconds to wait, at least 1. */
        public long retryAfterSeconds() { return Math.max(1, (retryAfterMillis + 999) / 1000); }
    }

    public RateLimiter(int limit, long windowMillis, Clock clock) {
        this.limit = limit;
        this.windowMillis = windowMillis;
        this.clock = clock;
    }

    /** Counts one use of {@code key}; throws 429 with the seconds to wait when over the limit. */
    public void acquire(String key, String what) {
        Permit p = tryAcquire(key, limit);
        if (!p.admitted()) {
            long seconds = p.retryAfterSeconds();
            throw new TooManyRequestsException(what + "：请求过于频繁（每 " + (windowMillis / 1000) + " 秒最多 " + limit
                    + " 次），请在 " + seconds + " 秒后重试。", seconds);
        }
    }

    /**
     * In one atomic step: when fewer than {@code max} uses of {@code key} are counted in the
     * current window, counts one more and admits; otherwise counts nothing and refuses.
     */
    public Permit tryAcquire(String key, int max) {
        long now = clock.millis();
        Permit[] out = new Permit[1];
        windows.compute(key, (k, w) -> {
            if (w == null || now - w[0] >= windowMillis) {
                w = new long[] {now, 0};
            }
            if (w[1] < max) {
                w[1]++;
                out[0] = new Permit(key, w[0], 0);
            } else {
                out[0] = new Permit(key, w[0], Math.max(1, w[0] + windowMillis - now));
            }
            return w;
        });
        maybeSweep();
        return out[0];
    }

    /** Gives an admitted use back (the attempt succeeded); a window that ended meanwhile is left alone. */
    public void release(Permit p) {
        if (p == null || !p.admitted()) {
            return;
        }
        windows.computeIfPresent(p.key(), (k, w) -> {
            if (w[0] == p.windowStart() && w[1] > 0) {
                w[1]--;
            }
            return w;
        });
    }

    public void reset() { windows.clear(); }

    /** Drops windows that ended long ago; called now and then to bound memory. */
    public void sweep() {
        long now = clock.millis();
        windows.entrySet().removeIf(e -> now - e.getValue()[0] >= 2 * windowMillis);
    }

    /** At most one sweep per tenth of a window, so a flood of keys cannot make every request pay for one. */
    private void maybeSweep() {
        long now = clock.millis();
        if (windows.size() > SWEEP_AT && now - lastSweep >= windowMillis / 10) {
            lastSweep = now;
            sweep();
        }
    }
}
