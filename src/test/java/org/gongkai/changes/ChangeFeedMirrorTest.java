package org.gongkai.changes;

import static io.restassured.RestAssured.given;
import static org.gongkai.TestSupport.bearer;
import static org.gongkai.TestSupport.courtToken;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.gongkai.Planted;
import org.gongkai.enforcement.Fixtures;
import org.gongkai.judgments.JudgmentFixtures;
import org.gongkai.platform.Hashing;
import org.gongkai.platform.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, change feed: a mirror client that knows nothing but {@code /api/changes} and the record URLs it
 * names replays the feed into an empty store and ends with exactly the portal's public records (same ids, same
 * bytes, same hashes), deletions included; withdrawals and removals carry a reason category and never the text.
 */
@QuarkusTest
class ChangeFeedMirrorTest {
    static final String COURT = "京0105";
    static final String ENF_COURT = "浙0302";
    static final int BASE = ThreadLocalRandom.current().nextInt(10_000, 80_000);

    @Inject
    EntityManager em;

    @Inject
    MutableClock clock;

    static String cn(int n) {
        return "（2024）" + COURT + "民初" + (BASE + n) + "号";
    }

    static Map<String, Object> judgment(int n, String plaintiff) {
        return new HashMap<>(JudgmentFixtures.civil(
                cn(n), COURT, plaintiff, "110105198503021233", "司马光明", "民间借贷纠纷", "双方约定以镜像" + (BASE + n) + "作为信物。"));
    }

