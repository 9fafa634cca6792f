package org.gongkai.alerts;

import java.time.Duration;

/**
 * When a failed delivery is tried again: {@code first × 2^(n-1)} after the n-th failed attempt,
 * capped, so a receiver that is down for a while is not hammered and one that comes back soon is
 * served soon (1 min, 2, 4, 8, … up to the cap).
 */
public record Backoff(Duration first, Duration cap, int maxAttempts) {
    public Backoff {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The wait after the {@code failedAttempts}-th failure (1-based). */
    public Duration after(int failedAttempts) {
        int shift = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration d = first.multipliedBy(1L << shift);
        return d.compareTo(cap) > 0 ? cap : d;
    }

    /** No attempt is left after {@code attempts} failures: the delivery goes to the dead-letter list. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
