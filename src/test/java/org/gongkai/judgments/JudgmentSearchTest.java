package org.gongkai.judgments;

import static io.restassured.RestAssured.given;
import static org.gongkai.TestSupport.bearer;
import static org.gongkai.TestSupport.courtToken;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JudgmentSearchTest {
    /** A word only this test's documents contain. */
    static final String MARKER = "麒麟琥珀";

    static final List<Integer> ids = new ArrayList<>();

    @BeforeEach
    void publishCorpus() {
        if (!ids.isEmpty()) {
            return;
        }
        String[][] docs = {
            {"京0105", "（2023）京0105民初91001号", "民间借贷纠纷"},
            {"京0105", "（2023）京0105民初91002号", "民间借贷纠纷"},
            {"京0105", "（2022）京0105民初91003号", "买卖合同纠纷"},
            {"沪0115", "（2023）沪0115民初91004号", "民间借贷纠纷"},
            {"沪0115", "（2021）沪0115民初91005号", "买卖合同纠纷"},
        };
        for (String[] d : docs) {
            var body = new java.util.HashMap<>(JudgmentFixtures.civil(
                    d[1], d[0], "周一鸣", "110105198503021233", "吴二妹", d[2], "合同附件载明" + MARKER + "条款。"));
            if (d[0].equals("沪0115")) {
                body.put("text", ((String) body.get("text")).replace("北京市朝阳区人民法院", "上海市浦东新区人民法院"));
            }
            int id = given().header("Authorization", bearer(courtToken(d[0])))
                    .contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .post("/api/publish/judgments")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            ids.add(id);
        }
    }

    @Test
    void facetsCountAndDrillDown() {
        given().queryParam("q", MARKER)
                .when()
                .get("/api/judgments")
                .then()
                .statusCode(200)
                .body("total", equalTo(5))
                .body("facets.court.find { it.value == '北京市朝阳区人民法院' }.count", equalTo(3))
                .body("facets.court.find { it.value == '上海市浦东新区人民法院' }.count", equalTo(2))
                .body("facets.level.find { it.value == '基层' }.count", equalTo(5))
                .body("facets.year.value", hasItem("2024"));
        given().queryParam("q", MARKER)
                .queryParam("court", "上海市浦东新区人民法院")
                .when()
                .get("/api/judgments")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("hits.court", everyItem(equalTo("上海市浦东新区人民法院")));
        given().queryParam("q", MARKER + " cause:买卖合同纠纷")
                .when()
                .get("/api/judgments")
                .then()
                .body("total", equalTo(2));
        given().queryParam("q", MARKER + " NOT court:上海市浦东新区人民法院")
                .when()
                .get("/api/judgments")
                .then()
                .body("total", equalTo(3));
    }

    @Test
    void causeFacetIsATree() {
        given().queryParam("q", MARKER)
                .when()
                .get("/api/judgments")
                .then()
                .statusCode(200)
                .body("facets.cause.value", hasItem("合同、准合同纠纷"));
    }

    @Test
    void paginationWithCursorVisitsEveryHitOnce() {
        Set<Integer> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var req = given().queryParam("q", MARKER).queryParam("size", 2).queryParam("sort", "date");
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            var resp = req.when()
                    .get("/api/judgments")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(5))
                    .extract();
            List<Integer> pageIds = resp.path("hits.id");
            for (Integer id : pageIds) {
                assertTrue(seen.add(id), "duplicate hit across pages: " + id);
            }
            cursor = resp.path("next");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(5, seen.size());
        assertEquals(3, pages);
    }

    @Test
    void badQueriesGetHelpful400s() {
        given().queryParam("q", "\"民间借贷")
                .when()
                .get("/api/judgments")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("field", equalTo("q"))
                .body("detail", notNullValue());
        given().queryParam("q", "*借贷").when().get("/api/judgments").then().statusCode(400);
        given().queryParam("q", "colour:red")
                .when()
                .get("/api/judgments")
                .then()
                .statusCode(400)
                .body("detail", containsString("colour"));
        given().queryParam("cursor", "not-a-cursor")
                .when()
                .get("/api/judgments")
                .then()
                .statusCode(400)
                .body("field", equalTo("cursor"));
        given().queryParam("sort", "sideways")
                .when()
                .get("/api/judgments")
                .then()
                .statusCode(400)
                .body("field", equalTo("sort"));
        given().queryParam("size", "abc")
                .when()
                .get("/api/judgments")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("field", equalTo("size"));
        given().accept("text/html")
                .queryParam("q", "(民间借贷")
                .when()
                .get("/search")
                .then()
                .statusCode(400)
                .body(containsString("检索式有误"));
    }

    @Test
    void caseNumberGoesStraightToTheCase() {
        given().queryParam("q", "(2023)京0105民初91002")
                .when()
                .get("/api/judgments")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("caseNumber", equalTo("（2023）京0105民初91002号"))
                .body("redirect", equalTo("/judgments/" + ids.get(1)));
        given().accept("text/html")
                .redirects()
                .follow(false)
                .queryParam("q", "（2023）京0105民初91002号")
                .when()
                .get("/search")
                .then()
                .statusCode(303)
                .header("Location", containsString("/judgments/" + ids.get(1)));
    }

    @Test
    void searchPageShowsHighlightsFacetsAndEscapesText() {
        String html = given().accept("text/html")
                .queryParam("q", MARKER)
                .when()
                .get("/search")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(html.contains("<mark>"), "highlight");
        assertTrue(html.contains("法院层级"), "facets");
        assertTrue(html.contains("共 <strong>5</strong> 篇文书"), "total");
        given().accept("text/html")
                .queryParam("q", "查无此词QXZ")
                .when()
                .get("/search")
                .then()
                .statusCode(200)
                .body(containsString("没有找到符合条件的文书"));
    }

    @Test
    void advancedFormBuildsAShareableQuery() {
        given().accept("text/html")
                .redirects()
                .follow(false)
                .queryParam("all", MARKER)
                .queryParam("court", "北京市朝阳区人民法院")
                .queryParam("level", "基层")
                .when()
                .get("/search/advanced")
                .then()
                .statusCode(303)
                .header("Location", containsString("/search?q="))
                .header("Location", containsString("level="));
    }

    @Test
    void documentPageHasOutlineLawsAndRelated() {
        String html = given().accept("text/html")
                .when()
                .get("/judgments/" + ids.get(0))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(html.contains("文书结构"), "outline");
        assertTrue(html.contains("本院认为"), "reasoning section");
        assertTrue(html.contains("《中华人民共和国民法典》第六百六十七条"), "cited law link");
        assertTrue(html.contains("/search?q=law%3A"), "law search link");
        given().when()
                .get("/api/judgments/" + ids.get(0) + "/similar")
                .then()
                .statusCode(200)
                .body("id", hasItem(ids.get(1)));
    }

    @Test
    void anAppealAndItsFirstInstanceLinkEachOther() {
        var appeal = new java.util.HashMap<>(JudgmentFixtures.civil(
                "（2024）京03民终91009号",
                "京03",
                "周一鸣",
                "110105198503021233",
                "吴二妹",
                "民间借贷纠纷",
                "上诉人不服北京市朝阳区人民法院（2023）京0105民初91001号民事判决，提起上诉。"));
        appeal.put("text", ((String) appeal.get("text")).replace("北京市朝阳区人民法院\n民事判决书", "北京市第三中级人民法院\n民事判决书"));
        int appealId = given().header("Authorization", bearer(courtToken("京03")))
                .contentType(ContentType.JSON)
                .body(appeal)
                .when()
                .post("/api/publish/judgments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().when()
                .get("/api/judgments/" + appealId)
                .then()
                .statusCode(200)
                .body("procedure", equalTo("二审"))
                .body("sameCase.find { it.id == " + ids.get(0) + " }.relation", equalTo("一审"));
        given().when()
                .get("/api/judgments/" + ids.get(0))
                .then()
                .statusCode(200)
                .body("sameCase.find { it.id == " + appealId + " }.relation", equalTo("二审"));
    }

    @Test
    void unknownDocumentIs404() {
        given().when()
                .get("/api/judgments/99999999")
                .then()
                .statusCode(404)
                .contentType(containsString("application/problem+json"));
        given().accept("text/html")
                .when()
                .get("/judgments/99999999")
                .then()
                .statusCode(404)
                .body(containsString("页面不存在"));
    }

    @Test
    void apiHitShape() {
        given().queryParam("q", MARKER)
                .queryParam("size", 1)
                .when()
                .get("/api/judgments")
                .then()
                .statusCode(200)
                .body("hits[0].id", notNullValue())
                .body("hits[0].caseNumber", notNullValue())
                .body("hits[0].title", notNullValue())
                .body("hits[0].court", notNullValue())
                .body("hits[0].decisionDate", notNullValue())
                .body("hits[0].documentKind", equalTo("判决书"))
                .body("hits[0].snippet", containsString("<mark>"))
                .body("next", notNullValue())
                .body("facets", notNullValue());
        given().queryParam("q", MARKER)
                .queryParam("size", 10)
                .when()
                .get("/api/judgments")
                .then()
                .body("next", nullValue());
    }
}
