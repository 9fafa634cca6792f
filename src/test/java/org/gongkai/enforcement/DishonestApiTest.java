package org.gongkai.enforcement;

import static io.restassured.RestAssured.given;
import static org.gongkai.enforcement.Fixtures.list;
import static org.gongkai.enforcement.Fixtures.listing;
import static org.gongkai.enforcement.Fixtures.person;
import static org.gongkai.enforcement.Fixtures.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.TestSupport;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DishonestApiTest extends EnforcementTestBase {
    static final String COURT = "浙0302";
    static final String OTHER = "苏0508";

    private LocalDate recent() {
        return clock.today().minusMonths(2);
    }

    @Test
    void listingIsCreatedOnceAndShownMasked() {
        String id = Fixtures.idNumber();
        Map<String, Object> body = listing(COURT, person("王建国", id), 2, recent());
        body.put(
                "caseNumber",
                ((String) body.get("caseNumber")).replace("（", "(").replace("）", ") "));
        long listingId = list(COURT, body);
        // the same listing again: 200, same id
        post(COURT, "/dishonest", body).statusCode(200).body("id", equalTo((int) listingId));

        given().get("/api/enforcement/dishonest/" + listingId)
                .then()
                .statusCode(200)
                .body("debtorName", equalTo("王建国"))
                .body("idNumber", equalTo(Fixtures.masked(id)))
                .body("caseNumber", startsWith("（2025）" + COURT + "执"))
                .body("ground", equalTo(2))
                .body("groundLabel", equalTo("以伪造证据、暴力、威胁等方法妨碍、抗拒执行"))
                .body("termMonths", equalTo(24))
                .body("termEnd", equalTo(recent().plusMonths(24).toString()))
                .body("amount", equalTo(12345.6f))
                .body("sex", equalTo(List.of("男", "女").get(Character.getNumericValue(id.charAt(16)) % 2 == 1 ? 0 : 1)))
                .body("court", equalTo("浙江省温州市鹿城区人民法院"))
                .body(not(containsString(id)));

        // person lookup: name + full ID only (issue 9: the 4/6-character suffix lookup is gone, it
        // narrowed the birth date and sequence for every later guess)
        given().queryParam("name", "王建国")
                .queryParam("idNumber", id)
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(200)
                .body("hits.id", hasItem((int) listingId))
                .body(not(containsString(id)));
        for (String part : List.of(
                id.substring(12), id.substring(14), id.substring(0, 6), id.substring(0, 17), "3303*", "%1234")) {
            given().queryParam("name", "王建国")
                    .queryParam("idNumber", part)
                    .get("/api/enforcement/dishonest")
                    .then()
                    .statusCode(400)
                    .body("field", equalTo("idNumber"))
                    .body(not(containsString(part)));
        }
        // a wrong full number (a sound one: a mistyped check digit is a 400 before any lookup) does not match
        String wrong = IdCandidates.number(
                id.substring(0, 6),
                IdNumbers.birthDate(id).orElseThrow(),
                (Integer.parseInt(id.substring(14, 17)) + 2) % 1000);
        given().queryParam("name", "王建国")
                .queryParam("idNumber", wrong)
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("hits.id", not(hasItem((int) listingId)));
        // an ID number without a name is not a lookup
        given().queryParam("idNumber", id)
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(400)
                .body("field", equalTo("name"));
    }

    @Test
    void listingCreatesRestrictionAndPerformedRemovalLiftsIt() {
        String id = Fixtures.idNumber();
        long listingId = list(COURT, listing(COURT, person("李梅", id), 1, recent()));
        var court = given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(COURT)))
                .queryParam("state", "LISTED")
                .queryParam("size", 500)
                .get("/api/publish/enforcement/dishonest")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Integer restrictionId = court.getInt("hits.find { it.listing.id == " + listingId + " }.restrictionId");
        given().queryParam("name", "李梅")
                .queryParam("idNumber", id)
                .get("/api/enforcement/restrictions")
                .then()
                .statusCode(200)
                .body("hits.id", hasItem(restrictionId))
                .body("hits.find { it.id == " + restrictionId + " }.restrictedActs", hasSize(10));

        // removal takes effect at once, everywhere
        post(
                        COURT,
                        "/dishonest/" + listingId + "/remove",
                        Map.of("reason", "PERFORMED", "date", clock.today().toString()))
                .statusCode(200);
        // the old URL answers 410 with the takedown register's entry (issue 15), not a bare 404
        int seq = given().get("/api/enforcement/dishonest/" + listingId)
                .then()
                .statusCode(410)
                .body("takedown.kind", equalTo("removed"))
                .body("takedown.reasonCategory", equalTo("PERFORMED"))
                .body(not(containsString("李梅")))
                .extract()
                .path("takedown.seq");
        given().get("/api/takedowns?channel=dishonest")
                .then()
                .statusCode(200)
                .body("takedowns.find { it.seq == " + seq + " }.id", equalTo((int) listingId));
        given().accept("text/html")
                .get("/enforcement/dishonest/" + listingId)
                .then()
                .statusCode(410)
                .body(containsString("/takedowns#t-"))
                .body(not(containsString("李梅")));
        given().queryParam("name", "李梅")
                .queryParam("idNumber", id)
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("name", "李梅")
                .queryParam("idNumber", id)
                .get("/enforcement/dishonest")
                .then()
                .statusCode(200)
                .body(not(containsString("/enforcement/dishonest/" + listingId + "\"")));
        // performed: the restriction that came with the listing is lifted too
        given().queryParam("name", "李梅")
                .queryParam("idNumber", id)
                .get("/api/enforcement/restrictions")
                .then()
                .statusCode(200)
                .body("hits.id", not(hasItem(restrictionId)));
        // the court still sees it, with its history
        given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(COURT)))
                .queryParam("state", "REMOVED")
                .queryParam("size", 500)
                .get("/api/publish/enforcement/dishonest")
                .then()
                .statusCode(200)
                .body("hits.find { it.listing.id == " + listingId + " }.state", equalTo("REMOVED"))
                .body("hits.find { it.listing.id == " + listingId + " }.stateReason", containsString("已履行"))
                .body("hits.find { it.listing.id == " + listingId + " }.history.toState", contains("LISTED", "REMOVED"))
                .body("hits.find { it.listing.id == " + listingId + " }.history[1].actor", startsWith("token:"));
        // removing twice is a conflict
        post(COURT, "/dishonest/" + listingId + "/remove", Map.of("reason", "PERFORMED"))
                .statusCode(409);
    }

    @Test
    void removalForOtherReasonsKeepsRestrictionInForce() {
        String id = Fixtures.idNumber();
        long listingId = list(COURT, listing(COURT, person("赵强", id), 1, recent()));
        post(COURT, "/dishonest/" + listingId + "/remove", Map.of("reason", "NO_ASSETS"))
                .statusCode(200);
        given().queryParam("name", "赵强")
                .queryParam("idNumber", id)
                .get("/api/enforcement/restrictions")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void correctionStaysPublicWithCorrectedData() {
        String id = Fixtures.idNumber();
        Map<String, Object> body = listing(COURT, person("陈晓", id), 3, recent());
        long listingId = list(COURT, body);
        body.put("conduct", "隐匿财产规避执行（更正）");
        body.put("termMonths", 36);
        body.put("reason", "更正失信期限");
        given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/publish/enforcement/dishonest/" + listingId)
                .then()
                .statusCode(200);
        given().get("/api/enforcement/dishonest/" + listingId)
                .then()
                .statusCode(200)
                .body("state", equalTo("CORRECTED"))
                .body("conduct", equalTo("隐匿财产规避执行（更正）"))
                .body("termMonths", equalTo(36));
        given().get("/enforcement/dishonest/" + listingId)
                .then()
                .statusCode(200)
                .body(containsString("已经执行法院更正"))
                .body(containsString("隐匿财产规避执行（更正）"));
    }

    @Test
    void revokedListingLeavesAndItsRestrictionIsLifted() {
        String id = Fixtures.idNumber();
        long listingId = list(COURT, listing(COURT, person("周平", id), 4, recent()));
        post(COURT, "/dishonest/" + listingId + "/revoke", Map.of())
                .statusCode(400)
                .body("field", equalTo("reason"));
        post(COURT, "/dishonest/" + listingId + "/revoke", Map.of("reason", "错误纳入"))
                .statusCode(200);
        given().get("/api/enforcement/dishonest/" + listingId)
                .then()
                .statusCode(410)
                .body("takedown.reasonCategory", equalTo("REVOKED"))
                .body(not(containsString("周平")));
        given().queryParam("name", "周平")
                .queryParam("idNumber", id)
                .get("/api/enforcement/restrictions")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void minorIsRejected() {
        LocalDate decision = recent();
        // date of birth in the ID number: 17 on the decision date
        String minorId = Fixtures.idNumber(decision.minusYears(17));
        post(COURT, "/dishonest", listing(COURT, person("小明", minorId), 1, decision))
                .statusCode(400)
                .body("field", equalTo("debtor.idNumber"))
                .body("detail", containsString("未满 18 周岁"));
        // explicit birth date
        Map<String, Object> debtor = person("小红", Fixtures.idNumber());
        debtor.put("birthDate", decision.minusYears(18).plusDays(1).toString());
        post(COURT, "/dishonest", listing(COURT, debtor, 1, decision))
                .statusCode(400)
                .body("field", equalTo("debtor.birthDate"));
        // flagged as a minor
        Map<String, Object> flagged = person("小刚", Fixtures.idNumber());
        flagged.put("minor", true);
        post(COURT, "/dishonest", listing(COURT, flagged, 1, decision))
                .statusCode(400)
                .body("field", equalTo("debtor.minor"));
        // 18 today is an adult
        Map<String, Object> adult = person("小华", Fixtures.idNumber(decision.minusYears(18)));
        post(COURT, "/dishonest", listing(COURT, adult, 1, decision)).statusCode(201);
    }

    @Test
    void validationErrorsNameTheField() {
        LocalDate d = recent();
        record Case(String field, Map<String, Object> body) {}
        List<Case> cases = new java.util.ArrayList<>();
        cases.add(new Case(
                "caseNumber",
                with(listing(COURT, person("甲", Fixtures.idNumber()), 1, d), "caseNumber", "（2025）浙0302民初1号")));
        cases.add(new Case(
                "caseNumber",
                with(listing(COURT, person("甲", Fixtures.idNumber()), 1, d), "caseNumber", "not a case number")));
        cases.add(new Case(
                "caseNumber",
                with(listing(COURT, person("甲", Fixtures.idNumber()), 1, d), "caseNumber", "（2025）苏0508执1号")));
        cases.add(new Case("court", with(listing(COURT, person("甲", Fixtures.idNumber()), 1, d), "court", "火星法院")));
        cases.add(new Case("ground", with(listing(COURT, person("甲", Fixtures.idNumber()), 1, d), "ground", 7)));
        cases.add(new Case("ground", with(listing(COURT, person("甲", Fixtures.idNumber()), 1, d), "ground", null)));
        cases.add(new Case(
                "termMonths", with(listing(COURT, person("甲", Fixtures.idNumber()), 2, d), "termMonths", 12)));
        cases.add(new Case(
                "termMonths", with(listing(COURT, person("甲", Fixtures.idNumber()), 2, d), "termMonths", 61)));
        cases.add(new Case(
                "termMonths", with(listing(COURT, person("甲", Fixtures.idNumber()), 1, d), "termMonths", 24)));
        cases.add(new Case(
                "decisionDate",
                with(listing(COURT, person("甲", Fixtures.idNumber()), 1, d), "decisionDate", "2024/01/01")));
        cases.add(new Case(
                "decisionDate",
                with(
                        listing(COURT, person("甲", Fixtures.idNumber()), 1, d),
                        "decisionDate",
                        clock.today().plusDays(3).toString())));
        cases.add(new Case(
                "basisDocumentNumber",
                with(listing(COURT, person("甲", Fixtures.idNumber()), 1, d), "basisDocumentNumber", null)));
        cases.add(new Case(
                "filingDate",
                with(
                        listing(COURT, person("甲", Fixtures.idNumber()), 1, d),
                        "filingDate",
                        d.plusDays(1).toString())));
        cases.add(new Case("debtor", with(listing(COURT, person("甲", Fixtures.idNumber()), 1, d), "debtor", null)));
        cases.add(new Case("debtor.name", listing(COURT, with(person("", Fixtures.idNumber()), "name", " "), 1, d)));
        cases.add(new Case(
                "debtor.kind", listing(COURT, with(person("甲", Fixtures.idNumber()), "kind", "ROBOT"), 1, d)));
        cases.add(new Case("debtor.idNumber", listing(COURT, person("甲", "12345"), 1, d)));
        cases.add(new Case(
                "debtor.idNumber", listing(COURT, with(person("甲", Fixtures.idNumber()), "idNumber", null), 1, d)));
        cases.add(new Case("debtor.creditCode", listing(COURT, Fixtures.organisation("某公司", "bad code!", "张三"), 1, d)));
        cases.add(new Case("debtor.sex", listing(COURT, with(person("甲", Fixtures.idNumber()), "sex", "X"), 1, d)));
        for (Case c : cases) {
            post(COURT, "/dishonest", c.body())
                    .statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("field", equalTo(c.field()))
                    .body("detail", startsWith(c.field()));
        }
        Map<String, Object> r = Fixtures.restriction(COURT, person("乙", Fixtures.idNumber()), d);
        r.put("restrictedActs", List.of("FLIGHTS", "SPACE_TRAVEL"));
        post(COURT, "/restrictions", r).statusCode(400).body("field", equalTo("restrictedActs[1]"));
        Map<String, Object> t = Fixtures.termination(COURT, person("丙", Fixtures.idNumber()), d, "100");
        t.remove("amountUnperformed");
        post(COURT, "/terminations", t).statusCode(400).body("field", equalTo("amountUnperformed"));
        // public query parameters too
        given().queryParam("ground", "9")
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(400)
                .body("field", equalTo("ground"));
        given().queryParam("from", "yesterday")
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(400)
                .body("field", equalTo("from"));
        given().queryParam("sort", "random")
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(400)
                .body("field", equalTo("sort"));
        given().queryParam("size", "1000")
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(400)
                .body("field", equalTo("size"));
        given().queryParam("cursor", "garbage")
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(400)
                .body("field", equalTo("cursor"));
        given().queryParam("minAmount", "5")
                .get("/api/enforcement/restrictions")
                .then()
                .statusCode(400)
                .body("field", equalTo("minAmount"));
    }

    @Test
    void anotherCourtsTokenIsForbidden() {
        long listingId = list(COURT, listing(COURT, person("吴刚", Fixtures.idNumber()), 1, recent()));
        post(OTHER, "/dishonest", listing(COURT, person("吴刚", Fixtures.idNumber()), 1, recent()))
                .statusCode(403);
        post(OTHER, "/restrictions", Fixtures.restriction(COURT, person("吴刚", Fixtures.idNumber()), recent()))
                .statusCode(403);
        post(OTHER, "/terminations", Fixtures.termination(COURT, person("吴刚", Fixtures.idNumber()), recent(), "1"))
                .statusCode(403);
        post(OTHER, "/dishonest/" + listingId + "/remove", Map.of("reason", "PERFORMED"))
                .statusCode(403);
        post(OTHER, "/dishonest/" + listingId + "/revoke", Map.of("reason", "x"))
                .statusCode(403);
        given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(OTHER)))
                .contentType(ContentType.JSON)
                .body(listing(COURT, person("吴刚", Fixtures.idNumber()), 1, recent()))
                .put("/api/publish/enforcement/dishonest/" + listingId)
                .then()
                .statusCode(403);
        given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(OTHER)))
                .queryParam("court", COURT)
                .get("/api/publish/enforcement/dishonest")
                .then()
                .statusCode(403);
        given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(OTHER)))
                .queryParam("court", COURT)
                .get("/api/publish/enforcement/overdue")
                .then()
                .statusCode(403);
        // the other court's own view does not contain this court's listing
        given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(OTHER)))
                .queryParam("size", 500)
                .get("/api/publish/enforcement/dishonest")
                .then()
                .statusCode(200)
                .body("hits.listing.id", not(hasItem((int) listingId)));
        // no token
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/publish/enforcement/dishonest")
                .then()
                .statusCode(401);
        given().get("/api/enforcement/dishonest/" + listingId).then().statusCode(200);
    }

    @Test
    void restrictionAndTerminationIntakeAndLift() {
        String cc = Fixtures.creditCode();
        var org = Fixtures.organisation("温州某某贸易有限公司", cc, "钱某某");
        Map<String, Object> r = Fixtures.restriction(COURT, org, recent());
        long rid = Fixtures.create(COURT, "/restrictions", r);
        post(COURT, "/restrictions", r).statusCode(200).body("id", equalTo((int) rid));
        given().queryParam("creditCode", cc)
                .get("/api/enforcement/restrictions")
                .then()
                .statusCode(200)
                .body("hits[0].id", equalTo((int) rid))
                .body("hits[0].restrictedPerson", equalTo("钱某某"))
                .body("hits[0].restrictedActs", contains("乘坐飞机", "乘坐高铁", "旅游度假"))
                .body("hits[0].orderText", containsString("选择飞机"));
        long tid = Fixtures.create(COURT, "/terminations", Fixtures.termination(COURT, org, recent(), "98765.43"));
        given().queryParam("name", "某某贸易")
                .get("/api/enforcement/terminations")
                .then()
                .statusCode(200)
                .body("hits.id", hasItem((int) tid))
                .body("hits.find { it.id == " + tid + " }.amountUnperformed", equalTo(98765.43f));
        post(COURT, "/restrictions/" + rid + "/lift", Map.of("reason", "被执行人已履行完毕"))
                .statusCode(200);
        given().queryParam("creditCode", cc)
                .get("/api/enforcement/restrictions")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        post(COURT, "/restrictions/" + rid + "/lift", Map.of()).statusCode(409);
        // terminations stay public
        given().queryParam("creditCode", cc)
                .get("/api/enforcement/terminations")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void browseFiltersSortsAndPages() {
        String court = "闽0203";
        String tag = "厦门页测" + System.nanoTime() % 100000;
        LocalDate base = recent();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> l = listing(
                    court,
                    Fixtures.organisation(tag + "公司" + i, Fixtures.creditCode(), "法人" + i),
                    1 + i,
                    base.minusDays(i));
            l.put("amount", 1000 * (i + 1));
            list(court, l);
        }
        var first = given().queryParam("q", tag)
                .queryParam("size", 2)
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(200)
                .body("total", equalTo(5))
                .body("hits", hasSize(2))
                .body("hits[0].debtorName", equalTo(tag + "公司0"))
                .extract()
                .jsonPath();
        String next = first.getString("next");
        var second = given().queryParam("q", tag)
                .queryParam("size", 2)
                .queryParam("cursor", next)
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(200)
                .body("hits", hasSize(2))
                .body("hits[0].debtorName", equalTo(tag + "公司2"))
                .extract()
                .jsonPath();
        given().queryParam("q", tag)
                .queryParam("size", 2)
                .queryParam("cursor", second.getString("next"))
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(200)
                .body("hits", hasSize(1))
                .body("next", nullValue());
        given().queryParam("q", tag)
                .queryParam("sort", "amount")
                .queryParam("minAmount", "2000")
                .queryParam("maxAmount", "4000")
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(200)
                .body("hits.debtorName", contains(tag + "公司3", tag + "公司2", tag + "公司1"));
        given().queryParam("q", tag)
                .queryParam("ground", 3)
                .queryParam("court", "福建省厦门市思明区人民法院")
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        given().queryParam("q", tag)
                .queryParam("province", "福建")
                .queryParam("kind", "ORGANISATION")
                .queryParam("from", base.minusDays(1).toString())
                .queryParam("to", base.toString())
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
        // the HTML list pages without JavaScript: a next link carrying the filters
        String html = given().queryParam("q", tag)
                .queryParam("size", 2)
                .get("/enforcement/dishonest")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("下一页"), html);
        org.junit.jupiter.api.Assertions.assertTrue(html.contains(tag + "公司1"));
        assertEquals(
                5,
                given().queryParam("q", tag)
                        .get("/api/enforcement/dishonest.jsonl")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()
                        .lines()
                        .count());
    }

    @Test
    void overdueWhenRestrictionLiftedAsPerformedButListingStays() {
        String court = "鲁0202";
        String id = Fixtures.idNumber();
        long listingId = list(court, listing(court, person("孙立", id), 1, recent()));
        var view = given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(court)))
                .queryParam("size", 500)
                .get("/api/publish/enforcement/dishonest")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        int rid = view.getInt("hits.find { it.listing.id == " + listingId + " }.restrictionId");
        post(
                        court,
                        "/restrictions/" + rid + "/lift",
                        Map.of("reason", "PERFORMED", "date", clock.today().toString()))
                .statusCode(200);
        given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(court)))
                .get("/api/publish/enforcement/overdue")
                .then()
                .statusCode(200)
                .body("id", not(hasItem((int) listingId)));
        clock.fixAt(clock.instant().plus(java.time.Duration.ofDays(10)));
        given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(court)))
                .get("/api/publish/enforcement/overdue")
                .then()
                .statusCode(200)
                .body("id", hasItem((int) listingId))
                .body("find { it.id == " + listingId + " }.dueReason", containsString("已履行"));
    }

    @Test
    void concurrentIdenticalSubmissionsGetOneRecord() throws Exception {
        Map<String, Object> body = listing(COURT, person("并发", Fixtures.idNumber()), 1, recent());
        Fixtures.post(COURT, "/restrictions", Map.of()).statusCode(400); // token issued before the race
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<io.restassured.response.Response>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit(
                        () -> given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(COURT)))
                                .contentType(ContentType.JSON)
                                .body(body)
                                .post("/api/publish/enforcement/dishonest")));
            }
            java.util.Set<Long> ids = new java.util.HashSet<>();
            int created = 0;
            for (var f : calls) {
                var r = f.get();
                org.junit.jupiter.api.Assertions.assertTrue(
                        r.statusCode() == 201 || r.statusCode() == 200, r.asString());
                created += r.statusCode() == 201 ? 1 : 0;
                ids.add(r.jsonPath().getLong("id"));
            }
            assertEquals(1, created);
            assertEquals(1, ids.size());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Object> with(Map<String, Object> m, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(m);
        copy.put(key, value);
        return copy;
    }
}
