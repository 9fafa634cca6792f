package org.gongkai.publishing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.judgments.IndexOutbox;
import org.gongkai.judgments.Judgment;
import org.gongkai.judgments.JudgmentFixtures;
import org.gongkai.judgments.SearchIndexService;
import org.gongkai.platform.Json;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportAndRecoveryTest {
    @Inject
    BulkImporter importer;

    @Inject
    SearchIndexService index;

    private static String record(String caseNumber, String marker) {
        Map<String, Object> data =
                JudgmentFixtures.civil(caseNumber, "京0105", "韩梅梅", "110105198503021233", "李雷", "民间借贷纠纷", marker);
        return Json.write(Map.of("kind", "judgment", "data", data));
    }

    @Test
    void importIsIdempotentResumableAndReportsRejections() throws Exception {
        Path dir = Files.createTempDirectory("gongkai-import");
        Path file = dir.resolve("batch.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            lines.add(record("（2024）京0105民初9310" + i + "号", "导入标记银杏叶。"));
        }
        lines.add(lines.get(0)); // a duplicate
        lines.add("{\"kind\": \"judgment\", \"data\": "); // malformed
        lines.add(Json.write(Map.of("kind", "judgment", "data", Map.of("caseNumber", "乱写的案号"))));
        lines.add(Json.write(Map.of("kind", "meteor", "data", Map.of())));
        Files.write(file, lines, StandardCharsets.UTF_8);

        var s = importer.importPath(file, null).get(0);
        assertEquals(5, s.imported());
        assertEquals(1, s.duplicates());
        assertEquals(3, s.rejectedTotal());
        assertTrue(
                s.rejected().keySet().stream().anyMatch(r -> r.contains("caseNumber")),
                s.rejected().toString());
        assertTrue(s.rejected().containsKey("malformed JSON"));
        assertTrue(s.rejected().containsKey("unknown kind 'meteor'"));
        given().queryParam("q", "银杏叶").when().get("/api/judgments").then().body("total", equalTo(5));

        // re-importing the same file changes nothing
        var again = importer.importPath(file, null).get(0);
        assertEquals(0, again.imported());

        // an import interrupted after line 2 resumes there; records before and after are not duplicated
        String key = BulkImporter.fileKey(file);
        QuarkusTransaction.requiringNew().run(() -> {
            ImportCheckpoint c = ImportCheckpoint.findById(key);
            c.nextLine = 2;
        });
        var resumed = importer.importPath(file, null).get(0);
        assertEquals(0, resumed.imported());
        assertEquals(4, resumed.duplicates());
        assertEquals(7, resumed.lines());
        long docs = QuarkusTransaction.requiringNew()
                .call(() -> Judgment.count("caseNumber like ?1", "（2024）京0105民初9310%"));
        assertEquals(5, docs);
        given().queryParam("q", "银杏叶").when().get("/api/judgments").then().body("total", equalTo(5));
    }

    @Test
    void aCrashBetweenCommitAndIndexIsRepairedAtStartActions() throws Exception {
        Path file = Files.createTempFile("gongkai-crash", ".jsonl");
        Files.writeString(file, record("（2024）京0105民初93201号", "崩溃恢复标记梧桐。") + "\n");
        // the index writer "crashes": changes stay in the outbox
        // (still suspended while checking: the portal's outbox poll would otherwise apply it meanwhile)
        index.suspendForTest(true);
        try {
            var summary = importer.importPath(file, null).get(0);
            assertEquals(1, summary.imported());
            long pending = QuarkusTransaction.requiringNew().call(() -> IndexOutbox.count());
            assertTrue(pending >= 1, "outbox keeps the change");
            given().queryParam("q", "梧桐").when().get("/api/judgments").then().body("total", equalTo(0));
        } finally {
            index.suspendForTest(false);
        }
        index.drain(); // what start-up does after a crash
        given().queryParam("q", "梧桐").when().get("/api/judgments").then().body("total", equalTo(1));

        // the index lost a document (e.g. a torn commit): reconciliation restores it from the database
        long id = QuarkusTransaction.requiringNew()
                .call(() -> Judgment.<Judgment>find("caseNumber", "（2024）京0105民初93201号")
                        .firstResult()
                        .id);
        index.index().delete(id);
        index.index().refreshBlocking();
        given().queryParam("q", "梧桐").when().get("/api/judgments").then().body("total", equalTo(0));
        assertTrue(index.reconcile() >= 1);
        given().queryParam("q", "梧桐").when().get("/api/judgments").then().body("total", equalTo(1));
    }
}
