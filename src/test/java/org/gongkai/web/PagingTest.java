package org.gongkai.web;

import static io.restassured.RestAssured.given;
import static org.gongkai.TestSupport.bearer;
import static org.gongkai.TestSupport.courtToken;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.judgments.JudgmentFixtures;
import org.junit.jupiter.api.Test;

/** Issue 14: numbered pages that stay put while courts publish, a jump limit, years in order, the advanced form refilled. */
@QuarkusTest
class PagingTest {
    static final String MARKER = "翡翠算盘";
    static final Pattern RESULT = Pattern.compile("<h3[^>]*><a href=\"/judgments/(\\d+)\">");

    private static void publish(int i, String year) {
        var body = new HashMap<>(JudgmentFixtures.civil(
                "（" + year + "）京0105民初" + (93000 + i) + "号",
                "京0105",
                "郑大海",
                "110105198503021233",
                "冯小雨",
                "民间借贷纠纷",
                "借款用于购买" + MARKER + "。"));
        body.put("decisionDate", year + "-06-18");
        given().header("Authorization", bearer(courtToken("京0105")))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/publish/judgments")
                .then()
                .statusCode(201);
    }

    private static List<String> ids(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = RESULT.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static String get(String url) {
        return given().urlEncodingEnabled(false)
                .when()
                .get(url)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    @Test
    void numberedPagesStayStableWhileCourtsPublish() {
        String[] years = {"2019", "2020", "2021", "2022", "2023", "2024"};
        for (int i = 0; i < 45; i++) {
            publish(i, years[i % years.length]);
        }
        String first = get("/search?q=" + MARKER + "&sort=date");
        assertEquals(20, ids(first).size());
        assertTrue(first.contains("<span aria-current=\"page\" aria-label=\"第 1 页（当前）\">1<"), "page 1 is current");
        assertTrue(first.contains("共 3 页"), "page count in the jump form");
        Matcher next = Pattern.compile("<a rel=\"next\" href=\"([^\"]+)\">").matcher(first);
        assertTrue(next.find(), "next link");
        String page2Url = next.group(1).replace("&amp;", "&");
        assertTrue(page2Url.contains("page=2") && page2Url.contains("upto="), page2Url);
        List<String> page2 = ids(get(page2Url));
        assertEquals(20, page2.size());
        assertTrue(page2.stream().noneMatch(ids(first)::contains), "page 2 repeats nothing of page 1");

        // a court publishes two newer judgments: the pages already handed out do not shift
        publish(100, "2023");
        publish(101, "2023");
        assertEquals(page2, ids(get(page2Url)), "page 2 of the snapshot is the same");
        String fresh = get("/search?q=" + MARKER + "&sort=date");
        assertTrue(fresh.contains("<strong>47</strong>"), "a new search sees the new judgments");

        // a jump beyond the limit is a clear 400 in Chinese
        given().when()
                .get("/search?q=" + MARKER + "&page=51")
                .then()
                .statusCode(400)
                .body(containsString("页码须是 1 到 50 之间的数字"));
        // and a jump within it lands on that page
        assertEquals(5, ids(get(page2Url.replace("page=2", "page=3"))).size());

        // the year facet reads as a timeline, newest first
        int y2024 = fresh.indexOf(">2024<"), y2022 = fresh.indexOf(">2022<"), y2019 = fresh.indexOf(">2019<");
        assertTrue(y2024 < y2022 && y2022 < y2019, "years in order");
    }

    @Test
    void advancedSearchComesBackFilledIn() {
        String html = given().redirects()
                .follow(true)
                .queryParam("all", "借款")
                .queryParam("op", "OR")
                .queryParam("all2", "借贷")
                .queryParam("cause", "民间借贷纠纷")
                .queryParam("court", "北京市朝阳区人民法院")
                .queryParam("level", "基层")
                .queryParam("from", "2020-01-01")
                .when()
                .get("/search/advanced")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(html.contains("id=\"a-all\" name=\"all\" value=\"借款\""), "全文");
        assertTrue(html.contains("id=\"a-all2\" name=\"all2\" value=\"借贷\""), "全文（第二组）");
        assertTrue(html.contains("<option value=\"OR\" selected>"), "operator");
        assertTrue(html.contains("id=\"a-cause\" name=\"cause\" value=\"民间借贷纠纷\""), "案由");
        assertTrue(html.contains("id=\"a-court\" name=\"court\" value=\"北京市朝阳区人民法院\""), "法院");
        assertTrue(html.contains("<option value=\"基层\" selected>"), "层级");
        assertTrue(html.contains("id=\"a-from\" name=\"from\" value=\"2020-01-01\""), "日期");
    }

    @Test
    void hearingFeedsFollowTheFiltersAndAReversedRangeIsExplained() {
        String html = given().queryParam("court", "京0105")
                .queryParam("cause", "借款")
                .when()
                .get("/hearings")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(
                html.contains("href=\"/hearings.atom?court=%E4%BA%AC0105&amp;cause=%E5%80%9F%E6%AC%BE\""),
                "atom follows the filters");
        assertTrue(
                html.contains("href=\"/hearings.ics?court=%E4%BA%AC0105&amp;cause=%E5%80%9F%E6%AC%BE\""),
                "calendar follows the filters");
        given().queryParam("court", "京0105")
                .queryParam("cause", "借款")
                .when()
                .get("/hearings.atom")
                .then()
                .statusCode(200)
                .body(containsString("开庭公告（法院 京0105 · 案由 借款）"));
        given().queryParam("cause", "借款")
                .when()
                .get("/hearings.ics")
                .then()
                .statusCode(200)
                .contentType(containsString("text/calendar"));

        String reversed = given().queryParam("from", "2026-12-31")
                .queryParam("to", "2026-12-01")
                .when()
                .get("/hearings")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(
                reversed.contains("开始日期（2026-12-31）晚于结束日期（2026-12-01），已按 2026年12月1日 至 2026年12月31日 查询。"), "explained");
        assertTrue(
                reversed.contains("id=\"from\" name=\"from\" value=\"2026-12-01\""),
                "the form shows the range as read");
    }
}
