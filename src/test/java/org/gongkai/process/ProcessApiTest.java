package org.gongkai.process;

import static io.restassured.RestAssured.given;
import static org.gongkai.process.ProcessFixtures.addEvent;
import static org.gongkai.process.ProcessFixtures.addHearing;
import static org.gongkai.process.ProcessFixtures.caseBody;
import static org.gongkai.process.ProcessFixtures.caseNumber;
import static org.gongkai.process.ProcessFixtures.event;
import static org.gongkai.process.ProcessFixtures.login;
import static org.gongkai.process.ProcessFixtures.party;
import static org.gongkai.process.ProcessFixtures.register;
import static org.gongkai.process.ProcessFixtures.serve;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.TestSupport;
import org.gongkai.platform.ClockProducer;
import org.gongkai.platform.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProcessApiTest {
    /** Next year on the test clock: hearings and time limits that must lie in the future on any day the suite runs. */
    static final int NEXT = Year.now(ClockProducer.testClock()).getValue() + 1;

    static final String COURT = "京0105";
    static final String OTHER_COURT = "京0106";
    static final String PERSON_ID = "11010519900101007X";
    static final String ORG_ID = "91110105MA01234567";

    @Inject
    AccessLockout lockout;

    @Inject
    MutableClock clock;

    @BeforeEach
    void freshCounters() {
        lockout.clear();
    }

    /** A case with a natural person and a company as parties; returns [caseNumber, personId, personCode, orgId, orgCode]. */
    static Object[] newCase(String court, boolean publicInterest) {
        String cn = caseNumber(court);
        JsonPath r = register(
                court,
                caseBody(
                        cn,
                        court,
                        publicInterest,
                        List.of(
                                party("张三丰", "原告", "PERSON", PERSON_ID),
                                party("北京某某科技有限公司", "被告", "ORGANISATION", ORG_ID))));
        assertEquals(cn, r.getString("caseNumber"));
        return new Object[] {
            cn,
            r.getLong("parties[0].id"),
            r.getString("parties[0].queryCode"),
            r.getLong("parties[1].id"),
            r.getString("parties[1].queryCode")
        };
    }

    static String auth(String court) {
        return TestSupport.bearer(TestSupport.courtToken(court));
    }

    @Test
    void registeringACaseGivesEachPartyAQueryCodeOnce() {
        String cn = caseNumber(COURT);
        String variant = cn.replace("（", "(").replace("）", ") ").replace("号", "");
        JsonPath r = register(COURT, caseBody(variant, COURT, false, List.of(party("李四", "原告", "PERSON", PERSON_ID))));
        assertEquals(cn, r.getString("caseNumber"));
        assertEquals(12, r.getString("parties[0].queryCode").length());
        assertEquals("李四", r.getString("parties[0].name"));
        assertFalse(r.prettify().contains(PERSON_ID));
        // re-posting the same case is a conflict
        given().header("Authorization", auth(COURT))
                .contentType(ContentType.JSON)
                .body(caseBody(cn, COURT, false, List.of()))
                .when()
                .post("/api/publish/cases")
                .then()
                .statusCode(409)
                .body("field", equalTo("caseNumber"));
    }

    @Test
    void partySeesTheirCaseAndNothingElse() {
        Object[] a = newCase(COURT, false);
        String cn = (String) a[0];
        addEvent(COURT, cn, event("FILING_RECEIVED", "2026-01-10T09:00", "立案庭", "收到原告张三丰的起诉状"));
        addEvent(COURT, cn, event("ACCEPTED", "2026-01-11T09:00", "立案庭", "决定立案受理"));
        addEvent(COURT, cn, event("PANEL_FORMED", "2026-01-12T10:00", "民事审判第一庭", "审判长 王审判，审判员 李审判，人民陪审员 赵陪审"));
        Map<String, Object> limit = event("TIME_LIMIT_SET", "2026-01-11T09:00", "立案庭", "一审普通程序审限");
        limit.put("deadline", NEXT + "-07-10");
        addEvent(COURT, cn, limit);
        long docA = serve(COURT, cn, (Long) a[1], "应诉通知书", "张三丰：\n本院已受理你诉北京某某科技有限公司买卖合同纠纷一案。");
        addHearing(COURT, cn, NEXT + "-03-01T09:30", true, null);

        Object[] b = newCase(COURT, false);
        long docB = serve(COURT, (String) b[0], (Long) b[1], "传票", "另一案件的传票");

        String cookie =
                login(cn.replace("（", "[").replace("）", "]"), PERSON_ID.toLowerCase(), ((String) a[2]).toLowerCase());
        String body = given().cookie(LitigantAccess.COOKIE, cookie)
                .when()
                .get("/api/process/case")
                .then()
                .statusCode(200)
                .body("case.caseNumber", equalTo(cn))
                .body("case.courtName", equalTo("北京市朝阳区人民法院"))
                .body("party.name", equalTo("张三丰"))
                .body("parties.name", hasItem("北京某某科技有限公司"))
                .body("parties.find { it.self }.name", equalTo("张三丰"))
                .body("panel.members", containsString("王审判"))
                .body("timeline", hasSize(4))
                .body("timeline[0].label", equalTo("收案"))
                .body("timeline[0].description", equalTo("收到原告张三丰的起诉状"))
                .body("timeLimits[0].deadline", equalTo(NEXT + "-07-10"))
                .body("timeLimits[0].daysRemaining", notNullValue())
                .body("hearings", hasSize(1))
                .body("hearings[0].upcoming", equalTo(true))
                .body("documents", hasSize(1))
                .body("documents[0].title", equalTo("应诉通知书"))
                .body("feedUrl", containsString("/process/feed/"))
                .body("icsUrl", containsString(".ics"))
                .extract()
                .asString();
        assertFalse(body.contains(PERSON_ID), "no identity number in the response");
        assertFalse(body.contains(ORG_ID), "no identity number in the response");

        given().cookie(LitigantAccess.COOKIE, cookie)
                .when()
                .get("/api/process/documents/{id}", docA)
                .then()
                .statusCode(200)
                .body("text", containsString("本院已受理"));
        given().cookie(LitigantAccess.COOKIE, cookie)
                .when()
                .get("/api/process/documents/{id}", docB)
                .then()
                .statusCode(404);

        // the company sees the person masked
        String orgCookie = login(cn, ORG_ID, (String) a[4]);
        given().cookie(LitigantAccess.COOKIE, orgCookie)
                .when()
                .get("/api/process/case")
                .then()
                .statusCode(200)
                .body("parties.name", hasItem("张某"))
                .body("parties.name", not(hasItem("张三丰")))
                .body("timeline[0].description", equalTo("收到原告张某的起诉状"))
                .body("documents", hasSize(0));
        given().cookie(LitigantAccess.COOKIE, orgCookie)
                .when()
                .get("/api/process/documents/{id}", docA)
                .then()
                .statusCode(404);
    }

    @Test
    void sessionsRejectNoTamperedOrExpiredCookies() {
        Object[] a = newCase(COURT, false);
        String cookie = login((String) a[0], PERSON_ID, (String) a[2]);
        given().when().get("/api/process/case").then().statusCode(401);
        // sessionId.caseId.partyId.expiry.signature
        String[] parts = cookie.split("\\.");
        assertEquals(5, parts.length, cookie);
        String otherParty = parts[0] + "." + parts[1] + "." + a[3] + "." + parts[3] + "." + parts[4];
        given().cookie(LitigantAccess.COOKIE, otherParty)
                .when()
                .get("/api/process/case")
                .then()
                .statusCode(401);
        String longer =
                parts[0] + "." + parts[1] + "." + parts[2] + "." + (Long.parseLong(parts[3]) + 86400) + "." + parts[4];
        given().cookie(LitigantAccess.COOKIE, longer)
                .when()
                .get("/api/process/case")
                .then()
                .statusCode(401);
        given().cookie(LitigantAccess.COOKIE, cookie)
                .when()
                .get("/api/process/case")
                .then()
                .statusCode(200);
        try {
            clock.shift(Duration.ofHours(2).plusMinutes(1));
            given().cookie(LitigantAccess.COOKIE, cookie)
                    .when()
                    .get("/api/process/case")
                    .then()
                    .statusCode(401);
        } finally {
            clock.reset();
        }
    }

    @Test
    void everyWrongValueGivesTheSameAnswer() {
        Object[] a = newCase(COURT, false);
        String cn = (String) a[0];
        String code = (String) a[2];
        // the company leaves the case
        given().header("Authorization", auth(COURT))
                .post("/api/publish/cases/{cn}/parties/{id}/leave", cn, a[3])
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        List<Map<String, Object>> attempts = List.of(
                Map.of("caseNumber", caseNumber(COURT), "idNumber", PERSON_ID, "queryCode", code),
                Map.of("caseNumber", cn, "idNumber", "110105199001019998", "queryCode", code),
                Map.of("caseNumber", cn, "idNumber", PERSON_ID, "queryCode", "WRONGCODE234"),
                Map.of("caseNumber", cn, "idNumber", ORG_ID, "queryCode", (String) a[4]),
                Map.of("caseNumber", "不是案号", "idNumber", PERSON_ID, "queryCode", code));
        String first = null;
        for (Map<String, Object> attempt : attempts) {
            String body = given().contentType(ContentType.JSON)
                    .body(attempt)
                    .when()
                    .post("/api/process/access")
                    .then()
                    .statusCode(401)
                    .header("Set-Cookie", nullValue())
                    .body("detail", equalTo("案号、身份证件号码或查询码不正确"))
                    .extract()
                    .asString();
            if (first == null) {
                first = body;
            }
            assertEquals(first, body, "identical body for " + attempt);
        }
    }

    @Test
    void failuresLockOutTheCaseAndTheClient() {
        Object[] a = newCase(COURT, false);
        String cn = (String) a[0];
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("caseNumber", cn, "idNumber", PERSON_ID, "queryCode", "BADCODE" + i))
                    .post("/api/process/access")
                    .then()
                    .statusCode(401);
        }
        // even the right values are refused while locked
        given().contentType(ContentType.JSON)
                .body(Map.of("caseNumber", cn, "idNumber", PERSON_ID, "queryCode", a[2]))
                .post("/api/process/access")
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body("detail", containsString("分钟"));
        // another case is not locked by the first case's failures
        Object[] b = newCase(COURT, false);
        login((String) b[0], PERSON_ID, (String) b[2]);

        lockout.clear();
        for (int i = 0; i < 20; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("caseNumber", caseNumber(COURT), "idNumber", PERSON_ID, "queryCode", "X"))
                    .post("/api/process/access")
                    .then()
                    .statusCode(401);
        }
        Response r = given().contentType(ContentType.JSON)
                .body(Map.of("caseNumber", b[0], "idNumber", PERSON_ID, "queryCode", b[2]))
                .post("/api/process/access");
        assertEquals(429, r.statusCode());
        long retry = Long.parseLong(r.header("Retry-After"));
        assertTrue(retry > 0 && retry <= 900, "Retry-After " + retry);
        lockout.clear();
    }

    @Test
    void reissuedCodeReplacesTheOldOne() {
        Object[] a = newCase(COURT, false);
        String cn = (String) a[0];
        String feedBefore = given().cookie(LitigantAccess.COOKIE, login(cn, PERSON_ID, (String) a[2]))
                .get("/api/process/case")
                .then()
                .extract()
                .path("feedUrl");
        String newCode = given().header("Authorization", auth(COURT))
                .post("/api/publish/cases/{cn}/parties/{id}/query-code", cn, a[1])
                .then()
                .statusCode(200)
                .extract()
                .path("queryCode");
        assertNotEquals(a[2], newCode);
        given().contentType(ContentType.JSON)
                .body(Map.of("caseNumber", cn, "idNumber", PERSON_ID, "queryCode", a[2]))
                .post("/api/process/access")
                .then()
                .statusCode(401);
        String cookie = login(cn, PERSON_ID, newCode);
        String feedAfter = given().cookie(LitigantAccess.COOKIE, cookie)
                .get("/api/process/case")
                .then()
                .statusCode(200)
                .extract()
                .path("feedUrl");
        assertNotEquals(feedBefore, feedAfter);
        given().get(feedBefore).then().statusCode(404);
        given().get(feedAfter).then().statusCode(200);
    }

    @Test
    void addedPartyGetsAccessAndDepartedPartyLosesIt() {
        Object[] a = newCase(COURT, false);
        String cn = (String) a[0];
        Map<String, Object> agent = party("欧阳娜娜", "第三人", "PERSON", "110101198001010010");
        agent.put("queryCode", "ABCD-EFGH-2345");
        JsonPath p = given().header("Authorization", auth(COURT))
                .contentType(ContentType.JSON)
                .body(agent)
                .post("/api/publish/cases/{cn}/parties", cn)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertEquals("ABCDEFGH2345", p.getString("queryCode"));
        String cookie = login(cn, "110101198001010010", "abcdefgh2345");
        given().cookie(LitigantAccess.COOKIE, cookie)
                .get("/api/process/case")
                .then()
                .statusCode(200)
                .body("party.name", equalTo("欧阳娜娜"));
        given().header("Authorization", auth(COURT))
                .post("/api/publish/cases/{cn}/parties/{id}/leave", cn, p.getLong("id"))
                .then()
                .statusCode(200);
        given().cookie(LitigantAccess.COOKIE, cookie)
                .get("/api/process/case")
                .then()
                .statusCode(401);
    }

    @Test
    void preservationHiddenUntilCarriedOutAndSecretNever() {
        Object[] a = newCase(COURT, false);
        String cn = (String) a[0];
        Map<String, Object> preservation = event("PRESERVATION", "2026-02-01T10:00", "执行局", "冻结被告银行存款");
        long pid = addEvent(COURT, cn, preservation);
        Map<String, Object> secret = event("NOTICE_SERVED", "2026-02-02T10:00", "民一庭", "内部审批");
        secret.put("secret", true);
        addEvent(COURT, cn, secret);
        addEvent(COURT, cn, event("SUMMONS_SERVED", "2026-02-03T10:00", "民一庭", "向被告送达传票"));
        String cookie = login(cn, PERSON_ID, (String) a[2]);
        given().cookie(LitigantAccess.COOKIE, cookie)
                .get("/api/process/case")
                .then()
                .statusCode(200)
                .body("timeline", hasSize(1))
                .body("timeline[0].type", equalTo("SUMMONS_SERVED"));
        given().header("Authorization", auth(COURT))
                .post("/api/publish/cases/{cn}/events/{id}/carried-out", cn, pid)
                .then()
                .statusCode(200)
                .body("carriedOut", equalTo(true));
        String body = given().cookie(LitigantAccess.COOKIE, cookie)
                .get("/api/process/case")
                .then()
                .statusCode(200)
                .body("timeline", hasSize(2))
                .body("timeline.type", hasItem("PRESERVATION"))
                .extract()
                .asString();
        assertFalse(body.contains("内部审批"));
    }

    @Test
    void correctionIsShownAsCorrected() {
        Object[] a = newCase(COURT, false);
        String cn = (String) a[0];
        long id = addEvent(COURT, cn, event("HEARING_HELD", "2026-03-01T09:30", "民一庭", "第一次开庭（地点有误）"));
        Map<String, Object> fixed = event("HEARING_HELD", "2026-03-01T09:30", "民一庭", "第一次开庭，第三法庭");
        given().header("Authorization", auth(COURT))
                .contentType(ContentType.JSON)
                .body(fixed)
                .put("/api/publish/cases/{cn}/events/{id}", cn, id)
                .then()
                .statusCode(200)
                .body("correctedAt", notNullValue());
        addEvent(COURT, cn, event("CLOSED", "2026-04-01T16:00", "民一庭", "判决结案"));
        String cookie = login(cn, PERSON_ID, (String) a[2]);
        given().cookie(LitigantAccess.COOKIE, cookie)
                .get("/api/process/case")
                .then()
                .statusCode(200)
                .body("timeline[0].corrected", equalTo(true))
                .body("timeline[0].correctedAt", notNullValue())
                .body("timeline[0].description", equalTo("第一次开庭，第三法庭"))
                .body("timeline[1].corrected", equalTo(false))
                .body("case.closingDate", equalTo("2026-04-01"));
        given().cookie(LitigantAccess.COOKIE, cookie)
                .accept("text/html")
                .get("/process/case")
                .then()
                .statusCode(200)
                .body(containsString("已更正"))
                .body(not(containsString("地点有误")));
    }

    @Test
    void servedDocumentRecordsTheFirstReadOnceAndTheCourtSeesIt() {
        Object[] a = newCase(COURT, false);
        String cn = (String) a[0];
        long doc = serve(COURT, cn, null, "举证通知书", "请于十五日内提交证据。");
        String cookie = login(cn, PERSON_ID, (String) a[2]);
        given().cookie(LitigantAccess.COOKIE, cookie)
                .get("/api/process/case")
                .then()
                .body("documents[0].firstReadAt", nullValue());
        String first = given().cookie(LitigantAccess.COOKIE, cookie)
                .get("/api/process/documents/{id}", doc)
                .then()
                .statusCode(200)
                .extract()
                .path("firstReadAt");
        try {
            clock.shift(Duration.ofMinutes(30));
            String again = given().cookie(LitigantAccess.COOKIE, cookie)
                    .get("/api/process/documents/{id}", doc)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("firstReadAt");
            assertEquals(first, again);
        } finally {
            clock.reset();
        }
        given().header("Authorization", auth(COURT))
                .get("/api/publish/cases/{cn}/documents", cn)
                .then()
                .statusCode(200)
                .body("[0].title", equalTo("举证通知书"))
                .body("[0].deliveries", hasSize(2))
                .body("[0].deliveries.find { it.partyId == " + a[1] + " }.firstReadAt", notNullValue())
                .body("[0].deliveries.find { it.partyId == " + a[3] + " }.firstReadAt", nullValue())
                .body("[0].deliveries[0].deliveredAt", notNullValue());
        given().header("Authorization", auth(OTHER_COURT))
                .get("/api/publish/cases/{cn}/documents", cn)
                .then()
                .statusCode(403);
    }

    @Test
    void publicHearingListShowsOpenHearingsOnly() {
        String court = "京0108";
        String cn = caseNumber(court);
        register(
                court,
                caseBody(
                        cn,
                        court,
                        false,
                        List.of(
                                party("欧阳娜娜", "原告", "PERSON", PERSON_ID),
                                party("海淀某某餐饮有限公司", "被告", "ORGANISATION", ORG_ID))));
        addHearing(court, cn, NEXT + "-05-06T14:00", true, null);
        String closed = caseNumber(court);
        register(court, caseBody(closed, court, false, List.of(party("王五", "原告", "PERSON", PERSON_ID))));
        addHearing(court, closed, NEXT + "-05-07T14:00", false, null);

        String body = given().queryParam("court", court)
                .get("/api/hearings")
                .then()
                .statusCode(200)
                .body("items.caseNumber", hasItem(cn))
                .body("items.caseNumber", not(hasItem(closed)))
                .extract()
                .asString();
        assertFalse(body.contains("欧阳娜娜"));
        String variant = cn.replace("（", "(").replace("）", ")").replace("号", "");
        given().queryParam("q", variant)
                .get("/api/hearings")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].caseNumber", equalTo(cn))
                .body("items[0].parties", hasItem("欧阳某"))
                .body("items[0].parties", hasItem("海淀某某餐饮有限公司"))
                .body("items[0].courtroom", equalTo("第三法庭"))
                .body("items[0].presidingJudge", equalTo("王审判"));
        given().queryParam("q", "海淀某某餐饮")
                .get("/api/hearings")
                .then()
                .statusCode(200)
                .body("items.caseNumber", hasItem(cn));
        given().queryParam("court", court)
                .queryParam("from", NEXT + "-05-06")
                .queryParam("to", NEXT + "-05-06")
                .queryParam("cause", "买卖")
                .get("/api/hearings")
                .then()
                .statusCode(200)
                .body("items.caseNumber", hasItem(cn));
        given().queryParam("court", court)
                .queryParam("from", NEXT + "-05-07")
                .get("/api/hearings")
                .then()
                .statusCode(200)
                .body("items.caseNumber", not(hasItem(cn)));
        given().queryParam("from", "yesterday")
                .get("/api/hearings")
                .then()
                .statusCode(400)
                .body("field", equalTo("from"));

        // a calendar: by default the coming hearings, soonest first; past ones with a start date or a search
        String past = caseNumber(court);
        register(court, caseBody(past, court, false, List.of(party("赵钱", "原告", "PERSON", PERSON_ID))));
        addHearing(court, past, "2025-03-03T09:00", true, null);
        String later = caseNumber(court);
        register(court, caseBody(later, court, false, List.of(party("孙李", "原告", "PERSON", PERSON_ID))));
        addHearing(court, later, NEXT + "-06-01T09:00", true, null);
        given().queryParam("court", court)
                .get("/api/hearings")
                .then()
                .statusCode(200)
                .body("items.caseNumber", not(hasItem(past)))
                .body("items[0].caseNumber", equalTo(cn));
        given().queryParam("court", court)
                .queryParam("from", "2025-01-01")
                .get("/api/hearings")
                .then()
                .statusCode(200)
                .body("items[0].caseNumber", equalTo(past));
        given().queryParam("q", past)
                .get("/api/hearings")
                .then()
                .statusCode(200)
                .body("items.caseNumber", hasItem(past));

        given().accept("text/html")
                .queryParam("q", variant)
                .get("/hearings")
                .then()
                .statusCode(200)
                .body(containsString(cn))
                .body(containsString("欧阳某"))
                .body(not(containsString("欧阳娜娜")));
    }

    @Test
    void courtFeedsAreAtomAndICalendar() throws Exception {
        String court = "京0107";
        String cn = caseNumber(court);
        register(court, caseBody(cn, court, false, List.of(party("赵六", "原告", "PERSON", PERSON_ID))));
        addHearing(court, cn, NEXT + "-06-01T09:00", true, List.of("赵六", "石景山某某物业有限公司"));
        String atom = given().urlEncodingEnabled(false)
                .get("/hearings/" + java.net.URLEncoder.encode(court, "UTF-8") + ".atom")
                .then()
                .statusCode(200)
                .contentType(containsString("application/atom+xml"))
                .extract()
                .asString();
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(atom.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(
                "feed",
                doc.getDocumentElement().getLocalName() == null
                        ? doc.getDocumentElement().getNodeName()
                        : doc.getDocumentElement().getLocalName());
        assertTrue(doc.getElementsByTagName("entry").getLength() >= 1);
        assertTrue(atom.contains(cn));
        assertTrue(atom.contains("赵某") && !atom.contains("赵六"));
        String ics = given().get("/hearings/" + court + ".ics")
                .then()
                .statusCode(200)
                .contentType(containsString("text/calendar"))
                .extract()
                .asString();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        assertTrue(ics.contains("BEGIN:VEVENT\r\n"));
        assertTrue(ics.contains("DTSTART:" + NEXT + "0601T010000Z\r\n"));
        String national =
                given().get("/hearings.atom").then().statusCode(200).extract().asString();
        assertTrue(national.contains("<entry>"));
        given().get("/hearings/nowhere.atom").then().statusCode(404);
    }

    @Test
    void partyFeedsCarryTheTimelineButNoDocumentText() {
        Object[] a = newCase(COURT, false);
        String cn = (String) a[0];
        addEvent(COURT, cn, event("ACCEPTED", "2026-01-11T09:00", "立案庭", "决定立案受理 & 通知"));
        Map<String, Object> limit = event("TIME_LIMIT_SET", "2026-01-11T09:00", "立案庭", "审限");
        limit.put("deadline", NEXT + "-07-10");
        addEvent(COURT, cn, limit);
        addHearing(COURT, cn, NEXT + "-02-01T09:00", false, null);
        serve(COURT, cn, (Long) a[1], "传票", "机密正文内容");
        String cookie = login(cn, PERSON_ID, (String) a[2]);
        JsonPath v = given().cookie(LitigantAccess.COOKIE, cookie)
                .get("/api/process/case")
                .then()
                .extract()
                .jsonPath();
        String atom = given().get(v.getString("feedUrl"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(atom.contains("决定立案受理 &amp; 通知"));
        assertFalse(atom.contains("机密正文内容"));
        String ics = given().get(v.getString("icsUrl"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(ics.contains("DTSTART:" + NEXT + "0201T010000Z"), "closed hearing shown to the party");
        assertTrue(ics.contains("DTSTART;VALUE=DATE:" + NEXT + "0710"));
        given().get("/process/feed/0000000000000000000000000000000000000000.atom")
                .then()
                .statusCode(404);
    }

    @Test
    void publicInterestCasesHaveAPublicTimeline() {
        Object[] a = newCase(COURT, true);
        String cn = (String) a[0];
        addEvent(COURT, cn, event("ACCEPTED", "2026-01-11T09:00", "立案庭", "决定立案受理原告张三丰的起诉"));
        addEvent(COURT, cn, event("PRESERVATION", "2026-01-12T09:00", "执行局", "查封"));
        String body = given().get(
                        "/api/cases/{cn}/timeline", cn.replace("（", "(").replace("）", ")"))
                .then()
                .statusCode(200)
                .body("case.caseNumber", equalTo(cn))
                .body("timeline", hasSize(1))
                .body("timeline[0].description", equalTo("决定立案受理原告张某的起诉"))
                .body("parties.name", hasItem("张某"))
                .extract()
                .asString();
        assertFalse(body.contains("张三丰"));
        given().accept("text/html")
                .get("/cases/{cn}", cn)
                .then()
                .statusCode(200)
                .body(containsString("决定立案受理"))
                .body(not(containsString("张三丰")));

        Object[] ordinary = newCase(COURT, false);
        String notFound = given().get("/api/cases/{cn}/timeline", ordinary[0])
                .then()
                .statusCode(404)
                .extract()
                .path("detail");
        given().get("/api/cases/{cn}/timeline", caseNumber(COURT))
                .then()
                .statusCode(404)
                .body("detail", equalTo(notFound));
        given().accept("text/html").get("/cases/{cn}", ordinary[0]).then().statusCode(404);
    }

    @Test
    void courtsCannotPublishForOtherCourts() {
        String cn = caseNumber(COURT);
        given().header("Authorization", auth(OTHER_COURT))
                .contentType(ContentType.JSON)
                .body(caseBody(cn, COURT, false, List.of(party("甲", "原告", "PERSON", PERSON_ID))))
                .post("/api/publish/cases")
                .then()
                .statusCode(403);
        Object[] a = newCase(COURT, false);
        given().header("Authorization", auth(OTHER_COURT))
                .contentType(ContentType.JSON)
                .body(event("ACCEPTED", "2026-01-11T09:00", "立案庭", "x"))
                .post("/api/publish/cases/{cn}/events", a[0])
                .then()
                .statusCode(403);
        Map<String, Object> h = new HashMap<>(Map.of(
                "caseNumber",
                a[0],
                "court",
                COURT,
                "courtroom",
                "1",
                "time",
                NEXT + "-01-01T09:00",
                "presidingJudge",
                "x",
                "open",
                true));
        given().header("Authorization", auth(OTHER_COURT))
                .contentType(ContentType.JSON)
                .body(h)
                .post("/api/publish/hearings")
                .then()
                .statusCode(403);
        given().header("Authorization", auth(OTHER_COURT))
                .post("/api/publish/cases/{cn}/parties/{id}/query-code", a[0], a[1])
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(caseBody(cn, COURT, false, List.of()))
                .post("/api/publish/cases")
                .then()
                .statusCode(401);
    }

    @Test
    void validationErrorsNameTheField() {
        String cn = caseNumber(COURT);
        expect400(caseBody("2026京民", COURT, false, List.of()), "caseNumber");
        expect400(caseBody(cn, "京0106", false, List.of()), "court");
        Map<String, Object> future = caseBody(cn, COURT, false, List.of());
        future.put("filingDate", "2099-01-01");
        expect400(future, "filingDate");
        Map<String, Object> noKind = party("甲", "原告", null, PERSON_ID);
        expect400(caseBody(cn, COURT, false, List.of(noKind)), "parties[0].kind");
        expect400(caseBody(cn, COURT, false, List.of(party("甲", "原告", "PERSON", " "))), "parties[0].idNumber");

        Object[] a = newCase(COURT, false);
        expectEvent400(a[0], event("SOMETHING", "2026-01-11T09:00", "x", "x"), "type");
        expectEvent400(a[0], event("ACCEPTED", "11.01.2026", "x", "x"), "time");
        expectEvent400(a[0], event("TIME_LIMIT_SET", "2026-01-11T09:00", "x", "x"), "deadline");
        Map<String, Object> h = new HashMap<>(Map.of(
                "caseNumber",
                a[0],
                "court",
                COURT,
                "courtroom",
                "1",
                "time",
                NEXT + "-01-01T09:00",
                "presidingJudge",
                "x"));
        given().header("Authorization", auth(COURT))
                .contentType(ContentType.JSON)
                .body(h)
                .post("/api/publish/hearings")
                .then()
                .statusCode(400)
                .body("field", equalTo("open"));
        Map<String, Object> d = Map.of("partyId", 999_999_999, "title", "t", "kind", "k", "text", "x");
        given().header("Authorization", auth(COURT))
                .contentType(ContentType.JSON)
                .body(d)
                .post("/api/publish/cases/{cn}/documents", a[0])
                .then()
                .statusCode(400)
                .body("field", equalTo("partyId"));
    }

    private static void expect400(Map<String, Object> body, String field) {
        given().header("Authorization", auth(COURT))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/publish/cases")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("field", equalTo(field));
    }

    private static void expectEvent400(Object cn, Map<String, Object> body, String field) {
        given().header("Authorization", auth(COURT))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/publish/cases/{cn}/events", cn)
                .then()
                .statusCode(400)
                .body("field", equalTo(field));
    }
}
