package org.gongkai.judgments;

import static io.restassured.RestAssured.given;
import static org.gongkai.TestSupport.bearer;
import static org.gongkai.TestSupport.courtToken;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, documents for print: {@code /judgments/{id}.pdf} is a real PDF whose text (as a reader copies it) is the
 * page's — title, court, case number, sections, numbered paragraphs — in an embedded CJK font, with masked names only.
 */
@QuarkusTest
class JudgmentPdfTest {
    static final String COURT = "京0105";

    @Test
    void aJudgmentIsAPdfWithItsChineseTextInAnEmbeddedFontAndMaskedNames() throws Exception {
        String cn = "（2023）" + COURT + "民初" + ThreadLocalRandom.current().nextInt(100_000, 900_000) + "号";
        Map<String, Object> body =
                JudgmentFixtures.civil(cn, COURT, "欧阳青松", "110105198503021233", "上官晓云", "民间借贷纠纷", "另查明，借条载明利息。");
        long id = given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/publish/judgments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        long t0 = System.nanoTime();
        byte[] bytes = given().get("/judgments/" + id + ".pdf")
                .then()
                .statusCode(200)
                .contentType(containsString("application/pdf"))
                .extract()
                .asByteArray();
        long firstMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        given().get("/judgments/" + id + ".pdf").then().statusCode(200);
        System.out.printf(
                "judgment PDF: %d bytes, first request %d ms, second %d ms%n",
                bytes.length, firstMs, (System.nanoTime() - t0) / 1_000_000);
        assertEquals("%PDF-", new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            String flat = text.replaceAll("\\s+", "");
            // the page's structure: title, court, case number, section headings, the text itself
            assertTrue(flat.contains("民事判决书"), text);
            assertTrue(flat.contains("北京市朝阳区人民法院"), text);
            assertTrue(flat.contains(cn), text);
            assertTrue(flat.contains("本院认为，合法的借贷关系受法律保护"), text);
            assertTrue(flat.contains("判决如下"), text);
            assertTrue(flat.contains("另查明，借条载明利息"), text);
            // masked: no name, ID number, phone or account number of the parties
            for (String planted :
                    new String[] {"欧阳青松", "上官晓云", "110105198503021233", "13912345678", "6222020200112233445", "建国路88号"
                    }) {
                assertFalse(flat.contains(planted), "PDF shows " + planted + ":\n" + text);
            }
            assertTrue(flat.contains("欧阳某") || flat.contains("欧阳"), "masked plaintiff shown: " + text);
            // the CJK font is embedded (a subset), not referenced
            List<String> embedded = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    if (f.isEmbedded()) {
                        embedded.add(f.getName());
                    }
                }
            }
            assertTrue(
                    embedded.stream().anyMatch(n -> n.matches("[A-Z]{6}\\+.*")), "embedded subset fonts: " + embedded);
            assertEquals(cn, pdf.getDocumentInformation().getSubject());
        }

        // listed on the page and in OpenAPI
        String page = given().accept("text/html")
                .get("/judgments/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(page.contains("href=\"/judgments/" + id + ".pdf\""), "the page lists the PDF");
        String openapi = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(openapi.contains("\"/judgments/{id}.pdf\""), "OpenAPI lists the PDF");

        // withdrawn: 410 like the page, no text
        given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "文书有误"))
                .post("/api/publish/judgments/" + id + "/withdraw")
                .then()
                .statusCode(200);
        given().get("/judgments/" + id + ".pdf")
                .then()
                .statusCode(410)
                .body(containsString("/takedowns#t-"))
                .body(org.hamcrest.Matchers.not(containsString("借条")));
        given().get("/judgments/999999999.pdf").then().statusCode(404);
    }
}
