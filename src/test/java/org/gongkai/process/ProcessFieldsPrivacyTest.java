package org.gongkai.process;

import static io.restassured.RestAssured.given;
import static org.gongkai.process.ProcessFixtures.addEvent;
import static org.gongkai.process.ProcessFixtures.caseBody;
import static org.gongkai.process.ProcessFixtures.caseNumber;
import static org.gongkai.process.ProcessFixtures.event;
import static org.gongkai.process.ProcessFixtures.login;
import static org.gongkai.process.ProcessFixtures.party;
import static org.gongkai.process.ProcessFixtures.register;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.Planted;
import org.gongkai.TestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, "every field": personal data planted in every free-text field of the process channel
 * (a free-text cause, event descriptions, actors and document titles, time limits, the panel, the
 * hearing's courtroom, judge, cause and party strings, served-document titles and kinds) reaches no
 * surface outside the court: the public timeline of a case of public interest (JSON and page), the
 * hearing announcements (JSON, page, Atom feeds, iCalendar), and another party's view and feeds.
 */
@QuarkusTest
class ProcessFieldsPrivacyTest {
    static final String COURT = "京0111";
    static final String PERSON_ID = "11010519900101007X";
    static final String ORG_ID = "91110111MA01234567";

    @Inject
    AccessLockout lockout;

    @BeforeEach
    void freshCounters() {
        lockout.clear();
    }

    private static String auth() {
        return TestSupport.bearer(TestSupport.courtToken(COURT));
    }

    @Test
    void everyFieldOfACaseIsDeidentifiedOnEverySurface() {
        Planted cause = Planted.in("case cause");
        Planted description = Planted.in("event description");
        Planted actor = Planted.in("event actor");
        Planted document = Planted.in("event document title");
        Planted limit = Planted.in("time limit");
        Planted panel = Planted.in("panel");
        Planted room = Planted.in("hearing courtroom");
        Planted judge = Planted.in("hearing judge");
        Planted hearingCause = Planted.in("hearing cause");
        Planted bareParty = Planted.in("hearing party (bare name)");
        Planted partyString = Planted.in("hearing party (with data)");
        Planted title = Planted.in("served title");
        Planted kind = Planted.in("served kind");
        List<Planted> all = List.of(
                cause,
                description,
                actor,
                document,
                limit,
                panel,
                room,
                judge,
                hearingCause,
                bareParty,
                partyString,
                title,
                kind);

        String cn = caseNumber(COURT);
        Map<String, Object> c = caseBody(
                cn,
                COURT,
                true,
                List.of(party("张三丰", "原告", "PERSON", PERSON_ID), party("北京某某科技有限公司", "被告", "ORGANISATION", ORG_ID)));
        c.put("cause", "因" + cause.shortClause() + "引起的纠纷");
        c.put("causeFreeText", true);
        JsonPath r = register(COURT, c);
        String personCode = r.getString("parties[0].queryCode");
        String orgCode = r.getString("parties[1].queryCode");

        Map<String, Object> filing = event(
                "FILING_RECEIVED",
                "2026-01-10T09:00",
                "立案庭经办人" + actor.shortClause(),
                "收到原告张三丰的起诉状，" + description.clause());
        filing.put("documents", List.of(document.shortClause() + "提交的证据目录"));
        addEvent(COURT, cn, filing);
        addEvent(COURT, cn, event("PANEL_FORMED", "2026-01-12T10:00", "民事审判第一庭", "审判长 王审判，" + panel.clause()));
        Map<String, Object> timeLimit = event("TIME_LIMIT_SET", "2026-01-11T09:00", "立案庭", limit.shortClause());
        timeLimit.put("deadline", "2027-07-10");
        addEvent(COURT, cn, timeLimit);

        Map<String, Object> h = ProcessFixtures.hearing(
                COURT,
                cn,
                "2027-04-01T09:30",
                true,
                List.of("张三丰", "北京某某科技有限公司", bareParty.name(), partyString.shortClause()));
        h.put("courtroom", "第三法庭（" + room.shortClause() + "）");
        h.put("presidingJudge", "王审判，" + judge.shortClause());
        h.put("cause", "因" + hearingCause.shortClause() + "引起的纠纷");
        h.put("causeFreeText", true);
        given().header("Authorization", auth())
                .contentType(ContentType.JSON)
                .body(h)
                .when()
                .post("/api/publish/hearings")
                .then()
                .statusCode(201);

        Map<String, Object> served = new HashMap<>();
        served.put("all", true);
        served.put("title", "应诉通知书（" + title.shortClause() + "）");
        served.put("kind", "通知书" + kind.shortClause());
        served.put("text", "正文");
        given().header("Authorization", auth())
                .contentType(ContentType.JSON)
                .body(served)
                .when()
                .post("/api/publish/cases/{cn}/documents", cn)
                .then()
                .statusCode(201);

        Map<String, String> bodies = new LinkedHashMap<>();
        String encoded = URLEncoder.encode(cn, StandardCharsets.UTF_8);
        bodies.put(
                "public timeline",
                given().urlEncodingEnabled(false)
                        .get("/api/cases/" + encoded + "/timeline")
                        .then()
                        .statusCode(200)
                        .body("timeline.description", hasItem(containsString(description.mask())))
                        .body("parties.name", hasItem("张某"))
                        .extract()
                        .asString());
        bodies.put(
                "public case page",
                given().urlEncodingEnabled(false)
                        .accept("text/html")
                        .get("/cases/" + encoded)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        bodies.put(
                "hearings",
                given().queryParam("q", cn)
                        .get("/api/hearings")
                        .then()
                        .statusCode(200)
                        .body("items[0].parties", hasItem(bareParty.mask()))
                        .body("items[0].parties", hasItem("张某"))
                        .body("items[0].parties", hasItem("北京某某科技有限公司"))
                        .body("items[0].presidingJudge", containsString("王审判"))
                        .body("items[0].cause", containsString(hearingCause.mask()))
                        .extract()
                        .asString());
        bodies.put(
                "hearings page",
                given().accept("text/html")
                        .queryParam("q", cn)
                        .get("/hearings")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        bodies.put(
                "national atom",
                given().get("/hearings.atom").then().statusCode(200).extract().asString());
        bodies.put(
                "court atom",
                given().urlEncodingEnabled(false)
                        .get("/hearings/" + URLEncoder.encode(COURT, StandardCharsets.UTF_8) + ".atom")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        bodies.put(
                "court ics",
                given().urlEncodingEnabled(false)
                        .get("/hearings/" + URLEncoder.encode(COURT, StandardCharsets.UTF_8) + ".ics")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());

        // the company: the person and every planted person masked, in its view, page and feeds
        String orgCookie = login(cn, ORG_ID, orgCode);
        JsonPath orgView = given().cookie(LitigantAccess.COOKIE, orgCookie)
                .get("/api/process/case")
                .then()
                .statusCode(200)
                .body("documents[0].title", containsString(title.mask()))
                .body("timeLimits[0].label", containsString(limit.mask()))
                .body("panel.members", containsString(panel.mask()))
                .extract()
                .jsonPath();
        bodies.put("company's view", orgView.prettify());
        bodies.put(
                "company's page",
                given().cookie(LitigantAccess.COOKIE, orgCookie)
                        .accept("text/html")
                        .get("/process/case")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        bodies.put(
                "company's atom",
                given().get(orgView.getString("feedUrl"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        bodies.put(
                "company's ics",
                given().get(orgView.getString("icsUrl"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        // the person sees their own name, and every planted person masked
        String personCookie = login(cn, PERSON_ID, personCode);
        bodies.put(
                "person's view",
                given().cookie(LitigantAccess.COOKIE, personCookie)
                        .get("/api/process/case")
                        .then()
                        .statusCode(200)
                        .body("timeline[0].description", containsString("张三丰"))
                        .body("timeline[0].description", containsString(description.mask()))
                        .extract()
                        .asString());
        bodies.put(
                "court's served list",
                given().header("Authorization", auth())
                        .get("/api/publish/cases/{cn}/documents", cn)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());

        Planted.assertAbsent(all, bodies);
        for (String surface : List.of("public timeline", "public case page", "company's view", "company's atom")) {
            description.assertMaskedIn(surface, bodies.get(surface));
            assertTrue(!bodies.get(surface).contains("张三丰"), surface + " shows the party's name");
        }
        for (String surface : List.of("hearings", "hearings page", "court atom", "court ics")) {
            bareParty.assertMaskedIn(surface, bodies.get(surface));
            assertTrue(!bodies.get(surface).contains("张三丰"), surface + " shows the party's name");
        }
        cause.assertMaskedIn("public timeline", bodies.get("public timeline"));
        document.assertMaskedIn("company's view", bodies.get("company's view"));
    }

    @Test
    void aPersonSentAsAnOrganisationIsRefusedOnCasesAndAddedParties() {
        String cn = caseNumber(COURT);
        given().header("Authorization", auth())
                .contentType(ContentType.JSON)
                .body(caseBody(
                        cn,
                        COURT,
                        false,
                        List.of(party("李四", "原告", "PERSON", PERSON_ID), party("王小明", "被告", "ORGANISATION", ORG_ID))))
                .when()
                .post("/api/publish/cases")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("field", equalTo("parties[1].name"))
                .body("detail", containsString("自然人"))
                .body("detail", not(containsString("王小明")));
        register(COURT, caseBody(cn, COURT, false, List.of(party("李四", "原告", "PERSON", PERSON_ID))));
        given().header("Authorization", auth())
                .contentType(ContentType.JSON)
                .body(party("欧阳娜娜", "第三人", "ORGANISATION", ORG_ID))
                .when()
                .post("/api/publish/cases/{cn}/parties", cn)
                .then()
                .statusCode(400)
                .body("field", equalTo("name"));
        given().header("Authorization", auth())
                .contentType(ContentType.JSON)
                .body(party("国家电网", "第三人", "ORGANISATION", ORG_ID))
                .when()
                .post("/api/publish/cases/{cn}/parties", cn)
                .then()
                .statusCode(201);
    }

    @Test
    void causesAreCheckedOnCasesAndHearings() {
        String cn = caseNumber(COURT);
        Map<String, Object> c = caseBody(cn, COURT, false, List.of(party("李四", "原告", "PERSON", PERSON_ID)));
        c.put("cause", "李四告张三丰欠钱");
        given().header("Authorization", auth())
                .contentType(ContentType.JSON)
                .body(c)
                .when()
                .post("/api/publish/cases")
                .then()
                .statusCode(400)
                .body("field", equalTo("cause"))
                .body("detail", containsString("causeFreeText"))
                .body("detail", not(containsString("张三丰")));
        c.put("cause", "民间借贷纠纷");
        register(COURT, c);
        Map<String, Object> h = ProcessFixtures.hearing(COURT, cn, "2027-05-01T09:30", true, null);
        h.put("cause", "李四告张三丰欠钱");
        given().header("Authorization", auth())
                .contentType(ContentType.JSON)
                .body(h)
                .when()
                .post("/api/publish/hearings")
                .then()
                .statusCode(400)
                .body("field", equalTo("cause"));
        h.remove("cause");
        given().header("Authorization", auth())
                .contentType(ContentType.JSON)
                .body(h)
                .when()
                .post("/api/publish/hearings")
                .then()
                .statusCode(201);
        given().queryParam("q", cn)
                .get("/api/hearings")
                .then()
                .statusCode(200)
                .body("items[0].cause", equalTo("民间借贷纠纷"));
    }

    @Test
    void wrongCheckDigitsAreRefusedButLawyerLicencesAndCreditCodesAreNotJudgedAsIdNumbers() {
        String cn = caseNumber(COURT);
        given().header("Authorization", auth())
                .contentType(ContentType.JSON)
                .body(caseBody(cn, COURT, false, List.of(party("李四", "原告", "PERSON", "110105199001010071"))))
                .when()
                .post("/api/publish/cases")
                .then()
                .statusCode(400)
                .body("field", equalTo("parties[0].idNumber"))
                .body("detail", containsString("校验位"))
                .body("detail", not(containsString("check digit")))
                .body("detail", not(containsString("110105199001010071")));
        // the court system that asks for English gets the English half
        given().header("Authorization", auth())
                .header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body(caseBody(cn, COURT, false, List.of(party("李四", "原告", "PERSON", "110105199001010071"))))
                .when()
                .post("/api/publish/cases")
                .then()
                .statusCode(400)
                .body("detail", startsWith("parties[0].idNumber: "))
                .body("detail", containsString("check digit"))
                .body("detail", not(containsString("校验位")));
        register(
                COURT,
                caseBody(
                        cn,
                        COURT,
                        false,
                        List.of(
                                party("李四", "原告", "PERSON", PERSON_ID),
                                party("王律师", "委托诉讼代理人", "PERSON", "11101201010123456"),
                                party("北京某某物流有限公司", "被告", "ORGANISATION", "911101110000000001"))));
        given().header("Authorization", auth())
                .contentType(ContentType.JSON)
                .body(party("赵六", "第三人", "PERSON", "110105199002300071"))
                .when()
                .post("/api/publish/cases/{cn}/parties", cn)
                .then()
                .statusCode(400)
                .body("field", equalTo("idNumber"))
                .body("detail", containsString("出生日期"));
    }
}
