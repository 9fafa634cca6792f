package org.gongkai.enforcement;

import static io.restassured.RestAssured.given;
import static org.gongkai.enforcement.Fixtures.listing;
import static org.gongkai.enforcement.Fixtures.organisation;
import static org.gongkai.enforcement.Fixtures.person;
import static org.gongkai.enforcement.Fixtures.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.Planted;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, "every field": personal data planted in every free-text field of the enforcement channel
 * (obligation, performance, conduct, issuing body, a free-text enforcement basis, the legal
 * representative and restricted person of an organisation) reaches no public surface — JSON, pages,
 * CSV and JSON Lines exports, the Atom feed, lookups — while the names the rules publish (the debtor,
 * the organisation's legal representative) stay and the other people are masked.
 */
@QuarkusTest
class EnforcementFieldsPrivacyTest extends EnforcementTestBase {
    static final String COURT = "湘0105";

    private static String get(String path) {
        return given().urlEncodingEnabled(false)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    @Test
    void everyFieldIsDeidentifiedOnEverySurface() {
        Planted obligation = Planted.in("obligation");
        Planted performance = Planted.in("performance");
        Planted conduct = Planted.in("conduct");
        Planted issuer = Planted.in("basisIssuer");
        Planted basis = Planted.in("basisDocumentNumber");
        Planted representative = Planted.in("legalRepresentative");
        Planted restricted = Planted.in("restrictedPerson");
        Planted terminationBasis = Planted.in("termination basis");
        Planted personConduct = Planted.in("conduct of a person debtor");
        List<Planted> all = List.of(
                obligation,
                performance,
                conduct,
                issuer,
                basis,
                representative,
                restricted,
                terminationBasis,
                personConduct);
        LocalDate d = clock.today().minusMonths(1);
        String org = "长沙开福隐私测试贸易有限公司";

        Map<String, Object> l =
                listing(COURT, organisation(org, "91430105MA4L000001", "钱大海，" + representative.shortClause()), 1, d);
        l.put("obligation", "支付货款12,345.60元，并向" + obligation.clause() + "返还保证金");
        l.put("performance", "全部未履行，" + performance.clause() + "代为履行的部分已退回");
        l.put("conduct", "有履行能力而拒不履行，将财产转移至" + conduct.clause() + "名下");
        l.put("basisIssuer", "长沙仲裁委员会（承办人" + issuer.shortClause() + "）");
        l.put("basisDocumentNumber", "长沙仲裁委员会裁决书（" + basis.shortClause() + "）");
        long listingId = Fixtures.list(COURT, l);

        Map<String, Object> r = Fixtures.restriction(COURT, organisation(org + "二", "91430105MA4L000002", "孙大川"), d);
        r.put("restrictedPerson", "孙大川，" + restricted.shortClause());
        Fixtures.create(COURT, "/restrictions", r);
        Map<String, Object> t =
                Fixtures.termination(COURT, organisation(org + "三", "91430105MA4L000003", "周大江"), d, "100");
        t.put("basisDocumentNumber", "公证债权文书（" + terminationBasis.shortClause() + "）");
        Fixtures.create(COURT, "/terminations", t);

        String debtorId = Fixtures.idNumber();
        Map<String, Object> p = listing(COURT, person("隐私测试人", debtorId), 1, d);
        p.put("conduct", "被执行人隐私测试人（身份证号" + debtorId + "）有履行能力而拒不履行，其妻" + personConduct.clause() + "将财产转移");
        long personListing = Fixtures.list(COURT, p);

        Map<String, String> bodies = new LinkedHashMap<>();
        String c = "court=" + COURT;
        bodies.put(
                "dishonest json",
                given().get("/api/enforcement/dishonest/" + listingId)
                        .then()
                        .statusCode(200)
                        .body("debtorName", equalTo(org))
                        .body("legalRepresentative", containsString("钱大海"))
                        .body("conduct", containsString(conduct.mask()))
                        .body("obligation", containsString(obligation.mask()))
                        .body("amount", equalTo(12345.6f))
                        .extract()
                        .asString());
        bodies.put(
                "person json",
                given().get("/api/enforcement/dishonest/" + personListing)
                        .then()
                        .statusCode(200)
                        .body("conduct", containsString("隐私测试人"))
                        .body("conduct", containsString(personConduct.mask()))
                        .body("conduct", not(containsString(debtorId)))
                        .extract()
                        .asString());
        for (String path : List.of(
                "/api/enforcement/dishonest?" + c,
                "/enforcement/dishonest?" + c,
                "/enforcement/dishonest/" + listingId,
                "/enforcement/dishonest/" + personListing,
                "/api/enforcement/dishonest.csv?" + c,
                "/api/enforcement/dishonest.jsonl?" + c,
                "/enforcement/dishonest/" + URLEncoder.encode(COURT, StandardCharsets.UTF_8) + ".atom",
                "/api/enforcement/restrictions?" + c,
                "/enforcement/restrictions?" + c,
                "/api/enforcement/restrictions.csv?" + c,
                "/api/enforcement/restrictions.jsonl?" + c,
                "/api/enforcement/terminations?" + c,
                "/enforcement/terminations?" + c,
                "/api/enforcement/terminations.csv?" + c,
                "/api/enforcement/terminations.jsonl?" + c,
                "/api/enforcement/dishonest?name=" + URLEncoder.encode("隐私测试人", StandardCharsets.UTF_8) + "&idNumber="
                        + debtorId)) {
            limits.reset(); // the lookups of this test are not what the rate limits are about
            bodies.put(path, get(path.replace(COURT, URLEncoder.encode(COURT, StandardCharsets.UTF_8))));
        }
        Planted.assertAbsent(all, bodies);
        for (String surface : List.of("/api/enforcement/dishonest.csv?" + c, "/enforcement/dishonest/" + listingId)) {
            conduct.assertMaskedIn(surface, bodies.get(surface));
            assertTrue(
                    bodies.get(surface).contains("钱大海"),
                    surface + ": the legal representative is published (rule 3.2)");
        }
        restricted.assertMaskedIn("restrictions", bodies.get("/api/enforcement/restrictions?" + c));
        assertTrue(
                bodies.get("/api/enforcement/restrictions?" + c).contains("孙大川"),
                "the restricted person is published (rule 3.5)");
        terminationBasis.assertMaskedIn("terminations", bodies.get("/api/enforcement/terminations.jsonl?" + c));
        for (String body : bodies.values()) {
            assertTrue(!body.contains(debtorId), "the debtor's full number is never shown");
        }
    }

    @Test
    void aPersonSentAsAnOrganisationIsRefused() {
        LocalDate d = clock.today().minusMonths(1);
        for (String path : List.of("/dishonest", "/restrictions", "/terminations")) {
            Map<String, Object> debtor = organisation("张三丰", "91430105MA4L000009", "张三丰");
            Object body = switch (path) {
                case "/dishonest" -> listing(COURT, debtor, 1, d);
                case "/restrictions" -> Fixtures.restriction(COURT, debtor, d);
                default -> Fixtures.termination(COURT, debtor, d, "1");
            };
            post(COURT, path, body)
                    .statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("field", equalTo("debtor.name"))
                    .body("detail", containsString("自然人"))
                    .body("detail", not(containsString("张三丰")));
        }
        Fixtures.list(COURT, listing(COURT, organisation("华为", "91430105MA4L000010", "任某某"), 1, d));
    }

    @Test
    void aWrongCheckDigitOrBirthDateIsRefusedNamingTheField() {
        LocalDate d = clock.today().minusMonths(1);
        String sound = Fixtures.idNumber();
        String wrong = sound.substring(0, 17) + (sound.charAt(17) == '1' ? '2' : '1');
        for (String bad : List.of(wrong, sound.substring(0, 10) + "1332" + sound.substring(14, 17) + "0")) {
            String detail = post(COURT, "/dishonest", listing(COURT, person("校验位", bad), 1, d))
                    .statusCode(400)
                    .body("field", equalTo("debtor.idNumber"))
                    .extract()
                    .path("detail");
            // Chinese by default: the API speaks the request's language (the English half is for Accept-Language: en)
            assertTrue(detail.contains("身份证号码") && !detail.contains("resident ID number"), detail);
            assertTrue(!detail.contains(bad), detail);
        }
        post(COURT, "/terminations", Fixtures.termination(COURT, person("校验位", wrong), d, "1"))
                .statusCode(400)
                .body("field", equalTo("debtor.idNumber"));
        given().queryParam("name", "校验位")
                .queryParam("court", COURT)
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void aPersonDebtorIsRestrictedHimself() {
        LocalDate d = clock.today().minusMonths(1);
        Map<String, Object> r = Fixtures.restriction(COURT, person("限高本人", Fixtures.idNumber()), d);
        r.put("restrictedPerson", "李秀英");
        post(COURT, "/restrictions", r).statusCode(400).body("field", equalTo("restrictedPerson"));
        r.put("restrictedPerson", "限高本人");
        post(COURT, "/restrictions", r).statusCode(201);
    }
}
