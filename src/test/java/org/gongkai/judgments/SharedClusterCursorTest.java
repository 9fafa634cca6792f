package org.gongkai.judgments;

import static io.restassured.RestAssured.given;
import static org.gongkai.TestSupport.bearer;
import static org.gongkai.TestSupport.courtToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gongkai.search.index.JudgmentIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GONGKAI_SEARCH=cluster with several web nodes (issue 12): the nodes share one search cluster, so
 * the change log is applied to it once across nodes, under the lock of its one shared cursor, and
 * a change that commits after a later one was applied is still applied. A second Lucene index
 * stands in for the shared cluster here (the drain only sees the search seam); two threads are two
 * nodes draining at the same moment.
 */
@QuarkusTest
class SharedClusterCursorTest {
    private static final String COURT = "京0105";

    @Inject
    SearchIndexService service;

    @Inject
    EntityManager em;

    @TempDir
    Path dir;

    private long publish(String caseNumber, String marker) {
        var body = JudgmentFixtures.civil(
                caseNumber, COURT, "韩梅梅", "110105198503021233", "李雷", "民间借贷纠纷", "双方约定以" + marker + "作为信物。");
        return given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/publish/judgments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** cursor_id, high_id, applied_above of the cluster's cursor row. */
    private long[] cursorRow() {
        Object[] r = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                        "select cursor_id, coalesce(high_id, cursor_id), coalesce(applied_above, 0) from index_node where node_id = :n")
                .setParameter("n", "cluster:judgments")
                .getSingleResult());
        return new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue()};
    }

    private long lastRow() {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select max(o.id) from IndexOutbox o", Long.class)
                        .getSingleResult());
    }

    @AfterEach
    void forgetTheCluster() {
        // the cursor row would hold the log back for the rest of the test run
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("delete from index_node where node_id = 'cluster:judgments'")
                        .executeUpdate());
    }

    @Test
    void twoNodesApplyEachChangeOnceAndAChangeThatCommitsLateIsNotSkipped() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try (JudgmentIndex shared = JudgmentIndex.open(dir.resolve("cluster"))) {
            service.drainShared(shared); // the cluster's cursor starts here
            long a = publish("（2024）京0105民初95101号", "青铜酒爵");
            long b = publish("（2024）京0105民初95102号", "白玉发簪");
            long c = publish("（2024）京0105民初95103号", "紫砂茶盘");

            // two nodes drain at the same moment: the row lock lets one apply, the other finds nothing left
            Future<Integer> first = nodes.submit(() -> service.drainShared(shared));
            Future<Integer> second = nodes.submit(() -> service.drainShared(shared));
            assertEquals(
                    3,
                    first.get(60, TimeUnit.SECONDS) + second.get(60, TimeUnit.SECONDS),
                    "each of the three judgments applied once across the two nodes");
            assertTrue(shared.allIds().containsAll(List.of(a, b, c)), "all three are in the shared index");
            long[] row = cursorRow();
            assertEquals(lastRow(), row[0], "the shared cursor is past every change");
            assertEquals(0, service.drainShared(shared), "nothing is applied twice");

            // a transaction that got its change-log id first commits last: its change must not be skipped
            shared.delete(a);
            shared.commit();
            shared.refreshBlocking();
            CountDownLatch inserted = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<?> slow =
                    nodes.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                        IndexOutbox o = new IndexOutbox();
                        o.judgmentId = a;
                        o.createdAt = Instant.now();
                        o.persist();
                        o.flush();
                        inserted.countDown();
                        try {
                            assertTrue(release.await(60, TimeUnit.SECONDS));
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }));
            assertTrue(inserted.await(60, TimeUnit.SECONDS));
            long d = publish("（2024）京0105民初95104号", "鎏金铜镜");
            assertEquals(1, service.drainShared(shared), "the later change is applied");
            assertTrue(shared.allIds().contains(d));
            row = cursorRow();
            assertTrue(
                    row[0] < row[1],
                    "the mark waits below the hole of the running transaction: " + row[0] + " < " + row[1]);
            assertEquals(1, row[2], "one change above the mark is applied");
            assertFalse(shared.allIds().contains(a), "the running transaction's change is not visible yet");
            assertEquals(0, service.drainShared(shared), "the rows above the hole are not applied again");

            release.countDown();
            slow.get(60, TimeUnit.SECONDS);
            assertTrue(service.drainShared(shared) >= 1, "the change that committed late is applied");
            assertTrue(shared.allIds().contains(a), "judgment " + a + " is back in the shared index");
            row = cursorRow();
            assertEquals(lastRow(), row[0], "the mark has passed the filled hole");
            assertEquals(row[0], row[1]);
        } finally {
            nodes.shutdownNow();
        }
    }
}
