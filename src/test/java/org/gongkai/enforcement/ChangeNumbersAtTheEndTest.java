package org.gongkai.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gongkai.changes.ChangeEntry;
import org.gongkai.changes.ChangeRecorder;
import org.gongkai.courts.CourtDirectory;
import org.gongkai.demo.DemoCorpusGenerator;
import org.gongkai.demo.DemoRecord;
import org.gongkai.enforcement.Submissions.DishonestSubmission;
import org.gongkai.platform.Caller;
import org.gongkai.platform.Json;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: bulk-import workers write 16 records per transaction. The change feed's counter row used to
 * be locked from the first record's change to the commit, so a second worker (or a court's API call)
 * waited for the other 15 records, and timed out on a busy machine. A transaction whose change entries
 * are numbered at its end leaves the counter free while it works; the feed keeps its contract: numbers
 * in commit order, without a hole, every change once.
 */
@QuarkusTest
class ChangeNumbersAtTheEndTest {
    @Inject
    EnforcementIntake intake;

    @Inject
    ChangeRecorder changes;

    @Inject
    Caller caller;

    @Test
    void aLongTransactionDoesNotHoldTheFeedCounterWhileItWorks() throws Exception {
        List<DishonestSubmission> subs = new DemoCorpusGenerator(9_311L, CourtDirectory.standard())
                .generate(200)
                .filter(r -> r.kind().equals(DemoRecord.DISHONEST))
                .limit(3)
                .map(r -> Json.MAPPER.convertValue(r.data(), DishonestSubmission.class))
                .toList();
        assertEquals(3, subs.size());
        long head = QuarkusTransaction.requiringNew().call(ChangeNumbersAtTheEndTest::lastSeq);
        CountDownLatch slowHasRecorded = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // a worker's chunk: two listings recorded, then it goes on working (here: waits) before its commit
            Future<Long> slow = pool.submit(() -> inRequest(() -> QuarkusTransaction.requiringNew()
                    .call(() -> changes.numberedAtTheEnd(() -> {
                        long id = intake.listDishonest(subs.get(0), caller).id();
                        intake.listDishonest(subs.get(1), caller);
                        slowHasRecorded.countDown();
                        assertTrue(release.await(60, TimeUnit.SECONDS));
                        return id;
                    }))));
            assertTrue(slowHasRecorded.await(60, TimeUnit.SECONDS));
            // meanwhile another writer records a change and commits, without waiting for the first
            long t0 = System.nanoTime();
            Future<Long> quick = pool.submit(() -> inRequest(() -> QuarkusTransaction.requiringNew()
                    .call(() -> intake.listDishonest(subs.get(2), caller).id())));
            long quickId = quick.get(8, TimeUnit.SECONDS);
            double waited = (System.nanoTime() - t0) / 1e9;
            assertFalse(slow.isDone(), "the first transaction was still open");
            release.countDown();
            long slowId = slow.get(60, TimeUnit.SECONDS);

            List<ChangeEntry> after = QuarkusTransaction.requiringNew()
                    .call(() -> ChangeEntry.<ChangeEntry>find("seq > ?1 order by seq", head)
                            .list());
            // other tests may publish meanwhile: look at the entries of our three listings and their restrictions
            for (int i = 0; i < after.size(); i++) {
                assertEquals(head + 1 + i, after.get(i).seq, "no hole in the feed");
            }
            long quickSeq = seqOf(after, ListingRecords.CHANNEL, quickId);
            long slowSeq = seqOf(after, ListingRecords.CHANNEL, slowId);
            assertTrue(
                    quickSeq < slowSeq,
                    "numbers in commit order: the quick one committed first (" + quickSeq + " < " + slowSeq
                            + "), waited " + waited + " s");
            assertEquals(
                    1,
                    after.stream()
                            .filter(e -> e.channel.equals(ListingRecords.CHANNEL) && e.recordId == slowId)
                            .count(),
                    "recorded once");
            // the slow transaction's entries come after every entry of the quick one, and none is in between
            long slowFirst = after.stream()
                    .filter(e -> e.seq > quickSeq && e.channel.equals(ListingRecords.CHANNEL))
                    .mapToLong(e -> e.seq)
                    .min()
                    .orElseThrow();
            assertEquals(slowSeq, slowFirst);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static long seqOf(List<ChangeEntry> entries, String channel, long id) {
        return entries.stream()
                .filter(e -> e.channel.equals(channel) && e.recordId == id)
                .mapToLong(e -> e.seq)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no feed entry for " + channel + " " + id));
    }

    private static long lastSeq() {
        return ((Number) ChangeEntry.getEntityManager()
                        .createNativeQuery("select last_seq from change_counter where id = 1")
                        .getSingleResult())
                .longValue();
    }

    private <T> T inRequest(java.util.concurrent.Callable<T> work) throws Exception {
        var rc = Arc.container().requestContext();
        rc.activate();
        try {
            caller.asAdmin("test");
            return work.call();
        } finally {
            rc.terminate();
        }
    }
}
