package org.gongkai.alerts;

import static io.restassured.RestAssured.given;
import static org.gongkai.TestSupport.bearer;
import static org.gongkai.TestSupport.courtToken;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gongkai.Planted;
import org.gongkai.judgments.JudgmentFixtures;
import org.gongkai.platform.Hashing;
import org.gongkai.platform.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, "follow a search": saved searches whose new matches are posted, signed, to a real HTTP receiver
 * on this machine; once per document even with two workers at once; retries with backoff; the dead-letter
 * list; pause, resume, delete; bad queries and internal callback addresses refused.
 */
@QuarkusTest
class AlertWebhookTest {
    static final String COURT = "京0105";
    static final AtomicInteger CASE =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000, 80_000));
    static Receiver receiver;

    @Inject
    AlertWorker worker;

    @Inject
    MutableClock clock;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new Receiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Created(long id, String secret) {}

    static String marker() {
        return "提醒标记" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    static String newKey() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("contact", "watch@example.org"))
                .post("/api/keys")
                .then()
                .statusCode(201)
                .body("key", containsString("gka_"))
                .body(not(containsString("watch@example.org")))
                .extract()
                .path("key");
    }

    static Created alert(String key, String query, String path) {
        JsonPath p = given().header("Authorization", "Bearer " + key)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "借贷提醒",
                        "query",
                        query,
                        "filters",
                        Map.of("cause", List.of("民间借贷纠纷")),
                        "callbackUrl",
                        receiver.url(path)))
                .post("/api/alerts")
                .then()
                .statusCode(201)
                .body("alert.status", equalTo("ACTIVE"))
                .extract()
                .jsonPath();
        return new Created(p.getLong("alert.id"), p.getString("secret"));
    }

    static Map<String, Object> judgment(String plaintiff, String facts) {
        String cn = "（2024）" + COURT + "民初" + CASE.incrementAndGet() + "号";
        return new HashMap<>(
                JudgmentFixtures.civil(cn, COURT, plaintiff, "110105198503021233", "司马光明", "民间借贷纠纷", facts));
    }

    static long publish(Map<String, Object> body) {
        return given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/publish/judgments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** The receiver's own check of a delivery: HMAC-SHA256(secret, t + "." + body) in hex, computed here. */
    static void assertSigned(Receiver.Request r, String secret) throws Exception {
        assertNotNull(r.signature(), "Gongkai-Signature header");
        Map<String, String> parts = new HashMap<>();
        for (String kv : r.signature().split(",")) {
            parts.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
        long t = Long.parseLong(parts.get("t"));
        assertTrue(Math.abs(System.currentTimeMillis() / 1000 - t) < 86_400, "timestamp is unix seconds: " + t);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, parts.get("v1"), "signature over t.body with the alert's secret");
    }

    static List<Long> matchIds(List<Receiver.Request> requests) {
        List<Long> out = new ArrayList<>();
        for (Receiver.Request r : requests) {
            for (Object id : JsonPath.from(r.body()).getList("matches.id")) {
                out.add(((Number) id).longValue());
            }
        }
        return out;
    }

    static JsonPath deliveries(String key, long alert) {
        return given().header("X-Api-Key", key)
                .get("/api/alerts/" + alert + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aNewMatchIsPostedOnceSignedAndWithPublicDataOnly() throws Exception {
        String m = marker();
        String path = "/ok-" + m.hashCode();
        long before = publish(judgment("欧阳娜娜", "约定以" + m + "为凭。")); // published before the alert: not new
        String key = newKey();
        Created a = alert(key, m, path);
        Planted planted = Planted.in("judgment text (alert payload)");
        Map<String, Object> matching = judgment("上官婉儿", "约定以" + m + "为凭。" + planted.clause() + "到庭作证。");
        long match = publish(matching);
        long other = publish(judgment("慕容复", "约定以其他物品为凭。"));

        worker.runOnce();
        List<Receiver.Request> got = receiver.at(path);
        assertEquals(1, got.size(), "one delivery");
        Receiver.Request r = got.get(0);
        assertSigned(r, a.secret());
        JsonPath body = JsonPath.from(r.body());
        assertEquals(
                List.of(match),
                matchIds(got),
                "only the new matching document (not " + before + ", not " + other + ")");
        assertEquals(a.id(), body.getLong("alert.id"));
        assertFalse(body.getBoolean("test"));
        assertEquals(Long.parseLong(r.delivery()), body.getLong("delivery"));
        assertTrue(body.getString("matches[0].url").endsWith("/judgments/" + match), body.getString("matches[0].url"));
        assertTrue(body.getString("matches[0].caseNumber").contains(COURT + "民初"));
        assertEquals("2024-06-18", body.getString("matches[0].date"));
        assertEquals(
                Hashing.sha256(given().get("/judgments/" + match + ".json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()),
                body.getString("matches[0].hash"),
                "the hash of the public record, as in the change feed");
        // the same public view as the API: the plaintiff masked, planted personal data absent
        assertFalse(r.body().contains("上官婉儿") || r.body().contains("110105198503021233"), r.body());
        Planted.assertAbsent(List.of(planted), Map.of("webhook payload", r.body()));

        // nothing new: nothing sent; a correction of a delivered document is not delivered again
        worker.runOnce();
        Map<String, Object> fixed = new HashMap<>(matching);
        fixed.put("text", ((String) matching.get("text")).replace("4300元", "4350元"));
        fixed.put("correctionNote", "诉讼费金额更正");
        given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(fixed)
                .put("/api/publish/judgments/" + match)
                .then()
                .statusCode(200);
        worker.runOnce();
        assertEquals(1, receiver.at(path).size(), "once per document");
        JsonPath d = deliveries(key, a.id());
        assertEquals("DELIVERED", d.getString("deliveries[0].status"));
        assertEquals(1, d.getInt("deliveries[0].attempts"));
        assertEquals(200, d.getInt("deliveries[0].lastCode"));

        // a test delivery: signed, no matches, answered with its outcome
        given().header("Authorization", "Bearer " + key)
                .post("/api/alerts/" + a.id() + "/test")
                .then()
                .statusCode(200)
                .body("kind", equalTo("TEST"))
                .body("status", equalTo("DELIVERED"))
                .body("lastCode", equalTo(200));
        Receiver.Request test = receiver.at(path).get(1);
        assertSigned(test, a.secret());
        assertTrue(JsonPath.from(test.body()).getBoolean("test"));
        assertEquals(0, JsonPath.from(test.body()).getList("matches").size());

        // list and read; the secret is never shown again, another key sees nothing
        given().header("X-Api-Key", key)
                .get("/api/alerts")
                .then()
                .statusCode(200)
                .body("alerts.find { it.id == " + a.id() + " }.search.q", equalTo(m))
                .body(not(containsString(a.secret())));
        given().header("X-Api-Key", key)
                .get("/api/alerts/" + a.id())
                .then()
                .statusCode(200)
                .body("searchUrl", containsString("/search?q="))
                .body("feedUrl", containsString("/search.atom?q="));
        given().header("X-Api-Key", newKey())
                .get("/api/alerts/" + a.id())
                .then()
                .statusCode(404);
    }

    @Test
    void aCorrectionThatNowMatchesIsDeliveredOnce() {
        String m = marker();
        String path = "/corr-" + m.hashCode();
        String key = newKey();
        alert(key, m, path);
        Map<String, Object> body = judgment("钱七", "约定以玉佩为凭。");
        long id = publish(body);
        worker.runOnce();
        assertEquals(0, receiver.at(path).size(), "no match yet");
        Map<String, Object> fixed = new HashMap<>(body);
        fixed.put("text", ((String) body.get("text")).replace("约定以玉佩为凭。", "约定以" + m + "为凭。"));
        fixed.put("correctionNote", "事实部分更正");
        given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(fixed)
                .put("/api/publish/judgments/" + id)
                .then()
                .statusCode(200);
        worker.runOnce();
        worker.runOnce();
        assertEquals(List.of(id), matchIds(receiver.at(path)));
    }

    @Test
    void twoWorkersAtOnceDeliverEachDocumentOnce() throws Exception {
        String m = marker();
        String key = newKey();
        List<String> paths = List.of("/race-a-" + m.hashCode(), "/race-b-" + m.hashCode(), "/race-c-" + m.hashCode());
        List<Created> alerts = paths.stream().map(p -> alert(key, m, p)).toList();
        List<Long> published = new ArrayList<>();
        receiver.delayMillis = 30;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < 3; i++) {
                    published.add(publish(judgment("令狐冲", "约定以" + m + "为凭。第" + round + "轮" + i + "件。")));
                }
                CountDownLatch go = new CountDownLatch(1);
                List<Future<AlertWorker.Run>> runs = new ArrayList<>();
                for (int w = 0; w < 2; w++) {
                    runs.add(pool.submit(() -> {
                        go.await();
                        return worker.runOnce();
                    }));
                }
                go.countDown();
                for (Future<AlertWorker.Run> f : runs) {
                    f.get();
                }
            }
        } finally {
            receiver.delayMillis = 0;
            pool.shutdownNow();
        }
        for (int i = 0; i < paths.size(); i++) {
            List<Receiver.Request> got = receiver.at(paths.get(i));
            List<Long> ids = matchIds(got);
            assertEquals(
                    published.stream().sorted().toList(),
                    ids.stream().sorted().toList(),
                    "alert " + alerts.get(i).id() + ": every document exactly once, " + got.size() + " POSTs");
            for (Receiver.Request r : got) {
                assertSigned(r, alerts.get(i).secret());
            }
            assertEquals(
                    got.size(),
                    got.stream().map(Receiver.Request::delivery).distinct().count(),
                    "each delivery posted once");
        }
    }

    @Test
    void aFailingReceiverIsRetriedWithBackoffUntilItAnswers() throws Exception {
        String m = marker();
        String path = "/flaky-" + m.hashCode();
        AtomicInteger calls = new AtomicInteger();
        receiver.answer(path, () -> calls.incrementAndGet() <= 2 ? 500 : 204);
        String key = newKey();
        Created a = alert(key, m, path);
        long id = publish(judgment("段誉", "约定以" + m + "为凭。"));

        worker.runOnce();
        assertEquals(1, receiver.at(path).size());
        JsonPath d = deliveries(key, a.id());
        assertEquals("PENDING", d.getString("deliveries[0].status"));
        assertEquals(1, d.getInt("deliveries[0].attempts"));
        assertEquals(500, d.getInt("deliveries[0].lastCode"));
        assertEquals("HTTP 500", d.getString("deliveries[0].lastError"));
        worker.runOnce();
        assertEquals(1, receiver.at(path).size(), "not before the backoff (1 minute) has passed");

        clock.shift(Duration.ofSeconds(61));
        worker.runOnce();
        assertEquals(2, receiver.at(path).size(), "second attempt after 1 minute");
        clock.shift(Duration.ofSeconds(61 + 90));
        worker.runOnce();
        assertEquals(2, receiver.at(path).size(), "the second wait is 2 minutes, not 1");
        clock.shift(Duration.ofSeconds(61 + 121));
        worker.runOnce();
        List<Receiver.Request> got = receiver.at(path);
        assertEquals(3, got.size());
        assertEquals(1, got.stream().map(Receiver.Request::body).distinct().count(), "the same body on every attempt");
        assertEquals(List.of(id), matchIds(got.subList(2, 3)));
        assertSigned(got.get(2), a.secret());
        d = deliveries(key, a.id());
        assertEquals("DELIVERED", d.getString("deliveries[0].status"));
        assertEquals(3, d.getInt("deliveries[0].attempts"));
        assertEquals(204, d.getInt("deliveries[0].lastCode"));
    }

    @Test
    void afterTheLastAttemptADeliveryIsDeadListedAndCanBeRedelivered() {
        String m = marker();
        String path = "/down-" + m.hashCode();
        receiver.answer(path, () -> 503);
        String key = newKey();
        Created a = alert(key, m, path);
        publish(judgment("乔峰", "约定以" + m + "为凭。"));
        Duration offset = Duration.ZERO;
        for (int attempt = 1; attempt <= 8; attempt++) {
            worker.runOnce();
            assertEquals(attempt, receiver.at(path).size());
            offset = offset.plus(Duration.ofMinutes(1L << Math.min(attempt - 1, 30)))
                    .plusSeconds(1);
            clock.shift(offset);
        }
        worker.runOnce();
        assertEquals(8, receiver.at(path).size(), "no attempt after the eighth");
        given().header("X-Api-Key", key)
                .queryParam("status", "dead")
                .get("/api/alerts/" + a.id() + "/deliveries")
                .then()
                .statusCode(200)
                .body("deliveries", hasSize(1))
                .body("deliveries[0].attempts", equalTo(8))
                .body("deliveries[0].lastCode", equalTo(503))
                .body("deliveries[0].status", equalTo("DEAD"));
        long delivery = deliveries(key, a.id()).getLong("deliveries[0].id");

        receiver.answer(path, () -> 200);
        given().header("X-Api-Key", key)
                .post("/api/alerts/" + a.id() + "/deliveries/" + delivery + "/redeliver")
                .then()
                .statusCode(200)
                .body("status", equalTo("DELIVERED"))
                .body("attempts", equalTo(1));
        assertEquals(9, receiver.at(path).size());
        given().header("X-Api-Key", key)
                .queryParam("status", "dead")
                .get("/api/alerts/" + a.id() + "/deliveries")
                .then()
                .statusCode(200)
                .body("deliveries", hasSize(0));
    }

    @Test
    void aDeliveryHeldByAnotherNodeIsLeftAloneUntilItsLeaseEnds() {
        String m = marker();
        String path = "/lease-" + m.hashCode();
        receiver.answer(path, () -> 500);
        String key = newKey();
        Created a = alert(key, m, path);
        publish(judgment("阿朱", "约定以" + m + "为凭。"));
        worker.runOnce();
        assertEquals(1, receiver.at(path).size());
        long delivery = deliveries(key, a.id()).getLong("deliveries[0].id");
        receiver.answer(path, () -> 200);
        // another node claimed the retry and is still sending (its lease runs two minutes), then dies
        clock.shift(Duration.ofSeconds(61));
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            AlertDelivery d = AlertDelivery.findById(delivery);
            d.status = AlertDelivery.Status.SENDING;
            d.leaseUntil = clock.instant().plus(Duration.ofMinutes(2));
        });
        worker.runOnce();
        assertEquals(1, receiver.at(path).size(), "not sent twice while the other node holds it");
        clock.shift(Duration.ofSeconds(61 + 121));
        worker.runOnce();
        assertEquals(2, receiver.at(path).size(), "taken over once the lease ended");
        assertEquals("DELIVERED", deliveries(key, a.id()).getString("deliveries[0].status"));
    }

    @Test
    void pauseStopsDeliveriesAndResumeCatchesUp() {
        String m = marker();
        String path = "/pause-" + m.hashCode();
        String key = newKey();
        Created a = alert(key, m, path);
        given().header("X-Api-Key", key)
                .post("/api/alerts/" + a.id() + "/pause")
                .then()
                .statusCode(200)
                .body("status", equalTo("PAUSED"));
        long id = publish(judgment("王语嫣", "约定以" + m + "为凭。"));
        worker.runOnce();
        assertEquals(0, receiver.at(path).size(), "paused: nothing sent");
        given().header("X-Api-Key", key)
                .post("/api/alerts/" + a.id() + "/resume")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        worker.runOnce();
        assertEquals(List.of(id), matchIds(receiver.at(path)), "documents published while paused follow on resume");
    }

    @Test
    void deleteStopsRetriesAndNewMatches() {
        String m = marker();
        String path = "/delete-" + m.hashCode();
        receiver.answer(path, () -> 500);
        String key = newKey();
        Created a = alert(key, m, path);
        publish(judgment("虚竹", "约定以" + m + "为凭。"));
        worker.runOnce();
        assertEquals(1, receiver.at(path).size());
        given().header("X-Api-Key", key).delete("/api/alerts/" + a.id()).then().statusCode(204);
        given().header("X-Api-Key", key).get("/api/alerts/" + a.id()).then().statusCode(404);
        given().header("X-Api-Key", key)
                .get("/api/alerts/" + a.id() + "/deliveries")
                .then()
                .statusCode(404);
        clock.shift(Duration.ofHours(1));
        publish(judgment("虚竹", "约定以" + m + "为凭。又一件。"));
        worker.runOnce();
        assertEquals(1, receiver.at(path).size(), "no retry and no new match after delete");

        // revoking the key deletes its alerts and the key stops working
        String other = "/revoked-" + m.hashCode();
        Created b = alert(key, m, other);
        given().header("X-Api-Key", key).delete("/api/keys/current").then().statusCode(204);
        given().header("X-Api-Key", key).get("/api/alerts").then().statusCode(401);
        publish(judgment("虚竹", "约定以" + m + "为凭。第三件。"));
        worker.runOnce();
        assertEquals(0, receiver.at(other).size(), "alert " + b.id() + " went with its key");
    }

    @Test
    void badInputIsRefusedWithProblemDetails() {
        String key = newKey();
        Map<String, Object> ok = new HashMap<>(Map.of("query", "借款", "callbackUrl", receiver.url("/bad")));
        Map<String, Object> badQuery = new HashMap<>(ok);
        badQuery.put("query", "court:");
        given().header("X-Api-Key", key)
                .contentType(ContentType.JSON)
                .body(badQuery)
                .post("/api/alerts")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("title", equalTo("查询语句有误"))
                .body("detail", containsString("court:"));
        Map<String, Object> badFilter = new HashMap<>(ok);
        badFilter.put("filters", Map.of("judge", List.of("李明华")));
        given().header("X-Api-Key", key)
                .contentType(ContentType.JSON)
                .body(badFilter)
                .post("/api/alerts")
                .then()
                .statusCode(400)
                .body("detail", containsString("judge"));
        Map<String, Object> badDate = new HashMap<>(ok);
        badDate.put("from", "2024-13-01");
        given().header("X-Api-Key", key)
                .contentType(ContentType.JSON)
                .body(badDate)
                .post("/api/alerts")
                .then()
                .statusCode(400)
                .body("detail", containsString("from"));
        // no key, a wrong key
        given().contentType(ContentType.JSON)
                .body(ok)
                .post("/api/alerts")
                .then()
                .statusCode(401)
                .contentType(containsString("application/problem+json"));
        given().header("Authorization", "Bearer gka_nonsense")
                .get("/api/alerts")
                .then()
                .statusCode(401);
        // a key takes a contact and nothing else about the person
        given().contentType(ContentType.JSON)
                .body(Map.of("contact", "张三 13800138000"))
                .post("/api/keys")
                .then()
                .statusCode(400)
                .body("detail", containsString("contact"));
        given().contentType(ContentType.JSON)
                .body(Map.of("contact", "https://watch.example.org/team"))
                .post("/api/keys")
                .then()
                .statusCode(201);
    }

    @Test
    void callbacksToInternalAddressesAreRefused() {
        String key = newKey();
        for (String url : List.of(
                "http://127.0.0.2:8080/hook",
                "http://10.1.2.3/hook",
                "http://192.168.0.10/hook",
                "http://172.16.5.4/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://[::1]/hook",
                "http://[fd00::1]/hook",
                "http://0.0.0.0/hook",
                "http://100.64.0.1/hook",
                "ftp://example.org/hook",
                "file:///etc/passwd",
                "http://user:pw@example.org/hook",
                "not a url")) {
            given().header("X-Api-Key", key)
                    .contentType(ContentType.JSON)
                    .body(Map.of("query", "借款", "callbackUrl", url))
                    .post("/api/alerts")
                    .then()
                    .statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("detail", containsString("callbackUrl"));
        }
        given().header("X-Api-Key", key)
                .get("/api/alerts")
                .then()
                .statusCode(200)
                .body("alerts", hasSize(0));
    }
}
