package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A node's blocks of a high usage limit ({@link QuotaBlocks}): one store visit per block even when
 * many requests of one client find the block empty at once, never a use of an ended window, and a
 * small limit counted one use at a time.
 */
class QuotaBlocksTest {
    static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");

    /** A store that counts its visits. */
    static final class Counting implements SharedCounter {
        final MemoryCounter store;
        final AtomicInteger reservations = new AtomicInteger();
        final AtomicInteger single = new AtomicInteger();

        Counting(Clock clock) {
            store = new MemoryCounter(clock);
        }

        @Override
        public Permit tryAcquire(String key, int max, long windowMillis) {
            single.incrementAndGet();
            return store.tryAcquire(key, max, windowMillis);
        }

        @Override
        public Block reserve(String key, int max, long windowMillis, int uses) {
            reservations.incrementAndGet();
            try {
                Thread.sleep(2); // a store round trip: requests pile up behind an empty block meanwhile
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return store.reserve(key, max, windowMillis, uses);
        }

        @Override
        public void release(Permit permit) {
            store.release(permit);
        }

        @Override
        public int counted(String key) {
            return store.counted(key);
        }

        @Override
        public void sweep() {
            store.sweep();
        }

        @Override
        public void reset(String prefix) {
            store.reset(prefix);
        }

        @Override
        public String describe() {
            return "counting";
        }
    }

    @Test
    void manyRequestsOfOneClientAtOnceCostOneStoreVisitPerBlock() throws Exception {
        Counting store = new Counting(Clock.systemUTC());
        QuotaBlocks node = new QuotaBlocks(new RateLimiter("api", 3000, 60_000, store), Clock.systemUTC());
        assertEquals(30, node.block());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> out = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                out.add(pool.submit(() -> {
                    start.await();
                    int admitted = 0;
                    for (int i = 0; i < 30; i++) {
                        admitted += node.acquire("client").admitted() ? 1 : 0;
                    }
                    return admitted;
                }));
            }
            start.countDown();
            int admitted = 0;
            for (Future<Integer> f : out) {
                admitted += f.get();
            }
            assertEquals(480, admitted);
            assertEquals(16, store.reservations.get(), "480 uses in blocks of 30: 16 visits, however many waited");
            assertEquals(480, store.counted("api:client"), "the node holds no unspent block");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBlockOfAnEndedWindowIsNeverUsedAndTheHeadersFollowTheWindow() {
        MutableClock clock = new MutableClock(Clock.fixed(T0, ZoneOffset.UTC));
        Counting store = new Counting(clock);
        QuotaBlocks node = new QuotaBlocks(new RateLimiter("api", 1000, 60_000, store), clock);
        SharedCounter.Permit first = node.acquire("c");
        assertEquals(1, first.used());
        assertEquals(60, first.resetSeconds());
        assertEquals(10, store.counted("api:c"), "a block of 10 reserved");
        clock.fixAt(T0.plusSeconds(59));
        SharedCounter.Permit second = node.acquire("c");
        assertEquals(2, second.used());
        assertEquals(1, second.resetSeconds());
        clock.fixAt(T0.plusSeconds(60));
        SharedCounter.Permit next = node.acquire("c");
        assertEquals(1, next.used(), "the old block's 8 uses died with its window");
        assertEquals(T0.plusSeconds(60).toEpochMilli(), next.windowStart());
        assertEquals(2, store.reservations.get());
    }

    @Test
    void theLastBlockIsCutAtTheLimitAndThenTheClientIsRefusedUntilTheWindowEnds() {
        MutableClock clock = new MutableClock(Clock.fixed(T0, ZoneOffset.UTC));
        Counting store = new Counting(clock);
        QuotaBlocks node = new QuotaBlocks(new RateLimiter("api", 205, 60_000, store), clock);
        assertEquals(2, node.block());
        for (int i = 1; i <= 205; i++) {
            SharedCounter.Permit p = node.acquire("c");
            assertTrue(p.admitted(), "use " + i);
            assertEquals(i, p.used());
        }
        clock.fixAt(T0.plusSeconds(20));
        SharedCounter.Permit refused = node.acquire("c");
        assertFalse(refused.admitted());
        assertEquals(40, refused.retryAfterSeconds());
        assertEquals(205, refused.used());
    }

    @Test
    void aSmallLimitIsCountedOneUseAtATimeInTheStore() {
        Counting store = new Counting(Clock.systemUTC());
        QuotaBlocks node = new QuotaBlocks(new RateLimiter("api", 150, 60_000, store), Clock.systemUTC());
        assertEquals(1, node.block());
        for (int i = 0; i < 5; i++) {
            node.acquire("c");
        }
        assertEquals(5, store.single.get());
        assertEquals(0, store.reservations.get());
    }
}