    static long publish(Map<String, Object> body) {
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

    static void court(String method, String path, Object body) {
        var req = given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(body);
        (method.equals("PUT") ? req.put(path) : req.post(path)).then().statusCode(200);
    }

    static List<Map<String, Object>> changesOf(String channel, long id) {
        List<Map<String, Object>> out = new ArrayList<>();
        String cursor = "0";
        while (true) {
            JsonPath p = given().queryParam("since", cursor)
                    .queryParam("limit", 1000)
                    .get("/api/changes")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> page = p.getList("changes");
            if (page.isEmpty()) {
                return out;
            }
            for (Map<String, Object> c : page) {
                if (channel.equals(c.get("channel")) && ((Number) c.get("id")).longValue() == id) {
                    out.add(c);
                }
            }
            cursor = p.getString("next");
        }
    }

    @Test
    void aMirrorReplayingTheFeedIntoAnEmptyStoreEndsIdenticalToThePortal() {
        Planted withdrawnFor = Planted.in("withdrawReason (feed)");
        long published = publish(judgment(1, "欧阳娜娜"));
        Map<String, Object> stubBody = judgment(2, "柳如是");
        stubBody.put("withholdReason", "本案涉及个人隐私");
        long stub = publish(stubBody);
        Map<String, Object> toCorrect = judgment(3, "钱七");
        long corrected = publish(toCorrect);
        Map<String, Object> fixed = new HashMap<>(toCorrect);
        fixed.put("text", ((String) toCorrect.get("text")).replace("4300元", "4350元"));
        fixed.put("correctionNote", "诉讼费金额更正");
        court("PUT", "/api/publish/judgments/" + corrected, fixed);
        long withdrawn = publish(judgment(4, "赵六"));
        court(
                "POST",
                "/api/publish/judgments/" + withdrawn + "/withdraw",
                Map.of("reason", "隐名处理有误：未删除" + withdrawnFor.clause()));
        Map<String, Object> again = judgment(5, "孙八");
        long republished = publish(again);
        court(
                "POST",
                "/api/publish/judgments/" + republished + "/withdraw",
                Map.of("reason", "文书有笔误", "reasonCategory", "error"));
        Map<String, Object> again2 = new HashMap<>(again);
        again2.put("text", ((String) again.get("text")).replace("4300元", "4310元"));
        court("POST", "/api/publish/judgments/" + republished + "/republish", again2);

        LocalDate recent = clock.today().minusMonths(2);
        long listed = Fixtures.list(
                ENF_COURT, Fixtures.listing(ENF_COURT, Fixtures.person("李镜", Fixtures.idNumber()), 1, recent));
        long removed = Fixtures.list(
                ENF_COURT, Fixtures.listing(ENF_COURT, Fixtures.person("王镜", Fixtures.idNumber()), 1, recent));
        Fixtures.post(ENF_COURT, "/dishonest/" + removed + "/remove", Map.of("reason", "PERFORMED"))
                .statusCode(200);
        long revoked = Fixtures.list(
                ENF_COURT, Fixtures.listing(ENF_COURT, Fixtures.person("周镜", Fixtures.idNumber()), 4, recent));
        Fixtures.post(ENF_COURT, "/dishonest/" + revoked + "/revoke", Map.of("reason", "错误纳入"))
                .statusCode(200);
        // consumption restrictions: one made with each listing (rules §3.5), one ordered by the court and lifted, and
        // the
        // court's own order replacing the one made with a listing (a correction)
        long listedR = restrictionOf(listed);
        long removedR = restrictionOf(removed);
        long revokedR = restrictionOf(revoked);
        Map<String, Object> ordered =
                Fixtures.restriction(ENF_COURT, Fixtures.person("郑镜", Fixtures.idNumber()), recent);
        long lifted = Fixtures.create(ENF_COURT, "/restrictions", ordered);
        Fixtures.post(ENF_COURT, "/restrictions/" + lifted + "/lift", Map.of("reason", "被执行人已履行"))
                .statusCode(200);
        Map<String, Object> debtor = Fixtures.person("冯镜", Fixtures.idNumber());
        Map<String, Object> listing = Fixtures.listing(ENF_COURT, debtor, 1, recent);
        long replacedListing = Fixtures.list(ENF_COURT, listing);
        long replaced = restrictionOf(replacedListing);
        Map<String, Object> order = Fixtures.restriction(ENF_COURT, debtor, recent.plusDays(3));
        order.put("caseNumber", listing.get("caseNumber"));
        assertEquals(
                replaced,
                Fixtures.post(ENF_COURT, "/restrictions", order)
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("id"));
        // a terminated enforcement case (终本)
        long terminated = Fixtures.create(
                ENF_COURT,
                "/terminations",
                Fixtures.termination(ENF_COURT, Fixtures.person("褚镜", Fixtures.idNumber()), recent, "12345.60"));

        // each record's history, in order, as the feed tells it
        assertEquals(List.of("published"), kinds(changesOf("judgments", published)));
        assertEquals(List.of("stub"), kinds(changesOf("judgments", stub)));
        assertEquals(List.of("published", "corrected"), kinds(changesOf("judgments", corrected)));
        assertEquals(List.of("published", "withdrawn"), kinds(changesOf("judgments", withdrawn)));
        assertEquals(List.of("published", "withdrawn", "published"), kinds(changesOf("judgments", republished)));
        assertEquals(List.of("listed"), kinds(changesOf("dishonest", listed)));
        assertEquals(List.of("listed", "removed"), kinds(changesOf("dishonest", removed)));
        assertEquals(List.of("listed", "removed"), kinds(changesOf("dishonest", revoked)));
        assertEquals(List.of("listed"), kinds(changesOf("restrictions", listedR)));
        assertEquals(List.of("listed", "removed"), kinds(changesOf("restrictions", removedR)));
        assertEquals(List.of("listed", "removed"), kinds(changesOf("restrictions", revokedR)));
        assertEquals(List.of("listed", "removed"), kinds(changesOf("restrictions", lifted)));
        assertEquals(List.of("listed", "corrected"), kinds(changesOf("restrictions", replaced)));
        assertEquals(List.of("listed"), kinds(changesOf("terminations", terminated)));
        assertEquals("PERFORMED", changesOf("restrictions", removedR).get(1).get("reasonCategory"));
        assertEquals("REVOKED", changesOf("restrictions", revokedR).get(1).get("reasonCategory"));
        assertEquals("PERFORMED", changesOf("restrictions", lifted).get(1).get("reasonCategory"));
        assertEquals(null, changesOf("restrictions", lifted).get(1).get("hash"));
        given().get("/api/records/restrictions/" + lifted)
                .then()
                .statusCode(410)
                .body("takedown.kind", equalTo("removed"));
        given().get("/api/records/terminations/" + terminated)
                .then()
                .statusCode(200)
                .body("amountUnperformed", equalTo(12345.60f));
        Map<String, Object> w = changesOf("judgments", withdrawn).get(1);
        assertEquals("PRIVACY", w.get("reasonCategory"));
        assertEquals(null, w.get("hash"));
        assertEquals("ERROR", changesOf("judgments", republished).get(1).get("reasonCategory"));
        assertEquals("PERFORMED", changesOf("dishonest", removed).get(1).get("reasonCategory"));
        assertEquals("REVOKED", changesOf("dishonest", revoked).get(1).get("reasonCategory"));
        // corrected: a new hash, and the record at the URL has that hash
        List<Map<String, Object>> c = changesOf("judgments", corrected);
        assertTrue(!c.get(0).get("hash").equals(c.get(1).get("hash")));
        Response r = given().get((String) c.get(1).get("url"));
        assertEquals(200, r.statusCode());
        assertEquals(c.get(1).get("hash"), Hashing.sha256(r.asString()));
        assertEquals("\"" + c.get(1).get("hash") + "\"", r.header("ETag"));
        given().header("If-None-Match", r.header("ETag"))
                .get((String) c.get(1).get("url"))
                .then()
                .statusCode(304);
        given().get("/judgments/" + corrected + ".json")
                .then()
                .statusCode(200)
                .header("ETag", r.header("ETag"))
                .body("text", containsString("4350元"))
                .body("sameCase", org.hamcrest.Matchers.empty());

        // a withdrawn document's record and page answer 410 with the register entry, and its text is gone
        given().get("/api/records/judgments/" + withdrawn)
                .then()
                .statusCode(410)
                .body("takedown.kind", equalTo("withdrawn"))
                .body("takedown.reasonCategory", equalTo("PRIVACY"))
                .body("takedown.link", containsString("/takedowns#t-"))
                .body(not(containsString("镜像" + (BASE + 4))));
        given().get("/api/judgments/" + withdrawn)
                .then()
                .statusCode(410)
                .header("Link", containsString("/takedowns#t-"))
                .body("takedown.reason", equalTo("涉及个人信息或隐私"));
        given().accept("text/html")
                .get("/judgments/" + withdrawn)
                .then()
                .statusCode(410)
                .body(containsString("/takedowns#t-"));

        // the register: withdrawals, corrections and removals with court and category, no personal data
        Map<String, String> bodies = new HashMap<>();
        bodies.put(
                "register json",
                given().get("/api/takedowns?limit=1000")
                        .then()
                        .statusCode(200)
                        .body(
                                "takedowns.find { it.id == " + withdrawn + " && it.channel == 'judgments' }.kind",
                                equalTo("withdrawn"))
                        .body(
                                "takedowns.find { it.id == " + withdrawn + " && it.channel == 'judgments' }.court",
                                equalTo("北京市朝阳区人民法院"))
                        .body(
                                "takedowns.find { it.id == " + corrected + " && it.channel == 'judgments' }.kind",
                                equalTo("corrected"))
                        .body(
                                "takedowns.find { it.id == " + removed + " && it.channel == 'dishonest' }.reason",
                                equalTo("已履行义务"))
                        .body("takedowns.find { it.id == " + published + " && it.channel == 'judgments' }", nullValue())
                        .body(
                                "takedowns.find { it.id == " + lifted + " && it.channel == 'restrictions' }.reason",
                                equalTo("已履行义务"))
                        .extract()
                        .asString());
        bodies.put(
                "register page",
                given().accept("text/html")
                        .get("/takedowns")
                        .then()
                        .statusCode(200)
                        .body(containsString(cn(4)))
                        .body(containsString("涉及个人信息或隐私"))
                        .extract()
                        .asString());
        bodies.put(
                "feed",
                given().get("/api/changes?limit=1000")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        Planted.assertAbsent(List.of(withdrawnFor), bodies);
        for (String body : bodies.values()) {
            for (String name : List.of("李镜", "王镜", "周镜", "郑镜", "冯镜", "褚镜", "欧阳娜娜", "赵六", "隐名处理有误")) {
                assertTrue(
                        !body.contains(name),
                        name + " must not appear in " + body.substring(0, Math.min(200, body.length())));
            }
        }

        // the mirror: an empty store, the feed from the start, each record fetched and checked against its hash
        Map<String, String> mirror = new TreeMap<>();
        String cursor = "0";
        int applied = 0;
        while (true) {
            JsonPath p = given().queryParam("since", cursor)
                    .queryParam("limit", 7)
                    .get("/api/changes")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> page = p.getList("changes");
            if (page.isEmpty()) {
                assertEquals(cursor, p.getString("next"), "an empty page keeps the cursor");
                break;
            }
            for (Map<String, Object> ch : page) {
                String key = ch.get("channel") + "/" + ch.get("id");
                String hash = (String) ch.get("hash");
                if (hash == null) {
                    mirror.remove(key);
                } else {
                    Response rec = given().get((String) ch.get("url"));
                    if (rec.statusCode() == 200 && hash.equals(Hashing.sha256(rec.asString()))) {
                        mirror.put(key, rec.asString());
                    } // else a later entry of the feed brings the newer version (or its removal)
                }
                applied++;
            }
            cursor = p.getString("next");
        }
        Map<String, String> portal = portalRecords();
        assertEquals(portal.keySet(), mirror.keySet(), "the mirror holds exactly the portal's public records");
        for (var e : portal.entrySet()) {
            assertEquals(e.getValue(), mirror.get(e.getKey()), "record " + e.getKey());
        }
        assertTrue(mirror.containsKey("judgments/" + published)
                && mirror.containsKey("judgments/" + stub)
                && mirror.containsKey("judgments/" + republished)
                && mirror.containsKey("dishonest/" + listed));
        assertTrue(!mirror.containsKey("judgments/" + withdrawn)
                && !mirror.containsKey("dishonest/" + removed)
                && !mirror.containsKey("dishonest/" + revoked));
        assertTrue(mirror.containsKey("restrictions/" + listedR)
                && mirror.containsKey("restrictions/" + replaced)
                && mirror.containsKey("terminations/" + terminated));
        assertTrue(!mirror.containsKey("restrictions/" + removedR)
                && !mirror.containsKey("restrictions/" + revokedR)
                && !mirror.containsKey("restrictions/" + lifted));
        System.out.printf(
                "mirror test: %d changes replayed, %d records in the mirror = portal (%d judgments, %d listings,"
                        + " %d restrictions, %d terminated cases)%n",
                applied,
                mirror.size(),
                count(portal, "judgments/"),
                count(portal, "dishonest/"),
                count(portal, "restrictions/"),
                count(portal, "terminations/"));
    }

    /** Every public record of the portal, read from its database and fetched at its canonical URL. */
    private Map<String, String> portalRecords() {
        List<Long> judgments = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select j.id from Judgment j where j.status in (org.gongkai.judgments.Judgment.Status.PUBLISHED,"
                                        + " org.gongkai.judgments.Judgment.Status.REPUBLISHED, org.gongkai.judgments.Judgment.Status.STUB)",
                                Long.class)
                        .getResultList());
        LocalDate today = clock.today();
        List<Long> listings = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select l.id from DishonestListing l where l.state in (org.gongkai.enforcement.DishonestListing.State.LISTED,"
                                        + " org.gongkai.enforcement.DishonestListing.State.CORRECTED) and (l.termEnd is null or l.termEnd >= ?1)",
                                Long.class)
                        .setParameter(1, today)
                        .getResultList());
        Map<String, String> out = new TreeMap<>();
        for (long id : judgments) {
            out.put(
                    "judgments/" + id,
                    given().get("/api/records/judgments/" + id)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString());
        }
        for (long id : listings) {
            out.put(
                    "dishonest/" + id,
                    given().get("/api/records/dishonest/" + id)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString());
        }
        List<Long> restrictions = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select r.id from ConsumptionRestriction r where r.state ="
                                        + " org.gongkai.enforcement.ConsumptionRestriction.State.IN_FORCE",
                                Long.class)
                        .getResultList());
        for (long id : restrictions) {
            out.put(
                    "restrictions/" + id,
                    given().get("/api/records/restrictions/" + id)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString());
        }
        List<Long> terminations = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select t.id from TerminatedCase t", Long.class)
                        .getResultList());
        for (long id : terminations) {
            out.put(
                    "terminations/" + id,
                    given().get("/api/records/terminations/" + id)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString());
        }
        return out;
    }

    private long restrictionOf(long listing) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select l.restrictionId from DishonestListing l where l.id = ?1", Long.class)
                        .setParameter(1, listing)
                        .getSingleResult());
    }

    private static long count(Map<String, String> records, String prefix) {
        return records.keySet().stream().filter(k -> k.startsWith(prefix)).count();
    }

    private static List<String> kinds(List<Map<String, Object>> changes) {
        return changes.stream().map(c -> (String) c.get("kind")).toList();
    }

    @Test
    void aBadCursorOrLimitIsAClear400() {
        given().get("/api/changes?since=abc")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("field", equalTo("since"));
        given().get("/api/changes?since=-1").then().statusCode(400);
        given().get("/api/changes?limit=0").then().statusCode(400).body("field", equalTo("limit"));
        given().get("/api/changes?limit=100000").then().statusCode(400);
        given().get("/api/takedowns?channel=nope").then().statusCode(400).body("field", equalTo("channel"));
        given().get("/api/records/nope/1").then().statusCode(404);
        given().get("/api/records/judgments/999999999").then().statusCode(404);
        given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "x", "reasonCategory", "whatever"))
                .post("/api/publish/judgments/" + publish(judgment(9, "吴九")) + "/withdraw")
                .then()
                .statusCode(400)
                .body("field", equalTo("reasonCategory"));
    }
}
