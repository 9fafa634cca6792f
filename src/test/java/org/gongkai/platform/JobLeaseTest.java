package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A scheduled job runs on one node per period, and a node killed mid-job does not block it for ever. */
@QuarkusTest
class JobLeaseTest {
    @Inject
    JobLease lease;

    @Test
    void ofEightNodesRacingForAJobExactlyOneRunsIt() throws Exception {
        for (int round = 0; round < 5; round++) {
            String job = "race-" + System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> out = new ArrayList<>();
                for (int n = 0; n < 8; n++) {
                    String node = "node-" + n;
                    out.add(pool.submit(() -> {
                        start.await();
                        return lease.tryAcquire(job, node, Duration.ofHours(1), Duration.ofMinutes(5));
                    }));
                }
                start.countDown();
                int won = 0;
                for (Future<Boolean> f : out) {
                    won += f.get() ? 1 : 0;
                }
                assertEquals(1, won, "round " + round + ": one node runs the job");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aJobThatRanThisPeriodIsSkippedOnTheOtherNodes() {
        String job = "hourly-" + System.nanoTime();
        AtomicInteger runs = new AtomicInteger();
        assertTrue(lease.runOnce(job, Duration.ofMinutes(54), Duration.ofMinutes(5), runs::incrementAndGet));
        // another node's timer fires a minute later: the job already ran this hour
        assertFalse(lease.tryAcquire(job, "other-node", Duration.ofMinutes(54), Duration.ofMinutes(5)));
        assertFalse(lease.runOnce(job, Duration.ofMinutes(54), Duration.ofMinutes(5), runs::incrementAndGet));
        assertEquals(1, runs.get());
        // a job with no minimum interval runs again once the lease is given back
        assertTrue(lease.runOnce(job, Duration.ZERO, Duration.ofMinutes(5), runs::incrementAndGet));
        assertEquals(2, runs.get());
    }

    @Test
    void aLeaseHeldByAKilledNodeRunsOutAndAnotherNodeTakesOver() throws Exception {
        String job = "killed-" + System.nanoTime();
        assertTrue(lease.tryAcquire(job, "killed-node", Duration.ZERO, Duration.ofMillis(300)));
        // the holder dies without giving the lease back
        assertFalse(lease.tryAcquire(job, "node-b", Duration.ZERO, Duration.ofMinutes(5)), "still held");
        Thread.sleep(400);
        assertTrue(lease.tryAcquire(job, "node-b", Duration.ZERO, Duration.ofMinutes(5)), "the lease ran out");
        lease.release(job, "killed-node"); // a late release by the old holder frees nothing
        assertFalse(lease.tryAcquire(job, "node-c", Duration.ZERO, Duration.ofMinutes(5)));
    }

    @Test
    void theMinimumIntervalIsNineTenthsOfTheSchedule() {
        assertEquals(Duration.ofMinutes(54), JobLease.interval("1h"));
        assertEquals(Duration.ofMinutes(54), JobLease.interval("PT1H"));
        assertEquals(Duration.ofSeconds(27), JobLease.interval("30s"));
        assertEquals(Duration.ofHours(43).plusMinutes(12), JobLease.interval("2d"));
    }
}
