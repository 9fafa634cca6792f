package org.gongkai.judgments;

import static io.restassured.RestAssured.given;
import static org.gongkai.TestSupport.bearer;
import static org.gongkai.TestSupport.courtToken;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.gongkai.Planted;
import org.gongkai.platform.ClockProducer;
import org.gongkai.platform.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, "reproducible searches": a search pinned to a date ({@code asof}) says how many documents it found at the
 * end of that day and finds now, which were added since and which removed (register data only, never their text or
 * names); a document withdrawn for what its text said is matched by its metadata only.
 */
@QuarkusTest
class PinnedSearchTest {
    static final String COURT = "京0117";

    @Inject
    MutableClock clock;

    static Map<String, Object> judgment(String caseNumber, String plaintiff, String facts) {
        return new HashMap<>(
                JudgmentFixtures.civil(caseNumber, COURT, plaintiff, "110105198503021233", "司马光明", "民间借贷纠纷", facts));
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

    static void withdraw(long id, String reason, String category) {
        given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", reason, "reasonCategory", category))
                .post("/api/publish/judgments/" + id + "/withdraw")
                .then()
                .statusCode(200);
    }

    @Test
    void aPinnedSearchShowsThenAndNowWithTheDocumentsAddedAndRemovedSince() {
        int base = ThreadLocalRandom.current().nextInt(10_000, 90_000);
        String marker = "固定标记" + base;
        String onlyInB = "青铜酒樽" + (base + 500);
        String onlyInD = "紫檀屏风" + (base + 900);
        Planted reasonOfD = Planted.in("withdrawReason (pinned search)");
        String cnA = "（2024）" + COURT + "民初" + base + "号";
        String cnB = "（2024）" + COURT + "民初" + (base + 1) + "号";
        String cnC = "（2024）" + COURT + "民初" + (base + 2) + "号";
        String cnD = "（2024）" + COURT + "民初" + (base + 3) + "号";
        LocalDate pinned = LocalDate.now(clock.withZone(ClockProducer.CHINA)).minusDays(10);
        long a, b, c, d;
        try {
            clock.fixAt(pinned.atTime(10, 0).atZone(ClockProducer.CHINA).toInstant());
            a = publish(judgment(cnA, "欧阳明月", "约定以" + marker + "为凭。"));
            b = publish(judgment(cnB, "上官飞燕", "约定以" + marker + "为凭，" + onlyInB + "。"));
            d = publish(judgment(cnD, "慕容秋水", "约定以" + marker + "为凭，" + onlyInD + "。"));
        } finally {
            clock.reset();
        }
        c = publish(judgment(cnC, "东方既白", "约定以" + marker + "为凭。"));
        withdraw(b, "文书有笔误", "error");
        withdraw(d, "隐名处理有误：未删除" + reasonOfD.clause(), "privacy");

        // then: A and B (D, withdrawn for privacy, is not searched by its text); now: A and C
        JsonPath p = given().queryParam("q", marker)
                .queryParam("asof", pinned.toString())
                .get("/api/judgments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(2, p.getInt("total"));
        assertEquals(pinned.toString(), p.getString("asof.date"));
        assertEquals(2, p.getInt("asof.countThen"));
        assertEquals(2, p.getInt("asof.countNow"));
        assertEquals(1, p.getInt("asof.addedCount"));
        assertEquals(List.of((int) c), p.getList("asof.added.id"));
        assertEquals("/judgments/" + c, p.getString("asof.added[0].url"));
        assertEquals(1, p.getInt("asof.removedCount"));
        assertEquals(List.of((int) b), p.getList("asof.removed.id"));
        assertEquals(cnB, p.getString("asof.removed[0].caseNumber"));
        assertEquals("ERROR", p.getString("asof.removed[0].reasonCategory"));
        assertEquals("withdrawn", p.getString("asof.removed[0].kind"));
        assertNotNull(p.getString("asof.removed[0].removedAt"));
        assertTrue(p.getString("asof.removed[0].register").startsWith("/takedowns#t-"));
        assertEquals(1, p.getInt("asof.removedByMetadata"), "D was compared by its metadata only");
        assertNotNull(p.getString("asof.note"));

        // the words of a text withdrawn for privacy cannot be probed; the same text withdrawn for an error was
        // searchable
        JsonPath probeD = given().queryParam("q", "\"" + onlyInD + "\"")
                .queryParam("asof", pinned.toString())
                .get("/api/judgments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(0, probeD.getInt("asof.countThen"));
        assertEquals(0, probeD.getInt("asof.removedCount"));
        JsonPath probeB = given().queryParam("q", "\"" + onlyInB + "\"")
                .queryParam("asof", pinned.toString())
                .get("/api/judgments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(1, probeB.getInt("asof.countThen"));
        assertEquals(0, probeB.getInt("asof.countNow"));
        // by its metadata D is found: its case number, as of the date and not now
        JsonPath byNumber = given().queryParam("q", cnD)
                .queryParam("asof", pinned.toString())
                .get("/api/judgments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(1, byNumber.getInt("asof.countThen"));
        assertEquals(0, byNumber.getInt("asof.countNow"));
        assertEquals(List.of((int) d), byNumber.getList("asof.removed.id"));
        assertEquals("PRIVACY", byNumber.getString("asof.removed[0].reasonCategory"));
        // pinned to today nothing has changed since
        JsonPath today = given().queryParam("q", marker)
                .queryParam(
                        "asof",
                        LocalDate.now(clock.withZone(ClockProducer.CHINA)).toString())
                .get("/api/judgments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(2, today.getInt("asof.countThen"));
        assertEquals(0, today.getInt("asof.addedCount"));
        // without asof the answer is as before
        assertNull(given().queryParam("q", marker)
                .get("/api/judgments")
                .then()
                .statusCode(200)
                .extract()
                .path("asof"));

        // the page: a box above the results with both lists, and the link that pins a search to today
        String page = given().queryParam("q", marker)
                .queryParam("asof", pinned.toString())
                .accept("text/html")
                .get("/search")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String day = pinned.getYear() + "年" + pinned.getMonthValue() + "月" + pinned.getDayOfMonth() + "日";
        assertTrue(page.contains("截至 " + day + "：2 件；现在：2 件；此后新增 1 件、撤回 1 件"), page);
        assertTrue(page.contains("href=\"/judgments/" + c + "\""), "added document linked");
        assertTrue(page.contains(cnB) && page.contains("理由类别：文书内容有误"), "removed document with its reason category");
        assertTrue(page.contains("asof=" + LocalDate.now(clock.withZone(ClockProducer.CHINA))), "固定此检索 pins to today");
        assertTrue(page.contains("固定此检索"));
        String english = given().queryParam("q", marker)
                .queryParam("asof", pinned.toString())
                .queryParam("lang", "en")
                .accept("text/html")
                .get("/search")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(english.contains("since then 1 added, 1 withdrawn") && english.contains("Pin this search"), english);
        given().queryParam("q", marker)
                .accept("text/html")
                .get("/search")
                .then()
                .statusCode(200)
                .body(containsString("固定此检索"))
                .body(containsString("&amp;asof=" + LocalDate.now(clock.withZone(ClockProducer.CHINA))));

        // never the withdrawn text, the parties' names or the court's words
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("pinned api", p.prettify());
        bodies.put("pinned api by case number", byNumber.prettify());
        bodies.put("pinned page", page);
        Planted.assertAbsent(List.of(reasonOfD), bodies);
        for (var e : bodies.entrySet()) {
            for (String secret : List.of(onlyInB, onlyInD, "上官飞燕", "慕容秋水", "110105198503021233", "笔误", "隐名处理有误")) {
                assertFalse(e.getValue().contains(secret), e.getKey() + " shows " + secret);
            }
        }
    }

    @Test
    void aBadOrFutureDateIsA400WithAClearMessage() {
        given().queryParam("q", "借款")
                .queryParam("asof", "2026-13-45")
                .get("/api/judgments")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("yyyy-MM-dd"));
        String tomorrow =
                LocalDate.now(clock.withZone(ClockProducer.CHINA)).plusDays(1).toString();
        given().queryParam("q", "借款")
                .queryParam("asof", tomorrow)
                .get("/api/judgments")
                .then()
                .statusCode(400)
                .body("detail", containsString("将来"));
        // before the change log began nothing can be told (documents published then have no history)
        publish(judgment(
                "（2024）" + COURT + "民初" + ThreadLocalRandom.current().nextInt(90_000, 99_999) + "号",
                "皇甫云",
                "约定以玉佩为凭。"));
        given().queryParam("q", "借款")
                .queryParam("asof", "2000-01-01")
                .get("/api/judgments")
                .then()
                .statusCode(400)
                .body("detail", containsString("变更记录始于"));
        given().queryParam("q", "借款")
                .queryParam("asof", "昨天")
                .accept("text/html")
                .get("/search")
                .then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("不是日期"));
    }
}
