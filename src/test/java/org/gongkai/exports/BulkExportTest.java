package org.gongkai.exports;

import static io.restassured.RestAssured.given;
import static org.gongkai.TestSupport.ADMIN_TOKEN;
import static org.gongkai.TestSupport.bearer;
import static org.gongkai.TestSupport.courtToken;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.gongkai.enforcement.Fixtures;
import org.gongkai.judgments.JudgmentFixtures;
import org.gongkai.platform.Hashing;
import org.gongkai.platform.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, bulk data: the administrator starts a day's export, it is written in the background, and then the manifest
 * lists per channel a gzipped JSON Lines file whose SHA-256, size and record count match the bytes served — served with
 * Range (206, Content-Range, Accept-Ranges, ETag) so a broken download resumes. Only public records in their canonical
 * form: no name, ID number or phone that the rules mask, no removed listing.
 */
@QuarkusTest
class BulkExportTest {
    static final String COURT = "京0105";
    static final String ENF_COURT = "浙0302";

    @Inject
    MutableClock clock;

    @Inject
    EntityManager em;

    @Test
    void aDaysExportIsCompleteHashedRangeServedAndPublicOnly() throws Exception {
        String cn = "（2024）" + COURT + "民初" + ThreadLocalRandom.current().nextInt(100_000, 900_000) + "号";
        Map<String, Object> body = new HashMap<>(JudgmentFixtures.civil(
                cn, COURT, "皇甫秋实", "110105198503021233", "澹台春生", "民间借贷纠纷", "另查明，双方以导出" + cn + "为凭。"));
        long judgment = given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/publish/judgments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        LocalDate recent = clock.today().minusMonths(2);
        String listedId = Fixtures.idNumber();
        long listed =
                Fixtures.list(ENF_COURT, Fixtures.listing(ENF_COURT, Fixtures.person("公孙导", listedId), 1, recent));
        String removedId = Fixtures.idNumber();
        long removed =
                Fixtures.list(ENF_COURT, Fixtures.listing(ENF_COURT, Fixtures.person("司空删", removedId), 1, recent));
        Fixtures.post(ENF_COURT, "/dishonest/" + removed + "/remove", Map.of("reason", "PERFORMED"))
                .statusCode(200);
        long terminated = Fixtures.create(
                ENF_COURT,
                "/terminations",
                Fixtures.termination(ENF_COURT, Fixtures.person("东方终", Fixtures.idNumber()), recent, "8000"));

        // a fresh day: an export left by an earlier run of the tests would be answered as it is
        LocalDate day = clock.today();
        deleteTree(Path.of("target/test-exports", day.toString()));
        given().post("/api/admin/exports?date=" + day).then().statusCode(401);
        given().header("Authorization", bearer(ADMIN_TOKEN))
                .post("/api/admin/exports?date=2026-13-01")
                .then()
                .statusCode(400)
                .body("field", equalTo("date"));
        given().header("Authorization", bearer(ADMIN_TOKEN))
                .post("/api/admin/exports?date=" + day)
                .then()
                .statusCode(202)
                .header("Location", containsString("/api/exports/" + day))
                .body("status", equalTo("started"));
        JsonPath manifest = null;
        for (int i = 0; i < 240 && manifest == null; i++) {
            Response r = given().get("/api/exports/" + day);
            if (r.statusCode() == 200) {
                manifest = r.jsonPath();
            } else {
                assertEquals(404, r.statusCode());
                Thread.sleep(250);
            }
        }
        assertTrue(manifest != null, "the export completed within a minute");
        assertEquals("gongkai-export/1", manifest.getString("schemaVersion"));
        assertEquals(
                List.of("judgments", "dishonest", "restrictions", "terminations"),
                manifest.getList("channels.channel"));
        given().get("/api/exports")
                .then()
                .statusCode(200)
                .body("exports.date", org.hamcrest.Matchers.hasItem(day.toString()));

        Map<String, List<String>> lines = new HashMap<>();
        for (Map<String, Object> ch : manifest.<Map<String, Object>>getList("channels")) {
            String url = (String) ch.get("url");
            Response full = given().get(url);
            assertEquals(200, full.statusCode(), url);
            byte[] bytes = full.asByteArray();
            assertEquals(((Number) ch.get("bytes")).longValue(), bytes.length, url);
            assertEquals(
                    ch.get("sha256"), Hashing.sha256Bytes(bytes), "manifest hash = hash of the bytes served: " + url);
            assertEquals("\"" + ch.get("sha256") + "\"", full.header("ETag"));
            assertEquals("bytes", full.header("Accept-Ranges"));
            assertTrue(full.contentType().startsWith("application/gzip"), full.contentType());
            List<String> rows = gunzip(bytes);
            assertEquals(((Number) ch.get("records")).longValue(), rows.size(), url);
            lines.put((String) ch.get("channel"), rows);
        }
        // every public record of the channel, once; none that is not public
        assertEquals(
                count(
                        "select count(j) from Judgment j where j.status in (org.gongkai.judgments.Judgment.Status.PUBLISHED,"
                                + " org.gongkai.judgments.Judgment.Status.REPUBLISHED, org.gongkai.judgments.Judgment.Status.STUB)"),
                lines.get("judgments").size());
        assertEquals(
                count("select count(t) from TerminatedCase t"),
                lines.get("terminations").size());
        // a line is the canonical record, byte for byte (what the change feed hashes)
        String record = given().get("/api/records/judgments/" + judgment)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(lines.get("judgments").contains(record), "the judgment's canonical record is a line of the file");
        assertTrue(lines.get("dishonest").stream().anyMatch(l -> l.contains("\"id\":" + listed + ",")));
        assertTrue(
                lines.get("dishonest").stream().noneMatch(l -> l.contains("\"id\":" + removed + ",")),
                "a removed listing is not exported");
        assertTrue(lines.get("terminations").stream().anyMatch(l -> l.contains("\"id\":" + terminated + ",")));
        String all = String.join("\n", lines.get("judgments"))
                + String.join("\n", lines.get("dishonest"))
                + String.join("\n", lines.get("restrictions"))
                + String.join("\n", lines.get("terminations"));
        assertTrue(all.contains(cn) && all.contains(Fixtures.masked(listedId)));
        for (String planted : List.of(
                "皇甫秋实",
                "澹台春生",
                "110105198503021233",
                "13912345678",
                "6222020200112233445",
                listedId,
                removedId,
                "司空删")) {
            assertFalse(all.contains(planted), "the export holds " + planted);
        }

        // Range: a download broken after 100 bytes resumes with the rest
        Map<String, Object> judgments =
                manifest.<Map<String, Object>>getList("channels").get(0);
        String url = (String) judgments.get("url");
        long size = ((Number) judgments.get("bytes")).longValue();
        String etag = "\"" + judgments.get("sha256") + "\"";
        byte[] whole = given().get(url).asByteArray();
        Response head = given().header("Range", "bytes=0-99").get(url);
        assertEquals(206, head.statusCode());
        assertEquals("bytes 0-99/" + size, head.header("Content-Range"));
        assertEquals(etag, head.header("ETag"));
        Response rest =
                given().header("Range", "bytes=100-").header("If-Range", etag).get(url);
        assertEquals(206, rest.statusCode());
        assertEquals("bytes 100-" + (size - 1) + "/" + size, rest.header("Content-Range"));
        byte[] joined = new byte[(int) size];
        System.arraycopy(head.asByteArray(), 0, joined, 0, 100);
        System.arraycopy(rest.asByteArray(), 0, joined, 100, (int) size - 100);
        assertArrayEquals(whole, joined, "the two ranges are the file");
        assertArrayEquals(
                Arrays.copyOfRange(whole, (int) size - 10, (int) size),
                given().header("Range", "bytes=-10")
                        .get(url)
                        .then()
                        .statusCode(206)
                        .extract()
                        .asByteArray());
        given().header("Range", "bytes=100-")
                .header("If-Range", "\"another\"")
                .get(url)
                .then()
                .statusCode(200);
        given().header("Range", "bytes=" + size + "-")
                .get(url)
                .then()
                .statusCode(416)
                .header("Content-Range", "bytes */" + size);
        given().header("If-None-Match", etag).get(url).then().statusCode(304);

        // bad requests
        given().get("/api/exports/yesterday").then().statusCode(400).body("field", equalTo("date"));
        given().get("/api/exports/" + day + "/nope.jsonl.gz").then().statusCode(404);
        given().get("/api/exports/1999-01-01").then().statusCode(404);
        String openapi = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(openapi.contains("\"/api/exports/{date}/{channel}.jsonl.gz\""), "OpenAPI lists the export files");
    }

    private long count(String jpql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    static List<String> gunzip(byte[] gz) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return s.isEmpty() ? List.of() : List.of(s.split("\n"));
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
