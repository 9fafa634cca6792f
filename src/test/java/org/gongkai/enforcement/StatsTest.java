package org.gongkai.enforcement;

import static io.restassured.RestAssured.given;
import static org.gongkai.enforcement.Fixtures.list;
import static org.gongkai.enforcement.Fixtures.listing;
import static org.gongkai.enforcement.Fixtures.person;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Statistics agree with a known set of records in a court no other test uses. */
@QuarkusTest
class StatsTest extends EnforcementTestBase {
    static final String COURT = "黔0102";

    @Test
    void statisticsAgreeWithTheRecords() {
        LocalDate today = clock.today();
        LocalDate m1 = today.minusMonths(5).withDayOfMonth(3);
        LocalDate m3 = today.minusMonths(3).withDayOfMonth(7);
        LocalDate m2 = today.minusMonths(4).withDayOfMonth(20);
        String org = "贵阳统计测试有限公司";
        String cc = Fixtures.creditCode();
        // month 1: three listings (grounds 1, 2, 2); month 3: two listings of one organisation (ground 3) and one
        // revoked
        long a = list(COURT, listing(COURT, person("统计甲", Fixtures.idNumber()), 1, m1));
        list(COURT, listing(COURT, person("统计乙", Fixtures.idNumber()), 2, m1));
        list(COURT, listing(COURT, person("统计丙", Fixtures.idNumber()), 2, m1.plusDays(1)));
        list(COURT, listing(COURT, Fixtures.organisation(org, cc, "法人甲"), 3, m3));
        list(COURT, listing(COURT, Fixtures.organisation(org, cc, "法人甲"), 3, m3.plusDays(2)));
        long revoked = list(COURT, listing(COURT, person("统计丁", Fixtures.idNumber()), 4, m3));
        Fixtures.post(COURT, "/dishonest/" + revoked + "/revoke", Map.of("reason", "错误纳入"))
                .statusCode(200);
        // one removal in month 3: listed on m1, removed on m3
        Fixtures.post(COURT, "/dishonest/" + a + "/remove", Map.of("reason", "PERFORMED", "date", m3.toString()))
                .statusCode(200);
        // two terminations in month 2
        Fixtures.create(
                COURT, "/terminations", Fixtures.termination(COURT, person("统计戊", Fixtures.idNumber()), m2, "1000.50"));
        Fixtures.create(
                COURT,
                "/terminations",
                Fixtures.termination(COURT, Fixtures.organisation(org, cc, "法人甲"), m2, "2000.25"));

        JsonPath s = given().queryParam("by", "month")
                .queryParam("court", COURT)
                .queryParam("from", m1.withDayOfMonth(1).toString())
                .queryParam("to", today.toString())
                .get("/api/enforcement/stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String k1 = YearMonth.from(m1).toString();
        String k2 = YearMonth.from(m2).toString();
        String k3 = YearMonth.from(m3).toString();
        assertEquals(List.of(k1, k2, k3), s.getList("rows.key"));
        assertEquals(List.of(3, 0, 2), s.getList("rows.listings"));
        assertEquals(List.of(0, 0, 1), s.getList("rows.removals"));
        assertEquals(List.of(0, 2, 0), s.getList("rows.terminations"));
        assertEquals(3000.75f, s.getFloat("rows[1].amountUnperformed"));
        assertEquals(5, s.getInt("totals.listings"));
        assertEquals(1, s.getInt("totals.removals"));
        assertEquals(4, s.getInt("totals.publicListings"));
        assertEquals(2, s.getInt("totals.terminations"));
        assertEquals(3000.75f, s.getFloat("totals.amountUnperformed"));
        assertEquals(List.of(1, 2, 2, 0, 0, 0), s.getList("grounds.listings"));
        assertEquals(0.4f, s.getFloat("grounds[1].share"), 0.0001);
        assertEquals(org, s.getString("topOrganisations[0].name"));
        assertEquals(2, s.getInt("topOrganisations[0].listings"));
        assertEquals((double) ChronoUnit.DAYS.between(m1, m3), s.getDouble("averageDaysListed"), 0.05);
        // how long (issue 14): the removed listing was listed m1 → m3 (about two months), both terminated cases
        // were filed six months before they were closed
        assertEquals(List.of("0-30", "31-90", "91-180", "181-365", "366-730", "731+"), s.getList("durations.rows.key"));
        assertEquals(List.of(0, 1, 0, 0, 0, 0), s.getList("durations.rows.listingsRemoved"));
        assertEquals(List.of(0, 0, 0, 2, 0, 0), s.getList("durations.rows.terminations"));
        assertEquals(ChronoUnit.DAYS.between(m1, m3), s.getLong("durations.medianDaysListed"));
        assertEquals(ChronoUnit.DAYS.between(m2.minusMonths(6), m2), s.getLong("durations.medianDaysToTermination"));
        assertEquals(1, s.getInt("durations.listingsMeasured"));
        assertEquals(2, s.getInt("durations.terminationsMeasured"));

        // the same records by court, province and ground
        JsonPath byCourt = given().queryParam("by", "court")
                .queryParam("from", m1.withDayOfMonth(1).toString())
                .get("/api/enforcement/stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(5, byCourt.getInt("rows.find { it.key == '" + COURT + "' }.listings"));
        assertEquals("贵州省贵阳市南明区人民法院", byCourt.getString("rows.find { it.key == '" + COURT + "' }.label"));
        JsonPath byGround = given().queryParam("by", "ground")
                .queryParam("court", COURT)
                .get("/api/enforcement/stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(2, byGround.getInt("rows.find { it.key == '3' }.listings"));
        assertEquals(1, byGround.getInt("rows.find { it.key == '1' }.removals"));
        assertEquals(2, byGround.getInt("totals.terminations"));
        JsonPath byProvince = given().queryParam("by", "province")
                .queryParam("court", COURT)
                .get("/api/enforcement/stats")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("贵州省"), byProvince.getList("rows.key"));

        // the CSV and the page say the same
        String csv = given().queryParam("by", "month")
                .queryParam("court", COURT)
                .queryParam("from", m1.withDayOfMonth(1).toString())
                .get("/api/enforcement/stats.csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        // column headings in the Chinese interface (issue 14: no English in it)
        assertTrue(csv.startsWith("\uFEFF键,名称,新列入,删除,终本案件,未履行金额（元）\r\n"), csv);
        assertTrue(csv.contains(k1 + "," + k1 + ",3,0,0,0\r\n"), csv);
        assertTrue(csv.contains(k2 + "," + k2 + ",0,0,2,3000.75\r\n"), csv);
        String page = given().queryParam("court", COURT)
                .queryParam("from", m1.withDayOfMonth(1).toString())
                .get("/enforcement/stats")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(page.contains("<svg"), "inline SVG chart");
        assertTrue(page.contains("<title id=\"chart-month-t\">每月新增失信被执行人</title>"));
        assertTrue(page.contains("<desc id=\"chart-month-d\">"));
        assertTrue(page.contains("每月数据（新列入、删除、终本案件）</caption>"), "data table alternative");
        assertTrue(page.contains(org));
        assertTrue(page.contains("40.0%"), "share of ground 2");
        // the "how long" chart and its table, Chinese labels on the Chinese page
        assertTrue(page.contains("<h2 id=\"h-duration\">多长时间</h2>"), page);
        assertTrue(page.contains("<title id=\"chart-listed-days-t\">已删除名单的在列时间</title>"), page);
        assertTrue(page.contains("<title id=\"chart-termination-days-t\">终本案件从立案到终结的时间</title>"), page);
        assertTrue(
                page.contains("<th scope=\"row\">181–365 天</th><td class=\"num\">0</td><td class=\"num\">2</td>"),
                page);
        assertTrue(page.contains(ChronoUnit.DAYS.between(m1, m3) + " 天"), "median time listed");
        // the English page: the same chart with English labels, no Chinese colon in the bars' tooltips
        String en = given().queryParam("court", COURT)
                .queryParam("from", m1.withDayOfMonth(1).toString())
                .queryParam("lang", "en")
                .get("/enforcement/stats")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(en.contains("<h2 id=\"h-duration\">How long</h2>"), en);
        assertTrue(
                en.contains("<th scope=\"row\">181–365 days</th><td class=\"num\">0</td><td class=\"num\">2</td>"), en);
        assertTrue(en.contains("<title>181–365 days:\u00A02</title>"), en);
        java.util.regex.Matcher svg =
                java.util.regex.Pattern.compile("(?s)<svg.*?</svg>").matcher(en);
        while (svg.find()) {
            String c = svg.group().replaceAll("<g lang=\"zh-Hans\">.*?</g>", "");
            assertTrue(
                    !c.contains("：") && !c.contains("无数据"),
                    "no Chinese punctuation or 'no data' in an English chart: " + c);
        }
        assertTrue(
                en.contains(">1 Able to perform…<"),
                "ground labels in English: " + en.substring(en.indexOf("chart-ground")));

        given().queryParam("by", "year")
                .get("/api/enforcement/stats")
                .then()
                .statusCode(400)
                .body("field", equalTo("by"));
    }
}
