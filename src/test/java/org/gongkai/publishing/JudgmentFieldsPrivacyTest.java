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

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.Planted;
import org.gongkai.TestSupport;
import org.gongkai.alerts.AlertWorker;
import org.gongkai.alerts.Receiver;
import org.gongkai.judgments.JudgmentFixtures;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, "every field": personal data planted in each free-text field a court sends beside a
 * judgment's text (free-text cause, correction note, withholding reason, withdrawal reason, the
 * submitted title) never reaches a public surface — JSON, page, plain text, search hits, snippets
 * and facets, the process channel's view of the case — and the masked forms do.
 */
@QuarkusTest
class JudgmentFieldsPrivacyTest {
    private static final String COURT = "京0112";

    @jakarta.inject.Inject
    AlertWorker alerts;

    private static Map<String, Object> judgment(String caseNumber, String plaintiff, String cause, String marker) {
        return new HashMap<>(JudgmentFixtures.civil(
                caseNumber, COURT, plaintiff, "110105198503021233", "司马光明", cause, "双方约定以" + marker + "作为信物。"));
    }

    private static int submit(Map<String, Object> body, int status) {
        return given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/publish/judgments")
                .then()
                .statusCode(status)
                .extract()
                .path("id");
    }

    private static String get(String path) {
        return given().when().get(path).then().extract().asString();
    }

