package org.gongkai.platform;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window rate limiter keyed by client (token, IP…). In memory: one portal instance
 * (see deploy/README.md for scale-out).
 */
public final class RateLimiter {
    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final ConcurrentHashMap<String, long[]> windows = new ConcurrentHashMap<>();

    public RateLimiter(int limit, long windowMillis, Clock clock) {
        this.limit = limit;
        this.windowMillis = windowMillis;
        this.clock = clock;
    }

    /** Counts one use of {@code key}; throws 429 with the seconds to wait when over the limit. */
    public void acquire(String key, String what) {
        long now = clock.millis();
        long[] verdict = new long[1];
        windows.compute(key, (k, w) -> {
            if (w == null || now - w[0] >= windowMillis) {
                w = new long[] {now, 0};
            }
            w[1]++;
            verdict[0] = w[1] > limit ? (w[0] + windowMillis - now) : 0;
            return w;
        });
        if (verdict[0] > 0) {
            long seconds = (verdict[0] + 999) / 1000;
            throw new TooManyRequestsException(what + "：请求过于频繁（每 " + (windowMillis / 1000) + " 秒最多 " + limit
                    + " 次），请在 " + seconds + " 秒后重试。", seconds);
        }
    }

    public void reset() { windows.clear(); }

    /** Drops windows that ended long ago; called now and then to bound memory. */
    public void sweep() {
        long now = clock.millis();
        windows.entrySet().removeIf(e -> now - e.getValue()[0] >= 2 * windowMillis);
    }
}
