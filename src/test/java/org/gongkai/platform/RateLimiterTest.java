package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The one counter: reservations are atomic, given back only within their own window. */
class RateLimiterTest {
    static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");

    @Test
    void fiftyConcurrentReservationsAdmitExactlyTheLimit() throws Exception {
        RateLimiter limiter = new RateLimiter(5, 60_000, Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            for (int round = 0; round < 20; round++) {
                String key = "k" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> out = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    out.add(pool.submit(() -> {
                        start.await();
                        return limiter.tryAcquire(key, 5).admitted();
                    }));
                }
                start.countDown();
                int admitted = 0;
                for (Future<Boolean> f : out) {
                    admitted += f.get() ? 1 : 0;
                }
                assertEquals(5, admitted, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReleasedReservationIsFreeAgainButOnlyInItsWindow() {
        MutableClock clock = new MutableClock(Clock.fixed(T0, ZoneOffset.UTC));
        RateLimiter limiter = new RateLimiter(2, 60_000, clock);
        SharedCounter.Permit a = limiter.tryAcquire("k", 2);
        SharedCounter.Permit b = limiter.tryAcquire("k", 2);
        SharedCounter.Permit refused = limiter.tryAcquire("k", 2);
        assertTrue(a.admitted() && b.admitted());
        assertFalse(refused.admitted());
        assertEquals(60, refused.retryAfterSeconds());
        limiter.release(a);
        assertTrue(limiter.tryAcquire("k", 2).admitted(), "a success gives its place back");
        assertFalse(limiter.tryAcquire("k", 2).admitted());

        clock.fixAt(T0.plus(Duration.ofSeconds(61)));
        SharedCounter.Permit fresh = limiter.tryAcquire("k", 2);
        assertTrue(fresh.admitted());
        limiter.release(b); // from the old window: must not free a place in the new one
        assertTrue(limiter.tryAcquire("k", 2).admitted());
        assertFalse(limiter.tryAcquire("k", 2).admitted(), "the old window's release did not count");
        limiter.release(refused); // never admitted: nothing to give back
        assertFalse(limiter.tryAcquire("k", 2).admitted());
    }
}