    /** The text of a PDF as a reader copies it (whitespace removed: lines may break inside a name). */
    private static String pdfText(String path) {
        byte[] pdf = given().when().get(path).then().statusCode(200).extract().asByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String page(String path) {
        return given().accept("text/html").when().get(path).then().extract().asString();
    }

    @Test
    void aFreeTextCauseACorrectionNoteAndATitleArePublishedDeidentified() throws Exception {
        // issue 15: an alert on the search receives the document by webhook, a public surface like the others
        Receiver receiver = new Receiver();
        String key = given().contentType(ContentType.JSON)
                .body(Map.of("contact", "privacy@example.org"))
                .post("/api/keys")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
        given().header("X-Api-Key", key)
                .contentType(ContentType.JSON)
                .body(Map.of("query", "青瓷麒麟", "callbackUrl", receiver.url("/privacy")))
                .post("/api/alerts")
                .then()
                .statusCode(201);
        Planted cause = Planted.in("cause");
        Planted note = Planted.in("correctionNote");
        Planted title = Planted.in("title");
        String cn = "（2024）京0112民初97101号";
        Map<String, Object> body = judgment(cn, "欧阳娜娜", "因" + cause.shortClause() + "借款引起的纠纷", "青瓷麒麟");
        body.put("causeFreeText", true);
        body.put("title", title.clause() + "民间借贷纠纷一审民事判决书");
        int id = submit(body, 201);
        Map<String, Object> corrected = new HashMap<>(body);
        corrected.put("text", ((String) body.get("text")).replace("4300元", "4350元"));
        corrected.put("correctionNote", "原文将" + note.clause() + "误列为到庭人员");
        given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(corrected)
                .when()
                .put("/api/publish/judgments/" + id)
                .then()
                .statusCode(200);

        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put(
                "json",
                given().when()
                        .get("/api/judgments/" + id)
                        .then()
                        .statusCode(200)
                        .body("correctionNote", containsString(note.mask()))
                        .body("cause", containsString(cause.mask()))
                        .body("title", containsString(cause.mask()))
                        .body("text", containsString("4350元"))
                        .extract()
                        .asString());
        bodies.put("page", page("/judgments/" + id));
        bodies.put("text", get("/api/judgments/" + id + "/text"));
        bodies.put(
                "search",
                given().queryParam("q", "青瓷麒麟")
                        .when()
                        .get("/api/judgments")
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(1))
                        .extract()
                        .asString());
        bodies.put("search page", page("/search?q=青瓷麒麟"));
        bodies.put("case number search", get("/api/judgments?q=" + cn));
        bodies.put("home", page("/"));
        // issue 15's surfaces: formats, search feed, change feed, register
        bodies.put("json format", get("/judgments/" + id + ".json"));
        bodies.put("legaldocml", get("/judgments/" + id + ".xml"));
        bodies.put("pdf", pdfText("/judgments/" + id + ".pdf"));
        bodies.put("canonical record", get("/api/records/judgments/" + id));
        bodies.put("search feed", get("/search.atom?q=青瓷麒麟"));
        bodies.put("change feed", get("/api/changes?limit=1000"));
        bodies.put("takedown register", get("/api/takedowns?limit=1000"));
        bodies.put("takedown page", page("/takedowns"));
        alerts.runOnce();
        receiver.close();
        assertEquals(1, receiver.at("/privacy").size(), "the alert delivered the document");
        bodies.put("alert webhook", receiver.at("/privacy").get(0).body());
        assertTrue(
                bodies.get("alert webhook").contains("\"id\":" + id)
                        && bodies.get("alert webhook").contains(cause.mask()),
                bodies.get("alert webhook"));
        assertTrue(bodies.get("search feed").contains("urn:gongkai:judgment:" + id), bodies.get("search feed"));
        assertTrue(bodies.get("legaldocml").contains("4350元")
                && bodies.get("json format").contains("4350元")
                && bodies.get("pdf").contains("4350元"));
        Planted.assertAbsent(List.of(cause, note, title), bodies);
        cause.assertMaskedIn("page", bodies.get("page"));
        note.assertMaskedIn("plain text", bodies.get("text"));
        assertTrue(bodies.get("search").contains(cause.mask()), "the title in the hit carries the masked cause");
        // the facets of the search carry the public cause
        assertTrue(bodies.get("search").contains("\"cause\""), bodies.get("search"));
        // searching for a planted value finds nothing
        for (Planted p : List.of(cause, note, title)) {
            for (String q : List.of(
                    p.name(), p.phone(), p.idNumber(), "party:" + p.name(), "cause:" + p.name(), "title:" + p.name())) {
                given().queryParam("q", q)
                        .when()
                        .get("/api/judgments")
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(0));
            }
        }
    }

    @Test
    void theReasonOfAStubAndOfAWithdrawalArePublishedDeidentified() {
        Planted withheld = Planted.in("withholdReason");
        Planted withdrawn = Planted.in("withdrawReason");
        Map<String, Object> stub = judgment("（2024）京0112民初97102号", "柳如是", "民间借贷纠纷", "白玉貔貅");
        stub.put("withholdReason", "本案涉及" + withheld.clause() + "的个人隐私");
        int stubId = given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(stub)
                .when()
                .post("/api/publish/judgments")
                .then()
                .statusCode(201)
                .body("status", equalTo("STUB"))
                .extract()
                .path("id");
        int id = submit(judgment("（2024）京0112民初97103号", "钱七", "民间借贷纠纷", "紫铜香炉"), 201);
        given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "隐名处理有误：未删除" + withdrawn.clause()))
                .when()
                .post("/api/publish/judgments/" + id + "/withdraw")
                .then()
                .statusCode(200);

        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put(
                "stub json",
                given().when()
                        .get("/api/judgments/" + stubId)
                        .then()
                        .statusCode(200)
                        .body("stubReason", containsString(withheld.mask()))
                        .extract()
                        .asString());
        bodies.put("stub page", page("/judgments/" + stubId));
        bodies.put("stub text", get("/api/judgments/" + stubId + "/text"));
        bodies.put(
                "withdrawn json",
                given().when()
                        .get("/api/judgments/" + id)
                        .then()
                        .statusCode(410)
                        .contentType(containsString("application/problem+json"))
                        .body("detail", containsString(withdrawn.mask()))
                        .extract()
                        .asString());
        bodies.put(
                "withdrawn page",
                given().accept("text/html")
                        .when()
                        .get("/judgments/" + id)
                        .then()
                        .statusCode(410)
                        .extract()
                        .asString());
        bodies.put("withdrawn text", get("/api/judgments/" + id + "/text"));
        bodies.put("search", get("/api/judgments?q=（2024）京0112民初97102号"));
        // issue 15's surfaces: the withdrawal is registered by category, never by the court's words
        bodies.put("stub legaldocml", get("/judgments/" + stubId + ".xml"));
        bodies.put("stub json format", get("/judgments/" + stubId + ".json"));
        bodies.put(
                "withdrawn legaldocml",
                given().when()
                        .get("/judgments/" + id + ".xml")
                        .then()
                        .statusCode(410)
                        .extract()
                        .asString());
        bodies.put(
                "withdrawn record",
                given().when()
                        .get("/api/records/judgments/" + id)
                        .then()
                        .statusCode(410)
                        .extract()
                        .asString());
        bodies.put("change feed", get("/api/changes?limit=1000"));
        bodies.put(
                "takedown register",
                given().when()
                        .get("/api/takedowns?limit=1000")
                        .then()
                        .statusCode(200)
                        .body("takedowns.find { it.id == " + id + " }.kind", equalTo("withdrawn"))
                        .extract()
                        .asString());
        bodies.put("takedown page", page("/takedowns"));
        Planted.assertAbsent(List.of(withheld, withdrawn), bodies);
        for (String surface : List.of("change feed", "takedown register", "takedown page")) {
            assertFalse(
                    bodies.get(surface).contains(withdrawn.mask())
                            || bodies.get(surface).contains("隐名处理有误"),
                    surface + " carries the reason category, not the court's words");
        }
        withheld.assertMaskedIn("stub page", bodies.get("stub page"));
        withdrawn.assertMaskedIn("withdrawn page", bodies.get("withdrawn page"));
        // the court keeps its own words in the audit trail (never public)
        given().header("Authorization", bearer(TestSupport.ADMIN_TOKEN))
                .queryParam("targetId", String.valueOf(id))
                .when()
                .get("/api/admin/audit")
                .then()
                .statusCode(200)
                .body(containsString(withdrawn.name()));
    }

    @Test
    void aReRunStartsFromTheCourtsWordsAndCatchesDocumentsPublishedBefore() {
        Planted cause = Planted.in("cause (re-run)");
        Map<String, Object> body = judgment("（2024）京0112民初97140号", "赵六", "因" + cause.shortClause() + "引起的纠纷", "景泰蓝");
        body.put("causeFreeText", true);
        long id = submit(body, 201);
        // as a document stored before this change would be: the court's words in the public column, nothing kept apart
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            org.gongkai.judgments.Judgment j = org.gongkai.judgments.Judgment.findById(id);
            assertTrue(j.courtFields.contains(cause.name()), "the court's words are kept apart");
            assertFalse(j.cause.contains(cause.name()));
            j.courtFields = null;
            j.cause = "因" + cause.shortClause() + "引起的纠纷";
        });
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> publisher.redeidentify(id, 1));
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> publisher.redeidentify(id, 1));
        given().when()
                .get("/api/judgments/" + id)
                .then()
                .statusCode(200)
                .body("cause", containsString(cause.mask()))
                .body("cause", not(containsString(cause.name())))
                .body("title", not(containsString(cause.name())));
    }

    @jakarta.inject.Inject
    JudgmentPublisher publisher;

    @Test
    void aPersonSentAsAnOrganisationIsRefusedNamingTheField() {
        for (String name : List.of("张三丰", "王小明", "张\u200B三丰")) {
            Map<String, Object> body = judgment("（2024）京0112民初97104号", "赵六", "民间借贷纠纷", "琉璃宝塔");
            body.put(
                    "parties",
                    List.of(
                            Map.of("name", "赵六", "role", "原告", "kind", "PERSON"),
                            Map.of("name", name, "role", "被告", "kind", "ORGANISATION")));
            given().header("Authorization", bearer(courtToken(COURT)))
                    .contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .post("/api/publish/judgments")
                    .then()
                    .statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("field", equalTo("parties[1].name"))
                    .body("detail", containsString("自然人"))
                    .body("detail", containsString("ORGANISATION"))
                    .body("detail", not(containsString(name)));
        }
        // organisations whose short names start like a surname are organisations
        Map<String, Object> body = judgment("（2024）京0112民初97105号", "赵六", "买卖合同纠纷", "琥珀手串");
        body.put(
                "parties",
                List.of(
                        Map.of("name", "赵六", "role", "原告", "kind", "PERSON"),
                        Map.of("name", "华为", "role", "被告", "kind", "ORGANISATION"),
                        Map.of("name", "国家电网", "role", "第三人", "kind", "ORGANISATION")));
        int id = submit(body, 201);
        given().when()
                .get("/api/judgments/" + id)
                .then()
                .statusCode(200)
                .body("parties.name", org.hamcrest.Matchers.hasItems("华为", "国家电网"));
        given().queryParam("q", "（2024）京0112民初97104号")
                .when()
                .get("/api/judgments")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void aCauseOnNeitherListIsRefusedUnlessFlaggedAndListedCausesPass() {
        Map<String, Object> body = judgment("（2024）京0112民初97106号", "赵六", "张三丰借钱不还纠纷", "翡翠白菜");
        given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/publish/judgments")
                .then()
                .statusCode(400)
                .body("field", equalTo("cause"))
                .body("detail", containsString("案由"))
                .body("detail", containsString("causeFreeText"))
                .body("detail", not(containsString("张三丰")));
        given().queryParam("q", "（2024）京0112民初97106号")
                .when()
                .get("/api/judgments")
                .then()
                .body("total", equalTo(0));
        int n = 0;
        for (String listed : List.of("民间借贷纠纷", "生命权、健康权、身体权纠纷", "民间借贷纠纷、买卖合同纠纷")) {
            n++;
            Map<String, Object> ok = judgment("（2024）京0112民初" + (97110 + n) + "号", "赵六", listed, "铜镜" + n);
            int id = submit(ok, 201);
            given().when().get("/api/judgments/" + id).then().body("cause", equalTo(listed));
        }
        // criminal charges, combined and selective
        for (String charge : List.of("盗窃罪、诈骗罪", "贩卖毒品罪", "走私、贩卖、运输、制造毒品罪")) {
            n++;
            Map<String, Object> crim = judgment("（2024）京0112刑初" + (97120 + n) + "号", "赵六", charge, "玉玺" + n);
            crim.put("parties", List.of(Map.of("name", "赵六", "role", "被告人", "kind", "PERSON")));
            int id = submit(crim, 201);
            given().when().get("/api/judgments/" + id).then().body("cause", equalTo(charge));
        }
    }

    @Test
    void wrongCheckDigitsAndImpossibleBirthDatesAreRefused() {
        for (String[] bad : List.of(
                new String[] {"110105198503021234", "校验位"},
                new String[] {"110105198502301233", "出生日期"},
                new String[] {"１１０１０５１９８５０３０２１２３Ｘ", "校验位"})) {
            Map<String, Object> body = judgment("（2024）京0112民初97130号", "赵六", "民间借贷纠纷", "和田玉");
            body.put(
                    "parties",
                    List.of(
                            Map.of("name", "赵六", "role", "原告", "kind", "PERSON"),
                            Map.of("name", "钱七", "role", "被告", "kind", "PERSON", "idNumber", bad[0])));
            String detail = given().header("Authorization", bearer(courtToken(COURT)))
                    .contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .post("/api/publish/judgments")
                    .then()
                    .statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("field", equalTo("parties[1].idNumber"))
                    .extract()
                    .path("detail");
            // Chinese by default: the English half is for a court system that sends Accept-Language: en
            assertTrue(detail.contains(bad[1]) && !detail.contains("ID number"), detail);
            assertFalse(detail.contains(bad[0]) || detail.contains("19850302"), detail);
        }
        given().queryParam("q", "（2024）京0112民初97130号")
                .when()
                .get("/api/judgments")
                .then()
                .body("total", equalTo(0));
        // an organisation's credit code and a foreigner's passport number are not resident ID numbers
        Map<String, Object> body = judgment("（2024）京0112民初97131号", "赵六", "民间借贷纠纷", "端砚");
        body.put(
                "parties",
                List.of(
                        Map.of("name", "John Smith", "role", "原告", "kind", "PERSON", "idNumber", "E12345678"),
                        Map.of(
                                "name",
                                "北京某某科技有限公司",
                                "role",
                                "被告",
                                "kind",
                                "ORGANISATION",
                                "idNumber",
                                "911101055923456789")));
        assertEquals(
                201,
                given().header("Authorization", bearer(courtToken(COURT)))
                        .contentType(ContentType.JSON)
                        .body(body)
                        .when()
                        .post("/api/publish/judgments")
                        .then()
                        .extract()
                        .statusCode());
    }
}
