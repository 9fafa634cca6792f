package org.gongkai.publishing;

import static io.restassured.RestAssured.given;
import static org.gongkai.TestSupport.bearer;
import static org.gongkai.TestSupport.courtToken;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.gongkai.TestSupport;
import org.gongkai.judgments.JudgmentFixtures;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublishingApiTest {
    private static final String COURT = "京0105";

    private static int publish(Map<String, Object> body, String token, int expectedStatus) {
        return given().header("Authorization", bearer(token))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/publish/judgments")
                .then()
                .statusCode(expectedStatus)
                .extract()
                .path("id");
    }

    @Test
    void publishingNeedsAValidToken() {
        var body =
                JudgmentFixtures.civil("（2024）京0105民初90001号", COURT, "张三丰", "110105198503021233", "李四", "民间借贷纠纷", "");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/publish/judgments")
                .then()
                .statusCode(401)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("缺少令牌"));
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "en")
                .body(body)
                .when()
                .post("/api/publish/judgments")
                .then()
                .statusCode(401)
                .body("title", equalTo("Unauthorized"))
                .body("detail", containsString("missing bearer token"));
        given().header("Authorization", "Bearer gk_not-a-real-token")
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/publish/judgments")
                .then()
                .statusCode(401)
                .body("status", equalTo(401));
    }

    @Test
    void adminIssuesTokensAndCourtTokensCannotUseAdminApi() {
        given().header("Authorization", bearer(TestSupport.ADMIN_TOKEN))
                .contentType(ContentType.JSON)
                .body(Map.of("court", "北京市朝阳区人民法院"))
                .when()
                .post("/api/admin/tokens")
                .then()
                .statusCode(201)
                .body("court", equalTo("京0105"))
                .body("token", notNullValue());
        given().header("Authorization", bearer(TestSupport.ADMIN_TOKEN))
                .contentType(ContentType.JSON)
                .body(Map.of("court", "京X9"))
                .when()
                .post("/api/admin/tokens")
                .then()
                .statusCode(400)
                .body("field", equalTo("court"));
        given().header("Authorization", bearer(courtToken(COURT)))
                .when()
                .get("/api/admin/tokens")
                .then()
                .statusCode(403);
        given().header("Authorization", bearer(TestSupport.ADMIN_TOKEN))
                .when()
                .get("/api/admin/tokens")
                .then()
                .statusCode(200)
                .body("court", hasItem("京0105"))
                .body(not(containsString("tokenHash")));
    }

    @Test
    void publishedJudgmentIsDeidentifiedEverywhere() {
        String token = courtToken(COURT);
        var body = JudgmentFixtures.civil(
                "（2024）京0105民初90002号", COURT, "欧阳娜娜", "110105198503021233", "司马光明", "民间借贷纠纷", "双方约定以翡翠鹦鹉作为信物。");
        int id = publish(body, token, 201);
        String json = given().when()
                .get("/api/judgments/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("caseNumber", equalTo("（2024）京0105民初90002号"))
                .body("court", equalTo("北京市朝阳区人民法院"))
                .body("parties.name", hasItem("欧阳某"))
                .body("parties.name", hasItem("司马某"))
                .body("title", containsString("欧阳某"))
                .body("judges", hasItem("李明华"))
                .body("laws.label", hasItem("《中华人民共和国民法典》第六百六十七条"))
                .extract()
                .asString();
        for (String secret : List.of(
                "欧阳娜娜",
                "司马光明",
                "110105198503021233",
                "110108199007091228",
                "13912345678",
                "6222020200112233445",
                "建国路88号")) {
            org.junit.jupiter.api.Assertions.assertFalse(json.contains(secret), "public JSON leaks " + secret);
        }
        org.junit.jupiter.api.Assertions.assertTrue(json.contains("王建国"), "lawyer kept");
        String text = given().when()
                .get("/api/judgments/" + id + "/text")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertFalse(text.contains("欧阳娜娜") || text.contains("13912345678"));
        String page = given().accept("text/html")
                .when()
                .get("/judgments/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertFalse(page.contains("欧阳娜娜") || page.contains("110105198503021233"));
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("欧阳某"));
        // search finds it, with an escaped, highlighted snippet and no original name
        String hits = given().queryParam("q", "翡翠鹦鹉")
                .when()
                .get("/api/judgments")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("hits[0].id", equalTo(id))
                .body("hits[0].snippet", containsString("<mark>"))
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertFalse(hits.contains("欧阳娜娜"));
    }

    @Test
    void theCourtReadsItsOriginalOtherCourtsDoNot() {
        String token = courtToken(COURT);
        var body =
                JudgmentFixtures.civil("（2024）京0105民初90010号", COURT, "柳如是", "110105198503021233", "钱七", "民间借贷纠纷", "");
        int id = publish(body, token, 201);
        given().header("Authorization", bearer(token))
                .when()
                .get("/api/publish/judgments/" + id)
                .then()
                .statusCode(200)
                .body("originalText", containsString("柳如是"))
                .body("publicText", not(containsString("柳如是")))
                .body("publishDeadline", notNullValue())
                .body("status", equalTo("PUBLISHED"));
        given().header("Authorization", bearer(courtToken("沪0115")))
                .when()
                .get("/api/publish/judgments/" + id)
                .then()
                .statusCode(403);
        given().when().get("/api/publish/judgments/" + id).then().statusCode(401);
    }

    @Test
    void oversizedBodiesAreRefusedWith413() {
        var body = new java.util.HashMap<>(JudgmentFixtures.civil(
                "（2024）京0105民初90011号", COURT, "赵六", "110105198503021233", "钱七", "民间借贷纠纷", "长".repeat(1_100_000)));
        given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/publish/judgments")
                .then()
                .statusCode(413)
                .contentType(containsString("application/problem+json"));
        given().queryParam("q", "（2024）京0105民初90011号")
                .when()
                .get("/api/judgments")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void organisationsArePublishedInFullEvenWhenTheyStartLikeAPersonsName() {
        var body = new java.util.HashMap<>(JudgmentFixtures.civil(
                "（2024）京0105民初90012号", COURT, "吴忠恒", "110105198503021233", "吴忠恒通餐饮管理有限公司", "买卖合同纠纷", ""));
        body.put(
                "parties",
                List.of(
                        Map.of("name", "吴忠恒", "role", "原告", "kind", "PERSON", "idNumber", "110105198503021233"),
                        Map.of("name", "吴忠恒通餐饮管理有限公司", "role", "被告", "kind", "ORGANISATION")));
        int id = publish(body, courtToken(COURT), 201);
        given().when()
                .get("/api/judgments/" + id)
                .then()
                .statusCode(200)
                .body("parties.name", hasItem("吴某"))
                .body("parties.name", hasItem("吴忠恒通餐饮管理有限公司"))
                .body("title", equalTo("吴某与吴忠恒通餐饮管理有限公司买卖合同纠纷一审民事判决书"));
    }

    @Test
    void aMinorDefendantIsRecognisedFromTheIdNumberWithoutTheFlag() {
        var body = new java.util.HashMap<>(
                JudgmentFixtures.civil("（2025）京0105刑初90013号", COURT, "赵六", "110105198503021233", "钱七", "盗窃罪", ""));
        body.put("decisionDate", "2025-06-10");
        body.put("effectiveDate", "2025-06-25");
        body.put(
                "parties",
                List.of(Map.of("name", "钱小七", "role", "被告人", "kind", "PERSON", "idNumber", "110105200901011233")));
        given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/publish/judgments")
                .then()
                .statusCode(201)
                .body("status", equalTo("STUB"));
    }

    @Test
    void sameSubmissionTwiceIsIdempotent() {
        String token = courtToken(COURT);
        var body = JudgmentFixtures.civil("（2024）京0105民初90003号", COURT, "赵六", "110105198503021233", "钱七", "民间借贷纠纷", "");
        int first = publish(body, token, 201);
        int second = publish(body, token, 200);
        org.junit.jupiter.api.Assertions.assertEquals(first, second);
    }

    @Test
    void anotherCourtsTokenIsRefused() {
        var body = JudgmentFixtures.civil("（2024）京0105民初90004号", COURT, "赵六", "110105198503021233", "钱七", "民间借贷纠纷", "");
        given().header("Authorization", bearer(courtToken("沪0115")))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/publish/judgments")
                .then()
                .statusCode(403)
                .body("detail", containsString("沪0115"));
    }

    @Test
    void invalidSubmissionsNameTheField() {
        String token = courtToken(COURT);
        var base = JudgmentFixtures.civil("（2024）京0105民初90005号", COURT, "赵六", "110105198503021233", "钱七", "民间借贷纠纷", "");
        Map<String, String> cases = Map.of(
                "caseNumber", "京0105民初90005",
                "court", "不存在的法院",
                "decisionDate", "2999-01-01",
                "documentKind", "小说",
                "text", "  ");
        cases.forEach((field, bad) -> {
            var body = new java.util.HashMap<>(base);
            body.put(field, bad);
            given().header("Authorization", bearer(token))
                    .contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .post("/api/publish/judgments")
                    .then()
                    .statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("field", equalTo(field))
                    .body("detail", containsString(field));
        });
        given().header("Authorization", bearer(token))
                .contentType(ContentType.JSON)
                .body("{\"caseNumber\": ")
                .when()
                .post("/api/publish/judgments")
                .then()
                .statusCode(400)
                .body("detail", containsString("JSON"));
        given().header("Authorization", bearer(token))
                .contentType(ContentType.JSON)
                .body("[]")
                .when()
                .post("/api/publish/judgments")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(400));
        given().header("Authorization", bearer(token))
                .contentType(ContentType.JSON)
                .body("{\"parties\": \"x\"}")
                .when()
                .post("/api/publish/judgments")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("field", equalTo("parties"));
        // nothing half-written: the case number of the rejected submissions has no document
        given().queryParam("q", "（2024）京0105民初90005号")
                .when()
                .get("/api/judgments")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void withdrawalRemovesFromApiAndSearchAtOnce() {
        String token = courtToken(COURT);
        var body = JudgmentFixtures.civil(
                "（2024）京0105民初90006号", COURT, "赵六", "110105198503021233", "钱七", "民间借贷纠纷", "借条上写有蓝鲸灯塔字样。");
        int id = publish(body, token, 201);
        given().queryParam("q", "蓝鲸灯塔").when().get("/api/judgments").then().body("total", equalTo(1));
        given().header("Authorization", bearer(token))
                .contentType(ContentType.JSON)
                .body(Map.of())
                .when()
                .post("/api/publish/judgments/" + id + "/withdraw")
                .then()
                .statusCode(400)
                .body("field", equalTo("reason"));
        given().header("Authorization", bearer(token))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "隐名处理有误"))
                .when()
                .post("/api/publish/judgments/" + id + "/withdraw")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        given().when().get("/api/judgments/" + id).then().statusCode(410).body("detail", containsString("撤回"));
        given().accept("text/html")
                .when()
                .get("/judgments/" + id)
                .then()
                .statusCode(410)
                .body(containsString("已撤回"));
        given().queryParam("q", "蓝鲸灯塔").when().get("/api/judgments").then().body("total", equalTo(0));
        given().header("Authorization", bearer(TestSupport.ADMIN_TOKEN))
                .queryParam("targetId", String.valueOf(id))
                .when()
                .get("/api/admin/audit")
                .then()
                .statusCode(200)
                .body("action", hasItem("WITHDRAW"))
                .body("action", hasItem("PUBLISH"))
                .body("reason", hasItem("隐名处理有误"));
    }

    @Test
    void correctionRepublishesUnderTheSameUrlWithANote() {
        String token = courtToken(COURT);
        var body = JudgmentFixtures.civil("（2024）京0105民初90007号", COURT, "赵六", "110105198503021233", "钱七", "民间借贷纠纷", "");
        int id = publish(body, token, 201);
        var corrected = new java.util.HashMap<>(body);
        corrected.put("text", ((String) body.get("text")).replace("4300元", "4350元"));
        corrected.put("correctionNote", "案件受理费金额笔误");
        given().header("Authorization", bearer(token))
                .contentType(ContentType.JSON)
                .body(corrected)
                .when()
                .put("/api/publish/judgments/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("url", equalTo("/judgments/" + id));
        given().when()
                .get("/api/judgments/" + id)
                .then()
                .statusCode(200)
                .body("correctionNote", containsString("案件受理费金额笔误"))
                .body("text", containsString("4350元"));
    }

    @Test
    void familyCasesBecomeStubsAndStateSecretsAreWithheld() {
        String token = courtToken(COURT);
        var divorce =
                JudgmentFixtures.civil("（2024）京0105民初90008号", COURT, "赵六", "110105198503021233", "钱七", "离婚纠纷", "");
        int stubId = given().header("Authorization", bearer(token))
                .contentType(ContentType.JSON)
                .body(divorce)
                .when()
                .post("/api/publish/judgments")
                .then()
                .statusCode(201)
                .body("status", equalTo("STUB"))
                .extract()
                .path("id");
        given().when()
                .get("/api/judgments/" + stubId)
                .then()
                .statusCode(200)
                .body("status", equalTo("STUB"))
                .body("stubReason", containsString("离婚"))
                .body("text", nullValue())
                .body("caseNumber", equalTo("（2024）京0105民初90008号"));
        // the stub's full text is not searchable, but its case number leads to the stub
        given().queryParam("q", "(2024)京0105民初90008")
                .when()
                .get("/api/judgments")
                .then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("redirect", equalTo("/judgments/" + stubId));
        given().accept("text/html")
                .when()
                .get("/judgments/" + stubId)
                .then()
                .statusCode(200)
                .body(containsString("不公开理由"))
                .body(not(containsString("赵六")));
        var secret = new java.util.HashMap<>(
                JudgmentFixtures.civil("（2024）京0105民初90009号", COURT, "赵六", "110105198503021233", "钱七", "买卖合同纠纷", ""));
        secret.put("stateSecret", true);
        int secretId = given().header("Authorization", bearer(token))
                .contentType(ContentType.JSON)
                .body(secret)
                .when()
                .post("/api/publish/judgments")
                .then()
                .statusCode(201)
                .body("status", equalTo("WITHHELD"))
                .extract()
                .path("id");
        given().when().get("/api/judgments/" + secretId).then().statusCode(404);
    }

    @Test
    void caseNumberParseEndpoint() {
        given().queryParam("q", "(2023)京0105民初12345")
                .when()
                .get("/api/case-numbers/parse")
                .then()
                .statusCode(200)
                .body("canonical", equalTo("（2023）京0105民初12345号"))
                .body("court", equalTo("北京市朝阳区人民法院"))
                .body("procedure", equalTo("一审"))
                .body("category", equalTo("民事"));
        given().queryParam("q", "2023京0105民初")
                .when()
                .get("/api/case-numbers/parse")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("detail", notNullValue());
    }
}
