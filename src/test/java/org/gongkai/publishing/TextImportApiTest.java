package org.gongkai.publishing;

import static io.restassured.RestAssured.given;
import static org.gongkai.TestSupport.bearer;
import static org.gongkai.TestSupport.courtToken;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.gongkai.TestSupport;
import org.junit.jupiter.api.Test;

/** Judgments given only as text, like the excerpts of ../shared/data/judgments (cut before the signatures). */
@QuarkusTest
class TextImportApiTest {
    static final String EXCERPT = "北京市朝阳区人民法院\n刑事判决书\n（2019）京0105刑初4711号\n"
            + "公诉机关北京市朝阳区人民检察院。\n"
            + "被告人马天行，男，1990年5月6日出生，汉族，住北京市朝阳区望京街道花家地西里3号楼。因涉嫌犯盗窃罪于2019年3月1日被羁押。\n"
            + "辩护人刘明，北京雨林律师事务所律师。\n"
            + "北京市朝阳区人民检察院以京朝检刑诉〔2019〕1234号起诉书指控被告人马天行犯盗窃罪，于2019年5月10日向本院提起公诉。本院依法组成合议庭，公开开庭审理了本案。\n"
            + "北京市朝阳区人民检察院指控：2019年2月20日，被告人马天行在本市朝阳区某商场内窃取被害人赵秀英手机一部，价值人民币3200元。\n"
            + "经审理查明，2019年2月20日，被告人马天行在商场内窃取被害人赵秀英的手机一部，经鉴定价值3200元。证人孙小梅的证言证实上述事实。";

    @Test
    void importsATextWithoutDecisionDateAndPagesStillRender() {
        given().header("Authorization", bearer(courtToken("沪0115")))
                .contentType(ContentType.JSON)
                .body(Map.of("id", "excerpt-1", "text", EXCERPT))
                .when()
                .post("/api/publish/judgments/text")
                .then()
                .statusCode(403);
        int id = given().header("Authorization", bearer(TestSupport.ADMIN_TOKEN))
                .contentType(ContentType.JSON)
                .body(Map.of("id", "excerpt-1", "text", EXCERPT))
                .when()
                .post("/api/publish/judgments/text")
                .then()
                .statusCode(201)
                .body("status", equalTo("PUBLISHED"))
                .extract()
                .path("id");
        given().when()
                .get("/api/judgments/" + id)
                .then()
                .statusCode(200)
                .body("caseNumber", equalTo("（2019）京0105刑初4711号"))
                .body("court", equalTo("北京市朝阳区人民法院"))
                .body("documentKind", equalTo("判决书"))
                .body("decisionDate", nullValue())
                .body("parties.name", hasItem("马某"))
                .body("text", not(containsString("马天行")))
                .body("text", not(containsString("赵秀英")))
                .body("text", not(containsString("孙小梅")))
                .body("text", containsString("刘明"));
        // the same id again changes nothing
        given().header("Authorization", bearer(TestSupport.ADMIN_TOKEN))
                .contentType(ContentType.JSON)
                .body(Map.of("id", "excerpt-1", "text", EXCERPT))
                .when()
                .post("/api/publish/judgments/text")
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
        // pages with a date-less document in the results, the document and the home page render
        given().accept("text/html")
                .queryParam("q", "盗窃 court:北京市朝阳区人民法院")
                .when()
                .get("/search")
                .then()
                .statusCode(200)
                .body(containsString("/judgments/" + id));
        given().accept("text/html")
                .when()
                .get("/judgments/" + id)
                .then()
                .statusCode(200)
                .body(containsString("马某"))
                .body(not(containsString("马天行")));
        given().accept("text/html").when().get("/").then().statusCode(200);
    }

    @Test
    void aTextWithoutCourtOrCaseNumberIsRejectedWithAReason() {
        given().header("Authorization", bearer(TestSupport.ADMIN_TOKEN))
                .contentType(ContentType.JSON)
                .body(Map.of("id", "excerpt-2", "text", "这不是一份裁判文书。"))
                .when()
                .post("/api/publish/judgments/text")
                .then()
                .statusCode(400)
                .body("field", equalTo("text"))
                .body("detail", containsString("法院"));
    }
}
