package org.gongkai.publishing;

import static io.restassured.RestAssured.given;
import static org.gongkai.TestSupport.bearer;
import static org.gongkai.TestSupport.courtToken;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.gongkai.judgments.Judgment;
import org.gongkai.platform.Json;
import org.junit.jupiter.api.Test;

/**
 * Text-import ids are a court's own document ids (issue 9): another court's document with the
 * same id is a document of its own, never a silent duplicate of the first or a replacement.
 */
@QuarkusTest
class TextImportScopeTest {
    private static final AtomicLong SERIAL = new AtomicLong(40_000 + (System.nanoTime() / 1000) % 9_000);

    @Inject
    BulkImporter importer;

    static String text(String court, String caseNumber, String marker) {
        return court + "\n民事判决书\n" + caseNumber + "\n原告某某商贸有限公司。\n被告某某建材有限公司。\n"
                + "原告某某商贸有限公司与被告某某建材有限公司买卖合同纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。"
                + "本院认为，双方买卖合同关系合法有效。" + marker + "\n判决如下：\n被告于本判决生效之日起十日内支付货款。";
    }

    static io.restassured.response.Response post(String token, String id, String text) {
        return given().header("Authorization", bearer(token))
                .contentType(ContentType.JSON)
                .body(Map.of("id", id, "text", text))
                .when()
                .post("/api/publish/judgments/text");
    }

    @Test
    void twoCourtsMayUseTheSameIdWithoutTouchingEachOthersDocument() {
        long n = SERIAL.incrementAndGet();
        String id = "doc-" + n;
        String chaoyang = text("北京市朝阳区人民法院", "（2024）京0105民初" + n + "号", "标记朝阳银杏" + n + "。");
        String haidian = text("北京市海淀区人民法院", "（2024）京0108民初" + n + "号", "标记海淀白杨" + n + "。");

        int first = post(courtToken("京0105"), id, chaoyang)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        int second = post(courtToken("京0108"), id, haidian)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertNotEquals(first, second, "the second court's document is its own, not the first one's receipt");

        given().get("/api/judgments/" + first)
                .then()
                .statusCode(200)
                .body("court", equalTo("北京市朝阳区人民法院"))
                .body("text", containsString("标记朝阳银杏" + n))
                .body("text", not(containsString("海淀白杨")));
        given().get("/api/judgments/" + second)
                .then()
                .statusCode(200)
                .body("court", equalTo("北京市海淀区人民法院"))
                .body("text", containsString("标记海淀白杨" + n));
        given().queryParam("q", "白杨" + n).get("/api/judgments").then().body("total", equalTo(1));
        given().queryParam("q", "银杏" + n).get("/api/judgments").then().body("total", equalTo(1));

        // each court re-sending its id is idempotent and gets its own receipt
        post(courtToken("京0105"), id, chaoyang).then().statusCode(200).body("id", equalTo(first));
        post(courtToken("京0108"), id, haidian).then().statusCode(200).body("id", equalTo(second));
        // the administrator importing a text of either court reaches that court's document
        post(org.gongkai.TestSupport.ADMIN_TOKEN, id, haidian)
                .then()
                .statusCode(200)
                .body("id", equalTo(second));
        // a court cannot publish a text naming another court, whatever the id
        post(courtToken("京0108"), "doc-other-" + n, chaoyang).then().statusCode(403);
    }

    @Test
    void idsAreValidated() {
        String t = text("北京市朝阳区人民法院", "（2024）京0105民初" + SERIAL.incrementAndGet() + "号", "标记。");
        post(courtToken("京0105"), "x".repeat(129), t).then().statusCode(400).body("field", equalTo("id"));
        post(courtToken("京0105"), "a\u0000b", t).then().statusCode(400).body("field", equalTo("id"));
        post(courtToken("京0105"), "a\u200Bb", t).then().statusCode(400).body("field", equalTo("id"));
        post(courtToken("京0105"), "  ", t).then().statusCode(400).body("field", equalTo("id"));
    }

    @Test
    void bulkImportOfTwoCourtsTextsWithTheSameIdsStaysIdempotentAndResumes() throws Exception {
        long n = SERIAL.incrementAndGet();
        Path file = Files.createTempDirectory("gongkai-scope").resolve("texts.jsonl");
        List<String> lines = List.of(
                Json.write(Map.of(
                        "id", "same-" + n, "text", text("北京市朝阳区人民法院", "（2024）京0105民初" + n + "号", "导入甲" + n + "。"))),
                Json.write(Map.of(
                        "id", "same-" + n, "text", text("北京市海淀区人民法院", "（2024）京0108民初" + n + "号", "导入乙" + n + "。"))),
                Json.write(Map.of(
                        "id",
                        "only-" + n,
                        "text",
                        text("北京市朝阳区人民法院", "（2024）京0105民初" + (n + 500_000) + "号", "导入丙" + n + "。"))));
        Files.write(file, lines, StandardCharsets.UTF_8);

        var s = importer.importPath(file, null).get(0);
        assertEquals(3, s.imported(), s.format());
        assertEquals(0, s.duplicates());
        var again = importer.importPath(file, null).get(0);
        assertEquals(0, again.imported(), "a finished file imports nothing again");

        // interrupted after the first line: resumes and finds the others already there, by their court-scoped ids
        String key = BulkImporter.fileKey(file);
        QuarkusTransaction.requiringNew().run(() -> ImportCheckpoint.<ImportCheckpoint>findById(key).nextLine = 1);
        var resumed = importer.importPath(file, null).get(0);
        assertEquals(0, resumed.imported());
        assertEquals(2, resumed.duplicates());
        long stored = QuarkusTransaction.requiringNew()
                .call(() -> Judgment.count(
                        "externalId in ?1",
                        List.of("text:京0105:same-" + n, "text:京0108:same-" + n, "text:京0105:only-" + n)));
        assertEquals(3, stored);
    }
}
