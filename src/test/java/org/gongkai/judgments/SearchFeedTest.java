package org.gongkai.judgments;

import static io.restassured.RestAssured.given;
import static org.gongkai.TestSupport.bearer;
import static org.gongkai.TestSupport.courtToken;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongkai.platform.Hashing;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 15, "follow a search": every judgment search has an Atom feed (named in the API response and linked
 * from the results page) of its newest matches, with the content hash of each entry, paging and ETag.
 */
@QuarkusTest
class SearchFeedTest {
    static final String COURT = "京0105";
    static final String ATOM = "http://www.w3.org/2005/Atom";

    record Entry(String id, String hash, String updated, String link) {}

    record Feed(List<Entry> entries, String next, String self) {}

    static Feed parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        List<Entry> out = new ArrayList<>();
        NodeList entries = d.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            NodeList hash = e.getElementsByTagNameNS("urn:gongkai:atom", "hash");
            out.add(new Entry(
                    e.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent(),
                    hash.getLength() == 0 ? null : hash.item(0).getTextContent(),
                    e.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent(),
                    link(e, "alternate")));
        }
        return new Feed(out, link(d.getDocumentElement(), "next"), link(d.getDocumentElement(), "self"));
    }

    static String link(Element parent, String rel) {
        NodeList links = parent.getChildNodes();
        for (int i = 0; i < links.getLength(); i++) {
            if (links.item(i) instanceof Element l
                    && "link".equals(l.getLocalName())
                    && rel.equals(l.getAttribute("rel"))
                    && !"application/json".equals(l.getAttribute("type"))) {
                return l.getAttribute("href");
            }
        }
        return null;
    }

    @Test
    void aSearchHasAnAtomFeedWithHashesPagingAndETag() throws Exception {
        String marker = "订阅标记" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        int base = ThreadLocalRandom.current().nextInt(10_000, 90_000);
        List<Long> ids = new ArrayList<>();
        Map<String, Object> first = null;
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = new HashMap<>(JudgmentFixtures.civil(
                    "（2023）" + COURT + "民初" + (base + i) + "号",
                    COURT,
                    "上官婉儿",
                    "110105198503021233",
                    "司马光明",
                    "民间借贷纠纷",
                    "约定以" + marker + "为凭。"));
            body.put("decisionDate", "2024-06-1" + i);
            body.put("effectiveDate", "2024-07-0" + (i + 1));
            if (first == null) {
                first = body;
            }
            ids.add(given().header("Authorization", bearer(courtToken(COURT)))
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/publish/judgments")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id"));
        }
        String feedUrl = given().queryParam("q", marker)
                .get("/api/judgments")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .extract()
                .path("feed");
        assertTrue(feedUrl.startsWith("/search.atom?q="), feedUrl);
        given().queryParam("q", marker)
                .accept("text/html")
                .get("/search")
                .then()
                .statusCode(200)
                .body(containsString("href=\"" + feedUrl.replace("&", "&amp;") + "\""))
                .body(containsString("application/atom+xml"));

        Response r = given().urlEncodingEnabled(false).get(feedUrl);
        assertEquals(200, r.statusCode());
        assertTrue(r.contentType().startsWith("application/atom+xml"), r.contentType());
        String body = r.asString();
        assertFalse(body.contains("上官婉儿") || body.contains("110105198503021233"), "masked names only");
        Feed feed = parse(body);
        assertEquals(3, feed.entries().size());
        // newest decision first, each with the hash of its public record
        assertEquals("urn:gongkai:judgment:" + ids.get(2), feed.entries().get(0).id());
        for (Entry e : feed.entries()) {
            long id = Long.parseLong(e.id().substring(e.id().lastIndexOf(':') + 1));
            assertEquals(
                    Hashing.sha256(given().get("/judgments/" + id + ".json")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString()),
                    e.hash(),
                    "entry hash = SHA-256 of the public record");
            assertTrue(e.link().endsWith("/judgments/" + id), e.link());
        }
        String etag = r.header("ETag");
        assertNotNull(etag);
        given().urlEncodingEnabled(false)
                .header("If-None-Match", etag)
                .get(feedUrl)
                .then()
                .statusCode(304);

        // a correction changes the entry's hash and the feed's ETag
        Map<String, Object> fixed = new HashMap<>(first);
        fixed.put("text", ((String) first.get("text")).replace("4300元", "4380元"));
        given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(fixed)
                .put("/api/publish/judgments/" + ids.get(0))
                .then()
                .statusCode(200);
        Response after =
                given().urlEncodingEnabled(false).header("If-None-Match", etag).get(feedUrl);
        assertEquals(200, after.statusCode());
        assertNotEquals(etag, after.header("ETag"));
        Entry corrected = parse(after.asString()).entries().stream()
                .filter(e -> e.id().endsWith(":" + ids.get(0)))
                .findFirst()
                .orElseThrow();
        Entry before = feed.entries().stream()
                .filter(e -> e.id().endsWith(":" + ids.get(0)))
                .findFirst()
                .orElseThrow();
        assertNotEquals(before.hash(), corrected.hash());

        // paging: two per page, the next link brings the third
        Feed page1 = parse(given().queryParam("q", marker)
                .queryParam("size", 2)
                .get("/search.atom")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals(2, page1.entries().size());
        assertNotNull(page1.next());
        String next = page1.next().substring(page1.next().indexOf("/search.atom"));
        Feed page2 = parse(given().urlEncodingEnabled(false)
                .get(next)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals(1, page2.entries().size());
        assertNull(page2.next());
        assertEquals(
                "urn:gongkai:judgment:" + ids.get(0), page2.entries().get(0).id());

        // an explicit sort is honoured; a bad one is a clear 400
        Feed oldest = parse(given().queryParam("q", marker)
                .queryParam("sort", "date_asc")
                .get("/search.atom")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals(
                "urn:gongkai:judgment:" + ids.get(0), oldest.entries().get(0).id());
        given().queryParam("q", marker)
                .queryParam("sort", "sideways")
                .get("/search.atom")
                .then()
                .statusCode(400);
    }
}
