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
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 15, documents for machines: a judgment as Akoma Ntoso / LegalDocML XML with its structure and paragraph
 * eIds (the same as the page's paragraph anchors), as JSON, listed on the page and in OpenAPI; masked data only.
 */
@QuarkusTest
class DocumentFormatsTest {
    static final String COURT = "京0105";
    static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    @Test
    void aJudgmentIsALegalDocMlDocumentWithParagraphIdsThePageAnchors() throws Exception {
        String cn = "（2023）" + COURT + "民初" + ThreadLocalRandom.current().nextInt(100_000, 900_000) + "号";
        Map<String, Object> body =
                JudgmentFixtures.civil(cn, COURT, "诸葛明月", "110105198503021233", "司马光明", "民间借贷纠纷", "另查明，借条载明利息。");
        long id = given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/publish/judgments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");

        String xml = given().get("/judgments/" + id + ".xml")
                .then()
                .statusCode(200)
                .contentType(containsString("application/akn+xml"))
                .extract()
                .asString();
        assertFalse(xml.contains("诸葛明月") || xml.contains("110105198503021233") || xml.contains("13912345678"), xml);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = d.getDocumentElement();
        assertEquals(AKN, root.getNamespaceURI());
        assertEquals("akomaNtoso", root.getLocalName());
        for (String element : new String[] {
            "judgment",
            "meta",
            "FRBRWork",
            "header",
            "docNumber",
            "party",
            "judgmentBody",
            "background",
            "motivation",
            "decision",
            "conclusions",
            "signature"
        }) {
            assertTrue(d.getElementsByTagNameNS(AKN, element).getLength() > 0, "has <" + element + ">: " + xml);
        }
        assertEquals(cn, d.getElementsByTagNameNS(AKN, "docNumber").item(0).getTextContent());
        assertTrue(text(d, "motivation").contains("合法的借贷关系受法律保护"));
        assertTrue(text(d, "decision").contains("判决如下"));
        assertTrue(text(d, "background").contains("另查明"));
        assertTrue(text(d, "party").contains("诸葛某某") || text(d, "party").contains("诸葛某"), text(d, "party"));
        // every paragraph has a unique eId, and the page has an anchor for each paragraph of the text
        NodeList ps = d.getElementsByTagNameNS(AKN, "p");
        Set<String> eIds = new HashSet<>();
        String page = given().accept("text/html")
                .get("/judgments/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        int anchored = 0;
        for (int i = 0; i < ps.getLength(); i++) {
            String eId = ((Element) ps.item(i)).getAttribute("eId");
            assertFalse(eId.isEmpty(), "paragraph " + i + " has an eId");
            assertTrue(eIds.add(eId), "eIds are unique: " + eId);
            if (eId.matches(
                    "(parties|history|claims|facts|reasoning|legal-basis|operative|closing|signatures)__p_\\d+")) {
                assertTrue(
                        page.contains("id=\"" + eId + "\"") && page.contains("href=\"#" + eId + "\""),
                        "page anchor " + eId);
                anchored++;
            }
        }
        assertTrue(anchored >= 8, "paragraphs anchored: " + anchored);
        // the formats are listed on the page and in OpenAPI
        assertTrue(page.contains("href=\"/judgments/" + id + ".xml\"")
                && page.contains("href=\"/judgments/" + id + ".json\""));
        String openapi = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String path : new String[] {
            "/judgments/{id}.xml",
            "/judgments/{id}.json",
            "/search.atom",
            "/api/changes",
            "/api/takedowns",
            "/api/records/{channel}/{id}"
        }) {
            assertTrue(openapi.contains("\"" + path + "\""), "OpenAPI lists " + path);
        }

        // withdrawn: no format serves the text any more
        given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "文书有误"))
                .post("/api/publish/judgments/" + id + "/withdraw")
                .then()
                .statusCode(200);
        given().get("/judgments/" + id + ".xml")
                .then()
                .statusCode(410)
                .body(containsString("/takedowns#t-"))
                .body(org.hamcrest.Matchers.not(containsString("借条")));
        given().get("/judgments/" + id + ".json").then().statusCode(410);
        given().get("/judgments/999999999.xml").then().statusCode(404);
    }

    private static String text(Document d, String element) {
        StringBuilder sb = new StringBuilder();
        NodeList n = d.getElementsByTagNameNS(AKN, element);
        for (int i = 0; i < n.getLength(); i++) {
            sb.append(n.item(i).getTextContent()).append('\n');
        }
        return sb.toString();
    }
}
