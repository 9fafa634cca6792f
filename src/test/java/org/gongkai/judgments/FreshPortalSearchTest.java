package org.gongkai.judgments;

import static io.restassured.RestAssured.given;
import static org.gongkai.TestSupport.bearer;
import static org.gongkai.TestSupport.courtToken;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 through the API, with judgments this test publishes itself (no demo corpus): searches
 * never 500 on facet dimensions the data leaves empty, pasted prose is never a syntax error,
 * printed titles and combined charges survive publishing, similar judgments keep to their category.
 */
@QuarkusTest
class FreshPortalSearchTest {
    /** Words only this test's documents contain. */
    static final String MARKER = "翡翠貔貅";

    static final String LOAN_MARKER = "琉璃麒麟";

    private static int publish(Map<String, Object> body, String court) {
        return given().header("Authorization", bearer(courtToken(court)))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/publish/judgments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void judgmentsWithoutCauseOrLawAreSearchableWithEveryFacetSortAndPage() {
        List<Integer> ids = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Map<String, Object> body = new HashMap<>(JudgmentFixtures.civil(
                    "（2024）京0105民初7730" + i + "号",
                    "京0105",
                    "周一鸣",
                    "110105198503021233",
                    "吴二妹",
                    null,
                    "合同附件载明" + MARKER + "条款。"));
            body.put("text", ((String) body.get("text")).replaceAll("依照《[^。]*之规定，", ""));
            ids.add(publish(body, "京0105"));
        }
        for (String sort : List.of("relevance", "date", "date_asc", "level")) {
            List<Integer> seen = new ArrayList<>();
            String cursor = null;
            do {
                var r = given().queryParam("q", MARKER)
                        .queryParam("sort", sort)
                        .queryParam("size", 1)
                        .queryParam("cursor", cursor)
                        .when()
                        .get("/api/judgments")
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(3))
                        .body("facets.cause", empty())
                        .body("facets.law", empty())
                        .extract();
                seen.addAll(r.path("hits.id"));
                cursor = r.path("next");
            } while (cursor != null);
            assertEquals(ids.stream().sorted().toList(), seen.stream().sorted().toList(), sort);
        }
        // drill-downs on dimensions without a value among the results, API and page
        given().queryParam("q", MARKER)
                .queryParam("cause", "民间借贷纠纷")
                .queryParam("law", "中华人民共和国民法典")
                .when()
                .get("/api/judgments")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().accept("text/html")
                .queryParam("q", MARKER)
                .queryParam("cause", "民间借贷纠纷")
                .when()
                .get("/search")
                .then()
                .statusCode(200);
        given().accept("text/html")
                .queryParam("q", MARKER)
                .queryParam("sort", "level")
                .when()
                .get("/search")
                .then()
                .statusCode(200)
                .body(containsString("/judgments/" + ids.get(0)));
    }

    @Test
    void pastedProseIsNeverASyntaxError() {
        Map<String, Object> body = new HashMap<>(JudgmentFixtures.civil(
                "（2024）京0105民初77310号",
                "京0105",
                "周一鸣",
                "110105198503021233",
                "吴二妹",
                "民间借贷纠纷",
                "借条背面另写有" + LOAN_MARKER + "字样。"));
        int id = publish(body, "京0105");
        String paste =
                "2022年1月10日，原告通过银行转账向被告交付借款200000元。被告出具借条一份，借条背面另写有" + LOAN_MARKER + "字样。被告称“该款系投资款（并非借款，原告对此不予认可";
        for (String accept : List.of("application/json", "text/html")) {
            given().accept(accept)
                    .queryParam("q", paste)
                    .when()
                    .get(accept.equals("text/html") ? "/search" : "/api/judgments")
                    .then()
                    .statusCode(200)
                    .body(containsString("/judgments/" + id));
        }
        // a long paste (1,200 characters) through the URL
        String longPaste = paste + "本院经审理认定事实如下：原告与被告系朋友关系，被告多次向原告借款。".repeat(30);
        assertTrue(longPaste.length() > 1000 && longPaste.length() < 2000, "length " + longPaste.length());
        given().queryParam("q", longPaste)
                .when()
                .get("/api/judgments")
                .then()
                .statusCode(200)
                .body("hits.id", hasItem(id));
        // prose over the limit is a 400 that says so, in the problem shape
        given().queryParam("q", "借款".repeat(1001))
                .when()
                .get("/api/judgments")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("查询过长"));
    }

    static final String APPEAL = "张建国、李明贩卖毒品二审刑事判决书广东省广州市中级人民法院刑事判决书（2019）粤01刑终7731号"
            + "原公诉机关广州市白云区人民检察院。上诉人（原审被告人）张建国，男，1985年出生。原审被告人李明，男，1990年出生。"
            + "广州市白云区人民法院审理广州市白云区人民检察院指控原审被告人张建国、李明犯贩卖毒品罪一案，于2019年3月1日作出"
            + "（2018）粤0111刑初456号刑事判决。原审被告人张建国不服，提出上诉。本院依法组成合议庭，经过阅卷，讯问上诉人，"
            + "认为事实清楚，决定不开庭审理。现已审理终结。原判认定：2018年5月，被告人张建国、李明在白云区多次贩卖甲基苯丙胺共计5克，"
            + "藏于" + MARKER + "摆件内。原判认为，被告人张建国、李明犯贩卖、运输毒品罪。上诉人张建国上诉称，其系从犯，原判量刑过重。"
            + "经审理查明，原判认定的事实清楚，证据确实、充分。本院认为，上诉人张建国贩卖毒品，其行为已构成贩卖毒品罪。";

    @Test
    void aTextImportKeepsItsPrintedTitleHeadingLinesAndItsCombinedCharge() {
        int id = given().header("Authorization", bearer(TestSupport.ADMIN_TOKEN))
                .contentType(ContentType.JSON)
                .body(Map.of("id", "fresh-portal-appeal", "text", APPEAL))
                .when()
                .post("/api/publish/judgments/text")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        var doc = given().when()
                .get("/api/judgments/" + id)
                .then()
                .statusCode(200)
                .body("cause", equalTo("走私、贩卖、运输、制造毒品罪"))
                .body("sections.find { it.anchor == 'claims' }.text", containsString("上诉人张某上诉称"))
                .body("sections.find { it.anchor == 'claims' }.text", not(containsString("原判认定")))
                .body("sections.find { it.anchor == 'history' }.text", containsString("原判认定"))
                .extract();
        // the printed title, de-identified as the text is (张建国 → 张某…), not rebuilt from the charges
        String title = doc.path("title");
        assertTrue(title.matches("张某\\d?、李某\\d?贩卖毒品二审刑事判决书"), title);
        assertEquals(
                List.of(title, "广东省广州市中级人民法院", "刑事判决书", "（2019）粤01刑终7731号"),
                List.of(((String) doc.path("sections.find { it.anchor == 'title' }.text")).split("\n")));
        given().queryParam("q", MARKER + " 毒品")
                .when()
                .get("/api/judgments")
                .then()
                .statusCode(200)
                .body("facets.cause.value", hasItem("走私、贩卖、运输、制造毒品罪"))
                .body("facets.cause.value", not(hasItem("制造毒品罪")))
                .body("facets.cause.value", not(hasItem("走私")));
        given().accept("text/html")
                .when()
                .get("/judgments/" + id)
                .then()
                .statusCode(200)
                .body(containsString("<p class=\"title\">广东省广州市中级人民法院</p>"));
    }

    @Test
    void similarJudgmentsOfACivilLoanAreCivil() {
        List<Integer> civil = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            civil.add(publish(
                    new HashMap<>(JudgmentFixtures.civil(
                            "（2024）京0105民初7732" + i + "号",
                            "京0105",
                            "郑大鹏",
                            "110105198503021233",
                            "冯小燕",
                            "民间借贷纠纷",
                            "被告另以" + LOAN_MARKER + "作抵押。")),
                    "京0105"));
        }
        String fraud = JudgmentFixtures.civilText(
                        "北京市朝阳区人民法院",
                        "（2024）京0105刑初77330号",
                        "郑大鹏",
                        "110105198503021234",
                        "13912345678",
                        "冯小燕",
                        "被告另以" + LOAN_MARKER + "作抵押。")
                .replace("民事判决书", "刑事判决书");
        Map<String, Object> body = new HashMap<>(
                JudgmentFixtures.civil("（2024）京0105刑初77330号", "京0105", "郑大鹏", "110105198503021233", "冯小燕", "诈骗罪", ""));
        body.put("text", fraud);
        int criminal = publish(body, "京0105");
        List<Integer> similar = given().queryParam("size", 50)
                .when()
                .get("/api/judgments/" + civil.get(0) + "/similar")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        assertTrue(similar.contains(civil.get(1)), "the other loan case: " + similar);
        assertFalse(similar.contains(criminal), "a criminal judgment is not like a civil loan case: " + similar);
        for (int other : similar) {
            given().when().get("/api/judgments/" + other).then().statusCode(200).body("category", equalTo("民事"));
        }
    }
}
