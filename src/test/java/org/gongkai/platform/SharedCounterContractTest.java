package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one counter's contract, on every store, with TWO counter instances over one store (two web
 * nodes: own connections, own Redis clients): limits hold across both, reservations are given
 * back only in their own window. Database: H2 in memory, or the PostgreSQL of the suite
 * (GONGKAI_DB_KIND=postgresql). Redis: 127.0.0.1:6379 (GONGKAI_REDIS_URL); skipped when it does
 * not answer unless GONGKAI_REQUIRE_REDIS=1.
 */
class SharedCounterContractTest {
    static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");
    private static final List<Vertx> VERTICES = new ArrayList<>();

    /** A store seen by two nodes: {@code node.apply(clock)} gives each node its own counter. */
    record Store(String name, Function<Clock, SharedCounter> nodeA, Function<Clock, SharedCounter> nodeB) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Store> stores() {
        List<Store> out = new ArrayList<>();
        MemoryCounter[] one = new MemoryCounter[1];
        out.add(new Store("memory (one node: both handles share it)", c -> one[0] = new MemoryCounter(c), c -> one[0]));
        out.add(new Store(
                "database", SharedCounterContractTest::databaseNode, SharedCounterContractTest::databaseNode));
        out.add(new Store("redis", SharedCounterContractTest::redisNode, SharedCounterContractTest::redisNode));
        return out.stream();
    }

