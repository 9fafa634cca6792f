package org.gongkai.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gongkai.courts.CourtDirectory;
import org.gongkai.demo.DemoCorpusGenerator;
import org.gongkai.publishing.BulkImporter;
import org.junit.jupiter.api.Test;

/** The demo corpus's case, event and hearing records go through the process intake without rejections. */
@QuarkusTest
class DemoCorpusProcessTest {
    @Inject
    BulkImporter importer;

    @Test
    void demoProcessRecordsImportCleanly() throws Exception {
        List<String> lines = new DemoCorpusGenerator(DemoCorpusGenerator.DEFAULT_SEED + 17, CourtDirectory.standard())
                .generate(120)
                .filter(r -> Set.of("case", "event", "hearing").contains(r.kind()))
                .map(DemoCorpusGenerator::toJson)
                .toList();
        assertTrue(lines.size() > 100, "records: " + lines.size());
        Path file = Files.createTempDirectory("demo-process").resolve("process.jsonl");
        Files.write(file, lines);
        BulkImporter.Summary s = importer.importPath(file, System.out).get(0);
        assertEquals(0, s.rejectedTotal(), s.format());
        assertEquals(lines.size(), s.imported() + s.completed() + s.duplicates(), s.format());
    }
}
