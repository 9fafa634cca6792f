package org.gongkai.changes;

import static io.restassured.RestAssured.given;
import static org.gongkai.TestSupport.bearer;
import static org.gongkai.TestSupport.courtToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gongkai.judgments.JudgmentFixtures;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: a reader that follows the change feed while courts publish at the same time sees every change
 * exactly once, in order, without a gap — no entry may commit behind a reader's cursor (the reason the
 * feed's numbers come from a counter row locked until commit, and not from a sequence). Run on PostgreSQL
 * too ({@code GONGKAI_DB_KIND=postgresql}).
 */
@QuarkusTest
class ChangeFeedConcurrencyTest {
    static final String COURT = "京0105";
    static final int WRITERS = 4;
    static final int EACH = 4;
    /** A publication waits for the index (after commit): slow on a loaded build machine, not a failure. */
    static final io.restassured.config.RestAssuredConfig PATIENT = io.restassured.RestAssured.config()
            .httpClient(
                    io.restassured.config.HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 180_000));

    @Test
    void aReaderFollowingTheFeedDuringConcurrentPublishingMissesNothing() throws Exception {
        String token = courtToken(COURT);
        String start = given().get("/api/changes?since=" + Long.MAX_VALUE / 2)
                .then()
                .statusCode(200)
                .extract()
                .path("next");
        // the head of the feed now: the reader starts there
        String head = head();
        int base = ThreadLocalRandom.current().nextInt(100_000, 900_000);
        Set<Long> publishedIds = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Long> seen = new ArrayList<>();
        Map<Long, Long> idOfSeq = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        Future<?> reader = pool.submit(() -> {
            String cursor = head;
            boolean lastRound = false;
            while (true) {
                JsonPath p = given().queryParam("since", cursor)
                        .queryParam("limit", 5)
                        .get("/api/changes")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
                List<Map<String, Object>> page = p.getList("changes");
                for (Map<String, Object> c : page) {
                    long seq = ((Number) c.get("seq")).longValue();
                    seen.add(seq);
                    idOfSeq.put(seq, ((Number) c.get("id")).longValue());
                }
                cursor = p.getString("next");
                if (page.isEmpty()) {
                    if (lastRound) {
                        return null;
                    }
                    lastRound = !writing.get();
                }
            }
        });
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                for (int i = 0; i < EACH; i++) {
                    String cn = "（2024）" + COURT + "民初" + (base + writer * 100 + i) + "号";
                    Map<String, Object> body = JudgmentFixtures.civil(
                            cn, COURT, "韩并发", "110105198503021233", "魏并发", "民间借贷纠纷", "并发" + writer + "-" + i);
                    long id = given().config(PATIENT)
                            .header("Authorization", bearer(token))
                            .contentType(ContentType.JSON)
                            .body(body)
                            .post("/api/publish/judgments")
                            .then()
                            .statusCode(201)
                            .extract()
                            .jsonPath()
                            .getLong("id");
                    publishedIds.add(id);
                }
                return null;
            }));
        }
        for (Future<?> f : writers) {
            f.get(5, TimeUnit.MINUTES);
        }
        writing.set(false);
        reader.get(2, TimeUnit.MINUTES);
        pool.shutdown();

        assertTrue(start != null);
        long first = Long.parseLong(head) + 1;
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(first + i, seen.get(i), "the reader saw the feed in order without a gap: " + seen);
        }
        assertTrue(
                idOfSeq.values().containsAll(publishedIds),
                "every publication reached the reader; missing: "
                        + publishedIds.stream()
                                .filter(id -> !idOfSeq.containsValue(id))
                                .toList());
        assertEquals(head(), String.valueOf(seen.get(seen.size() - 1)), "the reader ended at the head of the feed");
    }

    private static String head() {
        String cursor = "0";
        while (true) {
            JsonPath p = given().queryParam("since", cursor)
                    .queryParam("limit", 1000)
                    .get("/api/changes")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (p.getList("changes").isEmpty()) {
                return cursor;
            }
            cursor = p.getString("next");
        }
    }
}
