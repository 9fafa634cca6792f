package org.gongkai.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.courts.CourtDirectory;
import org.gongkai.publishing.BulkImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: search is useful within seconds of the first start. The demo corpus begins with its judgments (each
 * block after its cases), so once the first part of the file is imported, while the load still runs, a search
 * finds judgments instead of saying "still loading".
 */
@QuarkusTest
class DemoLoadOrderTest {
    @Inject
    BulkImporter importer;

    @Inject
    DemoProgress progress;

    @AfterEach
    void done() {
        progress.finish();
    }

    @Test
    void afterTheFirstPartOfTheLoadSearchFindsJudgments(@TempDir Path dir) throws Exception {
        List<DemoRecord> corpus = new DemoCorpusGenerator(20_261_206L, CourtDirectory.standard())
                .generate(600)
                .toList();
        // the first part: up to the end of the first block of judgments
        int end = 0;
        int judgments = 0;
        while (end < corpus.size() && (judgments == 0 || corpus.get(end).kind().equals(DemoRecord.JUDGMENT))) {
            judgments += corpus.get(end).kind().equals(DemoRecord.JUDGMENT) ? 1 : 0;
            end++;
        }
        List<DemoRecord> first = corpus.subList(0, end);
        assertTrue(
                end < corpus.size() / 10 && judgments >= 50,
                "the first " + end + " of " + corpus.size() + " lines hold " + judgments + " judgments");
        assertTrue(
                first.stream()
                        .noneMatch(r ->
                                r.kind().equals(DemoRecord.EVENT) || r.kind().equals(DemoRecord.HEARING)),
                "no process event before the first judgments");
        Path file = dir.resolve("demo-first-part.jsonl");
        Files.write(file, first.stream().map(DemoCorpusGenerator::toJson).toList());
        int whole = corpus.size();
        progress.start(whole, () -> 0);

        var s = importer.importPath(file, new PrintStream(PrintStream.nullOutputStream()))
                .get(0);
        assertEquals(0, s.rejectedTotal(), s.format());
        long done = s.lines();
        progress.start(whole, () -> done);

        // the load is still running, and the judgments already imported are found
        List<String> found = new ArrayList<>();
        for (DemoRecord r : first) {
            if (!r.kind().equals(DemoRecord.JUDGMENT) || found.size() >= 5) {
                continue;
            }
            String caseNumber = (String) r.data().get("caseNumber");
            int total = given().queryParam("q", caseNumber)
                    .when()
                    .get("/api/judgments")
                    .then()
                    .statusCode(200)
                    .header("Gongkai-Loading", equalTo(done + "/" + whole))
                    .extract()
                    .path("total");
            if (total > 0) {
                found.add(caseNumber);
            }
        }
        assertEquals(5, found.size(), "judgments of the first block found during the load: " + found);
        given().queryParam("q", found.get(0))
                .when()
                .get("/search")
                .then()
                .statusCode(200)
                .body(containsString("示例数据导入中"))
                .body(containsString(found.get(0)))
                .body(not(containsString("示例数据仍在导入")));
    }
}
