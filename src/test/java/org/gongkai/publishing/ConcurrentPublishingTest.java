package org.gongkai.publishing;

import static io.restassured.RestAssured.given;
import static org.gongkai.TestSupport.bearer;
import static org.gongkai.TestSupport.courtToken;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.gongkai.Race;
import org.gongkai.Race.Answer;
import org.gongkai.cases.CourtCase;
import org.gongkai.judgments.Judgment;
import org.gongkai.judgments.JudgmentFixtures;
import org.gongkai.judgments.SearchIndexService;
import org.gongkai.platform.AuditService;
import org.gongkai.platform.Json;
import org.junit.jupiter.api.Test;

/**
 * Court requests racing each other on the judgments channel (issue 10): the same submission
 * twice at once, documents of one new case at once, corrections racing a withdrawal. No 5xx,
 * nothing lost or half-stored, the index equal to the database. Run on H2 and on PostgreSQL
 * (GONGKAI_DB_* pointing to a PostgreSQL database): several races only show there.
 */
@QuarkusTest
class ConcurrentPublishingTest {
    private static final String COURT = "京0105";
    private static final AtomicLong SERIAL = new AtomicLong(100_000 + (System.nanoTime() / 1000) % 800_000);

    @TestHTTPResource("/")
    URI base;

    @Inject
    SearchIndexService index;

    @Inject
    AuditService audit;

    private static String caseNumber() {
        return "（2023）" + COURT + "民初" + SERIAL.incrementAndGet() + "号";
    }

    private static Map<String, Object> document(String caseNumber, String plaintiff, String marker) {
        return new HashMap<>(JudgmentFixtures.civil(
                caseNumber, COURT, plaintiff, "110105198503021233", "钱七", "民间借贷纠纷", "借条上写有" + marker + "字样。"));
    }

    private IntFunction<HttpRequest> post(String path, Object body) {
        String json = Json.write(body);
        String token = courtToken(COURT);
        return i -> Race.json(base, "POST", path, token, json);
    }

    private static int publish(Map<String, Object> body) {
        return given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/publish/judgments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Judgment stored(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Judgment.<Judgment>findById(id));
    }

    /** The index holds the judgment exactly when the database says it is public. */
    private void assertIndexMatchesDatabase(long id) {
        Judgment j = stored(id);
        Set<Long> inIndex = index.index().allIds();
        assertEquals(
                j.status.isPublic(), inIndex.contains(id), "judgment " + id + " is " + j.status + " in the database");
    }

    private List<String> actions(long id) {
        return audit.list(null, "judgment", String.valueOf(id), 0, 100).stream()
                .sorted(java.util.Comparator.comparingLong(AuditService.AuditView::id))
                .map(AuditService.AuditView::action)
                .toList();
    }