    @AfterAll
    static void closeVertx() {
        VERTICES.forEach(Vertx::close);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void fiftyConcurrentReservationsOnTwoNodesAdmitExactlyTheLimit(Store store) throws Exception {
        SharedCounter a = store.nodeA().apply(Clock.systemUTC());
        SharedCounter b = store.nodeB().apply(Clock.systemUTC());
        String prefix = "contract-" + System.nanoTime() + ":";
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (int round = 0; round < 5; round++) {
                String key = prefix + "k" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> out = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    SharedCounter node = i % 2 == 0 ? a : b;
                    out.add(pool.submit(() -> {
                        start.await();
                        return node.tryAcquire(key, 5, 60_000).admitted();
                    }));
                }
                start.countDown();
                int admitted = 0;
                for (Future<Boolean> f : out) {
                    admitted += f.get() ? 1 : 0;
                }
                assertEquals(5, admitted, "round " + round + ": 50 attempts over two nodes, limit 5");
                assertEquals(5, a.counted(key));
                assertEquals(5, b.counted(key));
            }
        } finally {
            pool.shutdownNow();
            a.reset(prefix);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aPermitTellsTheUsesSoFarAndWhenTheWindowEndsOnEitherNode(Store store) {
        MutableClock clock = new MutableClock(Clock.fixed(T0, ZoneOffset.UTC));
        SharedCounter a = store.nodeA().apply(clock);
        SharedCounter b = store.nodeB().apply(clock);
        String key = "contract-" + System.nanoTime() + ":api";
        try {
            SharedCounter.Permit first = a.tryAcquire(key, 3, 60_000);
            assertEquals(1, first.used());
            assertEquals(60, first.resetSeconds());
            clock.fixAt(T0.plusSeconds(20));
            SharedCounter.Permit second = b.tryAcquire(key, 3, 60_000);
            assertEquals(2, second.used(), "the other node's use is counted");
            assertEquals(40, second.resetSeconds(), "the window started with the first use");
            assertEquals(3, a.tryAcquire(key, 3, 60_000).used());
            SharedCounter.Permit refused = b.tryAcquire(key, 3, 60_000);
            assertFalse(refused.admitted());
            assertEquals(3, refused.used());
            assertEquals(40, refused.retryAfterSeconds());
            assertEquals(refused.retryAfterSeconds(), refused.resetSeconds());
            clock.fixAt(T0.plusSeconds(60));
            SharedCounter.Permit next = a.tryAcquire(key, 3, 60_000);
            assertEquals(1, next.used(), "a new window");
            assertEquals(60, next.resetSeconds());
        } finally {
            a.reset(key);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aReleaseOnOneNodeFreesAPlaceOnTheOtherOnlyInItsWindow(Store store) {
        MutableClock clock = new MutableClock(Clock.fixed(T0, ZoneOffset.UTC));
        SharedCounter a = store.nodeA().apply(clock);
        SharedCounter b = store.nodeB().apply(clock);
        String prefix = "contract-" + System.nanoTime() + ":";
        String key = prefix + "lockout";
        try {
            SharedCounter.Permit first = a.tryAcquire(key, 2, 60_000);
            SharedCounter.Permit second = b.tryAcquire(key, 2, 60_000);
            SharedCounter.Permit refused = a.tryAcquire(key, 2, 60_000);
            assertTrue(first.admitted() && second.admitted());
            assertFalse(refused.admitted());
            assertEquals(60, refused.retryAfterSeconds(), "the wait is the rest of the window");
            b.release(first);
            assertEquals(1, a.counted(key), "a success on node B gave node A's reservation back");
            assertTrue(a.tryAcquire(key, 2, 60_000).admitted());
            assertFalse(b.tryAcquire(key, 2, 60_000).admitted());

            clock.fixAt(T0.plus(Duration.ofSeconds(61)));
            assertEquals(0, b.counted(key), "the window has ended");
            assertTrue(b.tryAcquire(key, 2, 60_000).admitted(), "a new window starts");
            a.release(second); // from the old window: frees nothing in the new one
            assertTrue(a.tryAcquire(key, 2, 60_000).admitted());
            assertFalse(a.tryAcquire(key, 2, 60_000).admitted(), "the old window's release did not count");
            a.release(refused); // never admitted: nothing to give back
            assertFalse(b.tryAcquire(key, 2, 60_000).admitted());
            assertFalse(a.tryAcquire(prefix + "zero", 0, 60_000).admitted(), "a limit of 0 admits nothing");

            // reset forgets only its prefix; sweep only ended windows
            String other = prefix + "other";
            assertTrue(a.tryAcquire(other, 1, 3_600_000).admitted());
            a.sweep();
            assertEquals(1, b.counted(other), "a running window survives the sweep");
            b.reset(prefix + "lock");
            assertEquals(0, a.counted(key));
            assertEquals(1, a.counted(other));
        } finally {
            a.reset(prefix);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void blocksReservedOnTwoNodesAtOnceHandOutExactlyTheLimit(Store store) throws Exception {
        SharedCounter a = store.nodeA().apply(Clock.systemUTC());
        SharedCounter b = store.nodeB().apply(Clock.systemUTC());
        String prefix = "contract-" + System.nanoTime() + ":";
        // a limit of 1,000: blocks of 10 uses; 16 threads over two nodes ask 2,000 times
        QuotaBlocks nodeA = new QuotaBlocks(new RateLimiter(prefix, 1000, 60_000, a), Clock.systemUTC());
        QuotaBlocks nodeB = new QuotaBlocks(new RateLimiter(prefix, 1000, 60_000, b), Clock.systemUTC());
        assertEquals(10, nodeA.block());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<int[]>> out = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                QuotaBlocks node = t % 2 == 0 ? nodeA : nodeB;
                out.add(pool.submit(() -> {
                    start.await();
                    int admitted = 0;
                    int lastUsed = 0;
                    boolean rising = true;
                    for (int i = 0; i < 125; i++) {
                        SharedCounter.Permit p = node.acquire("client");
                        if (p.admitted()) {
                            admitted++;
                            rising &= p.used() >= 1 && p.used() <= 1000;
                            lastUsed = p.used();
                        } else {
                            rising &= p.used() == 1000 && p.retryAfterMillis() > 0;
                        }
                    }
                    return new int[] {admitted, rising ? 1 : 0, lastUsed};
                }));
            }
            start.countDown();
            int admitted = 0;
            for (Future<int[]> f : out) {
                int[] r = f.get();
                admitted += r[0];
                assertEquals(1, r[1], "every permit tells a count within the limit; every refusal a full window");
            }
            assertEquals(1000, admitted, "2,000 attempts, limit 1,000: no use lost, none too many");
            assertEquals(1000, a.counted(prefix + ":client"));
            assertFalse(nodeB.acquire("client").admitted());
        } finally {
            pool.shutdownNow();
            a.reset(prefix);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aReservationIsClippedAtTheLimitAndAStoreVisitHandsOutABlock(Store store) {
        MutableClock clock = new MutableClock(Clock.fixed(T0, ZoneOffset.UTC));
        SharedCounter a = store.nodeA().apply(clock);
        SharedCounter b = store.nodeB().apply(clock);
        String key = "contract-" + System.nanoTime() + ":block";
        try {
            SharedCounter.Block first = a.reserve(key, 25, 60_000, 10);
            assertEquals(10, first.granted());
            assertEquals(10, first.permit().used());
            assertTrue(first.permit().admitted());
            assertEquals(2, b.tryAcquire(key, 25, 60_000).used() - 9, "one use after the block, on the other node");
            SharedCounter.Block clipped = b.reserve(key, 25, 60_000, 20);
            assertEquals(14, clipped.granted(), "only what the window has left");
            assertEquals(25, clipped.permit().used());
            clock.fixAt(T0.plusSeconds(15));
            SharedCounter.Block refused = a.reserve(key, 25, 60_000, 10);
            assertEquals(0, refused.granted());
            assertFalse(refused.permit().admitted());
            assertEquals(45, refused.permit().retryAfterSeconds());
            clock.fixAt(T0.plusSeconds(60));
            SharedCounter.Block next = a.reserve(key, 25, 60_000, 10);
            assertEquals(10, next.granted(), "a new window");
            assertEquals(10, a.counted(key));

            // a node hands the block out without the store: here the store is reset behind its back and
            // the node still admits the uses it holds, counting down from what the store said
            String limiterName = "contract-" + System.nanoTime();
            QuotaBlocks node = new QuotaBlocks(new RateLimiter(limiterName, 500, 60_000, a), clock);
            assertEquals(5, node.block());
            assertEquals(1, node.acquire("c").used());
            assertEquals(5, a.counted(limiterName + ":c"), "one visit reserved five");
            a.reset(limiterName);
            for (int used = 2; used <= 5; used++) {
                assertEquals(used, node.acquire("c").used());
            }
            assertEquals(0, a.counted(limiterName + ":c"), "the four were handed out from memory");
            assertEquals(1, node.acquire("c").used(), "then a new block");
            a.reset(limiterName);
        } finally {
            a.reset(key);
        }
    }

    // ---- stores ----

    static SharedCounter databaseNode(Clock clock) {
        boolean pg = System.getenv().getOrDefault("GONGKAI_DB_KIND", "h2").equals("postgresql");
        String base = pg ? System.getenv("GONGKAI_DB_URL") : "jdbc:h2:mem:shared-counter-contract;DB_CLOSE_DELAY=-1";
        String user = pg ? System.getenv().getOrDefault("GONGKAI_DB_USER", "postgres") : "sa";
        String password = pg ? System.getenv().getOrDefault("GONGKAI_DB_PASSWORD", "") : "";
        if (pg) {
            // a schema of its own: the suite's Flyway must still find the database without this table
            try (Connection c = DriverManager.getConnection(base, user, password);
                    Statement st = c.createStatement()) {
                st.execute("create schema if not exists gk_counter_contract");
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        String url = pg ? base + (base.contains("?") ? "&" : "?") + "currentSchema=gk_counter_contract" : base;
        DatabaseCounter.Transactions tx = new DatabaseCounter.Transactions() {
            @Override
            public <T> T inNewTransaction(DatabaseCounter.SqlWork<T> work) {
                // a connection of its own per unit of work, like a pool that hands out different ones
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    c.setAutoCommit(false);
                    try {
                        T t = work.run(c);
                        c.commit();
                        return t;
                    } catch (SQLException | RuntimeException e) {
                        c.rollback();
                        throw e;
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
        };
        tx.inNewTransaction(c -> {
            try (Statement st = c.createStatement()) {
                // the table of V9
                st.execute("create table if not exists shared_counter (counter_key varchar(255) not null primary key,"
                        + " window_start_ms bigint not null, window_ms bigint not null, used integer not null)");
            }
            return null;
        });
        return new DatabaseCounter(tx, clock);
    }

    static SharedCounter redisNode(Clock clock) {
        String url = System.getenv().getOrDefault("GONGKAI_REDIS_URL", "redis://127.0.0.1:6379");
        Vertx vertx = Vertx.vertx();
        VERTICES.add(vertx);
        RedisCounter counter = new RedisCounter(RedisAPI.api(Redis.createClient(vertx, url)), "gongkai-test:", clock);
        try {
            counter.ping();
        } catch (RuntimeException e) {
            if (!"1".equals(System.getenv("GONGKAI_REQUIRE_REDIS"))) {
                assumeTrue(false, "Redis at " + url + " does not answer: " + e.getMessage());
            }
            throw e;
        }
        return counter;
    }
}
