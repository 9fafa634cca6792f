package org.gongkai.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gongkai.courts.CourtDirectory;
import org.gongkai.demo.DemoCorpusGenerator;
import org.gongkai.demo.DemoRecord;
import org.gongkai.publishing.BulkImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enforcement records of the demo corpus pass the intake rules (none rejected). */
@QuarkusTest
class DemoRecordsTest {
    @Inject
    BulkImporter importer;

    @Test
    void demoEnforcementRecordsAreAccepted(@TempDir Path dir) throws Exception {
        Set<String> kinds = Set.of(DemoRecord.DISHONEST, DemoRecord.RESTRICTION, DemoRecord.TERMINATION);
        List<String> lines = new DemoCorpusGenerator(7L, CourtDirectory.standard())
                .generate(300)
                .filter(r -> kinds.contains(r.kind()))
                .map(DemoCorpusGenerator::toJson)
                .toList();
        assertTrue(lines.size() > 10, "demo corpus has enforcement records: " + lines.size());
        Path file = dir.resolve("demo-enforcement.jsonl");
        Files.write(file, lines);
        var s = importer.importPath(file, new PrintStream(PrintStream.nullOutputStream()))
                .get(0);
        assertEquals(0, s.rejectedTotal(), s.format());
        assertEquals(lines.size(), s.imported() + s.duplicates(), s.format());
    }
}
