package org.gongkai.judgments;

import static io.restassured.RestAssured.given;
import static org.gongkai.TestSupport.bearer;
import static org.gongkai.TestSupport.courtToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.search.cluster.SolrJudgmentIndex;
import org.gongkai.search.index.JudgmentAnalyzers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The zero-downtime rebuild on the real cluster (issue 12), while courts keep publishing and
 * withdrawing and visitors keep searching: after the alias moves every judgment published during
 * the rebuild is found, every one withdrawn during it is gone (the changes made meanwhile are
 * replayed into the new collection before the alias moves), and no search answers 5xx, also not
 * while the alias moves and the old collection is dropped.
 *
 * <p>Runs against {@code ./gongkai cluster start} when {@code GONGKAI_SOLR_URL} is set (.ci/run
 * does), on an alias of its own ({@code rebuild_test}); skipped otherwise, without starting the
 * application.
 */
@QuarkusTest
@TestProfile(ClusterRebuildTest.OnCluster.class)
@EnabledIfEnvironmentVariable(named = "GONGKAI_SOLR_URL", matches = ".+")
class ClusterRebuildTest {
    static final String ALIAS = "rebuild_test";
    private static final String COURT = "京0105";

    /** The portal on the cluster, on its own alias (created empty when missing, as a first start needs). */
    public static class OnCluster implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String url = System.getenv("GONGKAI_SOLR_URL");
            if (url == null || url.isBlank()) {
                // Quarkus asks a profile for its settings while it discovers the tests, also when the
                // test itself is disabled (no cluster): nothing to prepare then
                return Map.of();
            }
            try (SolrJudgmentIndex c = new SolrJudgmentIndex(url, ALIAS, new JudgmentAnalyzers())) {
                if (c.currentCollection() == null) {
                    c.rebuild(List.of(), 2, 2);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Map.of("gongkai.search", "cluster", "gongkai.solr.url", url, "gongkai.solr.collection", ALIAS);
        }
    }

    @Inject
    SearchIndexService service;

    @AfterEach
    void noHook() {
        service.afterRebuildFillForTest(null);
    }

    private final int base = ThreadLocalRandom.current().nextInt(10_000, 90_000);
    private final AtomicInteger seq = new AtomicInteger();

    /** A judgment with a word of its own (letters of fixed width, so that no word contains another). */
    private record Published(long id, String word) {}

    private Published publish() {
        int n = seq.incrementAndGet();
        String word = "rbt" + letters(base) + "x" + letters(n);
        String caseNumber = "（2024）" + COURT + "民初" + (base * 1000 + n) + "号";
        var body = JudgmentFixtures.civil(
                caseNumber, COURT, "韩梅梅", "110105198503021233", "李雷", "民间借贷纠纷", "借条上写有暗号" + word + "。");
        long id = given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/publish/judgments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        return new Published(id, word);
    }

