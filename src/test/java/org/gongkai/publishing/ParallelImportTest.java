package org.gongkai.publishing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.judgments.Judgment;
import org.gongkai.judgments.JudgmentDocuments;
import org.gongkai.judgments.SearchIndexService;
import org.gongkai.platform.Caller;
import org.gongkai.platform.Json;
import org.gongkai.search.index.IndexedJudgment;
import org.gongkai.testdata.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The bulk import with parallel workers and one transaction per chunk (issue 16) keeps the
 * guarantees of the one-by-one import: every real judgment once, duplicates that meet on two workers
 * at the same moment skipped, refused records refused with their reason while the rest of their
 * chunk goes in, every public judgment searchable, and the index document built from the judgment
 * in memory equal to the one built from the database.
 */
@QuarkusTest
class ParallelImportTest {

    @Inject
    BulkImporter importer;

    @Inject
    TextImport textImport;

    @Inject
    SearchIndexService index;

    @Inject
    Caller caller;

    @Inject
    JudgmentPublisher publisher;

    @Test
    void everyJudgmentOnceAcrossWorkersWithDuplicatesAndRefusals() throws Exception {
        List<String> real = Files.readAllLines(SharedData.require(SharedData.JUDGMENTS), StandardCharsets.UTF_8)
                .subList(0, 80);
        List<String> lines = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (int k = 0; k < real.size(); k++) {
            JsonNode n = Json.MAPPER.readTree(real.get(k));
            String id = "parallel-" + n.path("id").asText();
            lines.add(Json.write(Map.of("id", id, "text", n.path("text").asText())));
            ids.add(id);
            if (k % 9 == 4) {
                lines.add(""); // blank lines are skipped
            }
            if (k % 10 == 7) {
                lines.add("{\"id\": \"broken\", \"text\": "); // refused in the middle of a chunk
            }
        }
        // every record again, one chunk size later: the copy often runs on the other worker at the same time
        List<String> withCopies = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            withCopies.add(lines.get(k));
            if (k >= BulkImporter.CHUNK && !lines.get(k - BulkImporter.CHUNK).isBlank()) {
                withCopies.add(lines.get(k - BulkImporter.CHUNK));
            }
        }
        Path file = Files.createTempDirectory("gongkai-parallel").resolve("real.jsonl");
        Files.write(file, withCopies, StandardCharsets.UTF_8);

        var s = importer.importPath(file, null).get(0);
        long refusedBroken = s.rejected().getOrDefault("malformed JSON", 0L);
        assertTrue(refusedBroken >= 8, s.format());
        // the texts whose court is not in the court table are refused every time they come: nothing else is
        long refusedReal = s.rejectedTotal() - refusedBroken;
        long nonBlank = withCopies.stream().filter(l -> !l.isBlank()).count();
        assertEquals(nonBlank, s.imported() + s.duplicates() + s.rejectedTotal(), s.format());
        long stored =
                QuarkusTransaction.requiringNew().call(() -> Judgment.count("externalId like ?1", "text:%:parallel-%"));
        assertEquals(s.imported(), stored, "one judgment per created record");
        assertTrue(s.imported() >= 70 && s.imported() <= ids.size(), s.format()); // a few courts are not in the table
        assertTrue(s.duplicates() >= s.imported() / 2, "the copies were skipped: " + s.format());
        assertTrue(refusedReal <= 2 * (ids.size() - s.imported()), s.format());
        long distinct = QuarkusTransaction.requiringNew()
                .call(() -> Judgment.getEntityManager()
                        .createQuery(
                                "select count(distinct j.externalId) from Judgment j where j.externalId like 'text:%:parallel-%'",
                                Long.class)
                        .getSingleResult());
        assertEquals(stored, distinct, "no judgment stored twice");
        // the change feed announces every judgment shown once, though a chunk writes its entries at its end
        long shown = QuarkusTransaction.requiringNew()
                .call(() -> Judgment.<Judgment>list("externalId like ?1", "text:%:parallel-%").stream()
                        .filter(j -> j.status.isPublic() || j.status == Judgment.Status.STUB)
                        .count());
        List<Long> announced = QuarkusTransaction.requiringNew()
                .call(() -> Judgment.getEntityManager()
                        .createQuery(
                                "select e.recordId from ChangeEntry e where e.channel = 'judgments' and e.recordId in"
                                        + " (select j.id from Judgment j where j.externalId like 'text:%:parallel-%')",
                                Long.class)
                        .getResultList());
        assertTrue(shown >= 70, "judgments shown: " + shown);
        assertEquals(shown, announced.size(), "one feed entry per judgment shown");
        assertEquals(shown, new java.util.HashSet<>(announced).size(), "no judgment announced twice");
        // all public ones are in the index, and the checkpoint says the file is done
        var status = index.status();
        assertEquals(status.databasePublic(), status.indexDocuments(), status.toString());
        assertEquals(0, status.outboxPending());
        assertTrue(importer.completed(file));

        var again = importer.importPath(file, null).get(0);
        assertEquals(0, again.imported());

        // the re-run of de-identification on every core gives every document the text it had
        Map<Long, String> before = publicTexts();
        int rerun = publisher.redeidentifyAll(7, 2);
        assertTrue(rerun >= s.imported(), "re-run on " + rerun);
        assertEquals(before, publicTexts());
        index.drain();
        status = index.status();
        assertEquals(status.databasePublic(), status.indexDocuments(), status.toString());
        assertEquals(0, status.outboxPending());
    }

    private static Map<Long, String> publicTexts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, String> m = new java.util.TreeMap<>();
            for (Judgment j : Judgment.<Judgment>list("externalId like ?1", "text:%:parallel-%")) {
                m.put(j.id, j.publicText + "|" + j.title + "|" + j.publicParties + "|" + j.metadata);
            }
            return m;
        });
    }

    @Test
    void theIndexDocumentFromMemoryIsTheOneFromTheDatabase() throws Exception {
        JsonNode n = Json.MAPPER.readTree(
                Files.readAllLines(SharedData.require(SharedData.JUDGMENTS), StandardCharsets.UTF_8)
                        .get(3));
        caller.asAdmin("test");
        TextImport.Prepared p = textImport.prepare(
                "memory-" + n.path("id").asText(), n.path("text").asText());
        IndexedJudgment inMemory = QuarkusTransaction.requiringNew().call(() -> {
            long id = textImport.submit(p, caller).id();
            return JudgmentDocuments.toIndexed(Judgment.findById(id)); // the managed instance, as the pipeline built it
        });
        IndexedJudgment reloaded = QuarkusTransaction.requiringNew()
                .call(() -> JudgmentDocuments.toIndexed(Judgment.findById(inMemory.id())));
        assertEquals(reloaded, inMemory);
        given().when()
                .get("/api/judgments/" + inMemory.id())
                .then()
                .statusCode(200)
                .body("id", equalTo((int) inMemory.id()));
    }
}