    @Test
    void theSameSubmissionSentAtOnceIsStoredOnceAndEveryoneGetsTheSameReceipt() {
        String cn = caseNumber();
        List<Answer> answers = Race.at(6, post("/api/publish/judgments", document(cn, "赵六", "并发同件")));
        Race.assertStatuses(answers, 201, 200, 409);
        assertEquals(
                1, Race.count(answers, 201), "exactly one submission creates the judgment: " + Race.summary(answers));
        Set<Long> ids =
                answers.stream().filter(a -> a.status() < 300).map(Answer::id).collect(Collectors.toSet());
        assertEquals(1, ids.size(), "every receipt names the same judgment: " + ids);
        long id = ids.iterator().next();
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Judgment.count("caseNumber", cn)));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> CourtCase.count("caseNumber", cn)));
        given().when()
                .get("/api/judgments/" + id)
                .then()
                .statusCode(200)
                .body("caseNumber", equalTo(cn))
                .body("text", containsString("并发同件"))
                .body("text", not(containsString("赵六")));
        assertIndexMatchesDatabase(id);
        assertEquals(List.of("PUBLISH"), actions(id));
    }

    @Test
    void documentsOfOneNewCaseSentAtOnceAreAllStoredUnderOneCase() {
        String cn = caseNumber();
        String[] plaintiffs = {"孙一", "孙二", "孙三", "孙四"};
        String[] markers = {"同案甲件", "同案乙件", "同案丙件", "同案丁件"};
        List<Map<String, Object>> docs = new java.util.ArrayList<>();
        for (int i = 0; i < plaintiffs.length; i++) {
            docs.add(document(cn, plaintiffs[i], markers[i]));
        }
        List<Answer> answers = Race.at(
                docs.size(),
                i -> Race.json(base, "POST", "/api/publish/judgments", courtToken(COURT), Json.write(docs.get(i))));
        Race.assertStatuses(answers, 201);
        assertEquals(
                1L, QuarkusTransaction.requiringNew().call(() -> CourtCase.count("caseNumber", cn)), "one case record");
        assertEquals(
                4L, QuarkusTransaction.requiringNew().call(() -> Judgment.count("caseNumber", cn)), "no document lost");
        for (Answer a : answers) {
            String marker = markers[a.index()];
            given().when()
                    .get("/api/judgments/" + a.id())
                    .then()
                    .statusCode(200)
                    .body("text", containsString(marker))
                    .body("caseNumber", equalTo(cn));
            assertIndexMatchesDatabase(a.id());
            Judgment j = stored(a.id());
            assertEquals(
                    cn,
                    QuarkusTransaction.requiringNew()
                            .call(() -> Judgment.<Judgment>findById(a.id()).courtCase.caseNumber));
            assertTrue(j.status.isPublic());
        }
    }

    @Test
    void correctionsRacingAWithdrawalEndWithdrawnAndNeverPublic() {
        for (int round = 0; round < 4; round++) {
            String cn = caseNumber();
            Map<String, Object> original = document(cn, "周五", "撤回竞态原文");
            long id = publish(original);
            Map<String, Object> fixA = new HashMap<>(original);
            fixA.put("text", ((String) original.get("text")).replace("4300元", "4350元"));
            fixA.put("correctionNote", "受理费笔误");
            Map<String, Object> fixB = new HashMap<>(original);
            fixB.put("text", ((String) original.get("text")).replace("4300元", "4400元"));
            String path = "/api/publish/judgments/" + id;
            String token = courtToken(COURT);
            List<Answer> answers = Race.at(3, i -> switch (i) {
                case 0 -> Race.json(base, "PUT", path, token, Json.write(fixA));
                case 1 -> Race.json(base, "PUT", path, token, Json.write(fixB));
                default -> Race.json(base, "POST", path + "/withdraw", token, Json.write(Map.of("reason", "隐名处理有误")));
            });
            Race.assertStatuses(answers, 200, 409);
            assertEquals(
                    200,
                    answers.get(2).status(),
                    "the withdrawal always succeeds: " + answers.get(2).body());
            Judgment j = stored(id);
            assertEquals(Judgment.Status.WITHDRAWN, j.status, "a withdrawal is never undone by a racing correction");
            given().when().get("/api/judgments/" + id).then().statusCode(410);
            assertIndexMatchesDatabase(id);
            // a correction that answered 200 was applied before the withdrawal; one refused with 409 came after it
            List<String> actions = actions(id);
            assertEquals(1, actions.stream().filter("WITHDRAW"::equals).count(), actions.toString());
            long corrected = answers.subList(0, 2).stream()
                    .filter(a -> a.status() == 200)
                    .count();
            assertEquals(corrected, actions.stream().filter("CORRECT"::equals).count(), actions.toString());
            assertEquals("WITHDRAW", actions.get(actions.size() - 1), "nothing after the withdrawal: " + actions);
            answers.subList(0, 2).stream()
                    .filter(a -> a.status() == 409)
                    .forEach(a -> assertTrue(a.body().contains("republish"), a.body()));
        }
    }

    @Test
    void aCorrectionOfAWithdrawnJudgmentIsRefusedUntilTheCourtRepublishesIt() {
        String cn = caseNumber();
        Map<String, Object> original = document(cn, "吴六", "重新公开原文");
        long id = publish(original);
        String token = courtToken(COURT);
        given().header("Authorization", bearer(token))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "原文与正本不一致"))
                .post("/api/publish/judgments/" + id + "/withdraw")
                .then()
                .statusCode(200);
        Map<String, Object> fixed = new HashMap<>(original);
        fixed.put("text", ((String) original.get("text")).replace("重新公开原文", "重新公开更正文"));
        fixed.put("correctionNote", "与正本核对后更正");
        // a plain correction does not make it public again
        given().header("Authorization", bearer(token))
                .contentType(ContentType.JSON)
                .body(fixed)
                .put("/api/publish/judgments/" + id)
                .then()
                .statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("republish"));
        assertEquals(Judgment.Status.WITHDRAWN, stored(id).status);
        given().when().get("/api/judgments/" + id).then().statusCode(410);
        assertIndexMatchesDatabase(id);
        // another court cannot re-publish it; an invalid body changes nothing
        given().header("Authorization", bearer(courtToken("沪0115")))
                .contentType(ContentType.JSON)
                .body(fixed)
                .post("/api/publish/judgments/" + id + "/republish")
                .then()
                .statusCode(403);
        Map<String, Object> broken = new HashMap<>(fixed);
        broken.put("documentKind", "小说");
        given().header("Authorization", bearer(token))
                .contentType(ContentType.JSON)
                .body(broken)
                .post("/api/publish/judgments/" + id + "/republish")
                .then()
                .statusCode(400)
                .body("field", equalTo("documentKind"));
        assertEquals(Judgment.Status.WITHDRAWN, stored(id).status);
        // the explicit re-publication runs the whole pipeline again and is audited
        given().header("Authorization", bearer(token))
                .contentType(ContentType.JSON)
                .body(fixed)
                .post("/api/publish/judgments/" + id + "/republish")
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id))
                .body("status", equalTo("PUBLISHED"));
        String json = given().when()
                .get("/api/judgments/" + id)
                .then()
                .statusCode(200)
                .body("text", containsString("重新公开更正文"))
                .body("text", not(containsString("重新公开原文")))
                .body("correctionNote", containsString("与正本核对后更正"))
                .extract()
                .asString();
        for (String secret : List.of("吴六", "110105198503021233", "13912345678", "6222020200112233445")) {
            assertFalse(json.contains(secret), "re-published JSON leaks " + secret);
        }
        assertIndexMatchesDatabase(id);
        assertEquals(List.of("PUBLISH", "WITHDRAW", "REPUBLISH"), actions(id));
        var entry = audit.list(null, "judgment", String.valueOf(id), 0, 1).get(0);
        assertEquals("REPUBLISH", entry.action());
        assertTrue(entry.actor().startsWith("token:"), entry.actor());
        assertEquals("与正本核对后更正", entry.reason());
        assertTrue(entry.detail().contains("原文与正本不一致"), "the audit names the withdrawal it ends: " + entry.detail());
        // re-publishing a document that is not withdrawn is a conflict, not a silent correction
        given().header("Authorization", bearer(token))
                .contentType(ContentType.JSON)
                .body(fixed)
                .post("/api/publish/judgments/" + id + "/republish")
                .then()
                .statusCode(409);
    }

    @Test
    void theSameWithdrawalSentAtOnceIsRecordedOnce() {
        long id = publish(document(caseNumber(), "郑九", "重复撤回"));
        String path = "/api/publish/judgments/" + id + "/withdraw";
        List<Answer> answers = Race.at(4, post(path, Map.of("reason", "当事人申请")));
        Race.assertStatuses(answers, 200);
        answers.forEach(a -> assertEquals("WITHDRAWN", a.json().getString("status")));
        assertEquals(List.of("PUBLISH", "WITHDRAW"), actions(id));
        assertIndexMatchesDatabase(id);
    }
}