    /** {@code n} in four letters: no word of this test is a substring of another (searches match substrings). */
    private static String letters(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            b.append((char) ('a' + n % 26));
            n /= 26;
        }
        return b.toString();
    }

    private static void withdraw(long id) {
        given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "文书有笔误", "reasonCategory", "error"))
                .post("/api/publish/judgments/" + id + "/withdraw")
                .then()
                .statusCode(200);
    }

    private static int found(String word) {
        return given().queryParam("q", word)
                .get("/api/judgments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("total");
    }

    @Test
    void changesDuringARebuildAreInTheNewCollectionWhenTheAliasMoves() throws Exception {
        List<Published> before = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            before.add(publish());
        }
        List<Published> kept = before.subList(0, 6);
        List<Published> withdrawnDuring = before.subList(6, 12);
        List<Published> publishedDuring = Collections.synchronizedList(new ArrayList<>());
        SolrJudgmentIndex probe =
                new SolrJudgmentIndex(System.getenv("GONGKAI_SOLR_URL"), ALIAS, new JudgmentAnalyzers());
        String oldCollection = probe.currentCollection();

        // the rebuild has read every judgment above; now courts change them before the alias moves
        AtomicBoolean hookRan = new AtomicBoolean();
        AtomicBoolean withdrawn = new AtomicBoolean();
        service.afterRebuildFillForTest(() -> {
            hookRan.set(true);
            for (Published p : withdrawnDuring) {
                withdraw(p.id());
                assertEquals(0, found(p.word()), "withdrawn during the rebuild: gone from the old collection at once");
            }
            withdrawn.set(true);
            for (int i = 0; i < 5; i++) {
                Published p = publish();
                publishedDuring.add(p);
                assertEquals(1, found(p.word()), "published during the rebuild: found in the old collection at once");
            }
        });

        // visitors search and a court publishes all the time, also while the alias moves
        AtomicBoolean done = new AtomicBoolean();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicInteger privacyBreaks = new AtomicInteger();
        AtomicInteger missing = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(3);
        List<Future<?>> loops = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            loops.add(load.submit(() -> {
                int k = 0;
                while (!done.get()) {
                    boolean gone = k % 2 == 1;
                    Published p = gone ? withdrawnDuring.get(k / 2 % 6) : kept.get(k / 2 % kept.size());
                    boolean goneBefore = gone && withdrawn.get();
                    var r = given().queryParam("q", p.word()).get("/api/judgments");
                    statuses.merge(r.statusCode(), 1, Integer::sum);
                    if (r.statusCode() == 200) {
                        int total = r.jsonPath().getInt("total");
                        if (goneBefore && total != 0) {
                            privacyBreaks.incrementAndGet(); // a withdrawn judgment found again
                        } else if (!gone && total != 1) {
                            missing.incrementAndGet(); // a published judgment not found
                        }
                    }
                    k++;
                }
            }));
        }
        loops.add(load.submit(() -> {
            while (!done.get()) {
                publishedDuring.add(publish());
            }
        }));

        int rebuilt;
        try {
            rebuilt = service.rebuild();
        } finally {
            done.set(true);
            load.shutdown();
            assertTrue(load.awaitTermination(60, TimeUnit.SECONDS));
        }
        for (Future<?> f : loops) {
            f.get(); // a failed assertion or a refused publication in a loop fails the test
        }
        assertTrue(hookRan.get(), "the rebuild ran its fill-then-replay path");
        String now = probe.currentCollection();
        assertNotEquals(oldCollection, now, "the alias moved to a new collection");

        // at once, without waiting for any poll: the new collection has every change made meanwhile
        for (Published p : kept) {
            assertEquals(1, found(p.word()), "published before the rebuild: " + p);
        }
        for (Published p : withdrawnDuring) {
            assertEquals(0, found(p.word()), "withdrawn during the rebuild, still found after the alias moved: " + p);
        }
        List<Published> during = List.copyOf(publishedDuring);
        assertTrue(during.size() >= 5);
        for (Published p : during) {
            assertEquals(1, found(p.word()), "published during the rebuild, missing after the alias moved: " + p);
        }
        assertTrue(statuses.getOrDefault(200, 0) > 0, "searches ran during the rebuild: " + statuses);
        assertEquals(Map.of(200, statuses.get(200)), statuses, "every search during the rebuild answered 200");
        assertEquals(0, privacyBreaks.get(), "searches that found a judgment withdrawn during the rebuild again");
        assertEquals(0, missing.get(), "searches that missed a judgment published before the rebuild");
        System.out.printf(
                "cluster rebuild: %d judgments, %d published and %d withdrawn meanwhile, %d searches all 200, %s -> %s%n",
                rebuilt, during.size(), withdrawnDuring.size(), statuses.get(200), oldCollection, now);

        var st = service.status();
        assertEquals(st.databasePublic(), st.indexDocuments(), "the new collection holds exactly the public judgments");
        probe.close();
    }
}
