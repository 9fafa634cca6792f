package org.gongkai.web;

import static io.restassured.RestAssured.given;
import static org.gongkai.TestSupport.bearer;
import static org.gongkai.TestSupport.courtToken;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.gongkai.judgments.JudgmentFixtures;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, court completeness: a court that closed three cases in the process channel and published a judgment for
 * one and the rules' stub for another is 2/3 complete; its documents published late and on time give its on-time share
 * and median delay; stubs count per rule 1.2 category; the page (chart + table), JSON and CSV say the same.
 */
@QuarkusTest
class CompletenessTest {
    static final String COURT = "吉0102"; // used by no other test: its numbers are this test's alone
    static final String NAME = "吉林省长春市南关区人民法院";

    static String cn() {
        return "（2026）" + COURT + "民初" + ThreadLocalRandom.current().nextInt(100_000, 900_000) + "号";
    }

    static void closedCase(String caseNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("caseNumber", caseNumber);
        body.put("court", COURT);
        body.put("cause", "买卖合同纠纷");
        body.put("filingDate", "2026-01-10");
        body.put("publicInterest", false);
        body.put(
                "parties",
                List.of(Map.of(
                        "name", "长春某某贸易有限公司", "role", "原告", "kind", "ORGANISATION", "idNumber", "91110105MA01234567")));
        given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/publish/cases")
                .then()
                .statusCode(201);
        given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(Map.of("type", "CLOSED", "time", "2026-04-01T16:00", "actor", "民一庭", "description", "判决结案"))
                .post("/api/publish/cases/{cn}/events", caseNumber)
                .then()
                .statusCode(201);
    }

    static String publish(String caseNumber, String effective, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(
                JudgmentFixtures.civil(caseNumber, COURT, "慕容雪", "110105198503021233", "独孤明", "民间借贷纠纷", "另查明，借条一份。"));
        body.put("effectiveDate", effective);
        body.putAll(extra);
        return given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/publish/judgments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("status");
    }

    @Test
    void aCourtsCompletenessDelayAndWithheldShareAreItsOwnRecords() {
        String published = cn();
        String mediated = cn();
        String silent = cn();
        for (String c : List.of(published, mediated, silent)) {
            closedCase(c);
        }
        String today = java.time.LocalDate.now(org.gongkai.platform.ClockProducer.CHINA)
                .toString();
        assertEquals("PUBLISHED", publish(published, today, Map.of()));
        assertEquals("STUB", publish(mediated, "2024-07-05", Map.of("documentKind", "调解书", "mediation", true)));
        assertEquals("PUBLISHED", publish(cn(), "2024-07-05", Map.of())); // a case not closed in the process channel

        JsonPath api = given().get("/api/courts/completeness")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> court = api.getMap("courts.find { it.code == '" + COURT + "' }");
        assertNotNull(court, "the court has a row");
        assertEquals(NAME, court.get("name"));
        assertEquals(3, ((Number) court.get("casesClosed")).intValue());
        assertEquals(2, ((Number) court.get("closedWithJudgment")).intValue());
        assertEquals(0.667, ((Number) court.get("completeness")).doubleValue(), 1e-6);
        assertEquals(3, ((Number) court.get("decided")).intValue());
        assertEquals(1, ((Number) court.get("withheld")).intValue());
        assertEquals(Map.of("MEDIATION", 1), court.get("withheldByReason"));
        long pub = ((Number) court.get("published")).longValue();
        long onTime = ((Number) court.get("onTime")).longValue();
        assertTrue(pub >= 2 && onTime >= 1 && onTime < pub, "one on time, the 2024 ones late: " + court);
        assertNotNull(court.get("medianDelayWorkingDays"));
        Map<String, Object> province = api.getMap("provinces.find { it.name == '吉林省' }");
        assertTrue(((Number) province.get("casesClosed")).intValue() >= 3);
        assertEquals("调解结案", api.getString("reasons.MEDIATION"));
        // ranked by completeness, highest first
        List<Float> ranks = api.getList("courts.findAll { it.completeness != null }.completeness", Float.class);
        for (int i = 1; i < ranks.size(); i++) {
            assertTrue(ranks.get(i - 1) >= ranks.get(i), "ranked: " + ranks);
        }

        String page = given().accept("text/html")
                .get("/courts/completeness")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(page.contains("<svg") && page.contains("role=\"img\"") && page.contains(NAME));
        assertTrue(page.contains("66.7%"), "the table shows the court's completeness");
        assertTrue(!page.contains("<script"), "no script");
        given().get("/api/courts/completeness.csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                // headings and the level in Chinese by default (issue 14)
                .body(containsString("层级,代码,名称,省份,排名,"))
                .body(containsString("未全文公开：涉及国家秘密"))
                .body(containsString("法院," + COURT + "," + NAME + ",吉林省,"))
                .body(containsString(",3,2,0.667,"));
        given().header("Accept-Language", "en")
                .get("/api/courts/completeness.csv")
                .then()
                .statusCode(200)
                .body(containsString("Level,Code,Name,Province,Rank,"))
                .body(containsString("Not published in full: State secrets"))
                .body(containsString("court," + COURT + "," + NAME + ",吉林省,"));
    }
}
