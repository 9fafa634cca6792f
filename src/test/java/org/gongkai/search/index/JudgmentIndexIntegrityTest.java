package org.gongkai.search.index;

import static org.gongkai.search.index.TestJudgments.judgment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.store.LockObtainFailedException;
import org.gongkai.search.IndexDamage;
import org.gongkai.search.query.QuerySyntaxException;
import org.gongkai.search.query.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The integrity checks of the index files (issue 10), on a real index in a temp directory. */
class JudgmentIndexIntegrityTest {
    @TempDir
    Path dir;

    private void build(int n) throws Exception {
        try (JudgmentIndex index = JudgmentIndex.open(dir)) {
            for (long id = 1; id <= n; id++) {
                index.upsert(judgment(id).facts("被告出具借条后未还，借款" + id + "元。").build());
            }
            index.markRebuilt();
        }
    }

    @Test
    void aMissingOrEmptyDirectoryIsANewIndex() throws Exception {
        assertTrue(JudgmentIndex.check(dir.resolve("none")).clean());
        assertTrue(JudgmentIndex.check(dir).clean());
    }

    @Test
    void anIntactIndexIsClean() throws Exception {
        build(30);
        JudgmentIndex.Health h = JudgmentIndex.check(dir);
        assertTrue(h.clean(), h.problem());
        assertEquals(30, h.documents());
    }

    @Test
    void segmentFilesWithoutACommitPointAreDamage() throws Exception {
        build(5);
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("segments_"))
                    .toList()) {
                Files.delete(p);
            }
        }
        assertFalse(JudgmentIndex.check(dir).clean(), "never treated as a new, empty index");
    }

    @Test
    void theCheckNeedsTheWriteLock() throws Exception {
        try (JudgmentIndex open = JudgmentIndex.open(dir)) {
            assertThrows(LockObtainFailedException.class, () -> JudgmentIndex.check(dir));
        }
    }

    @Test
    void verifyFindsBytesChangedUnderAnOpenIndex() throws Exception {
        build(30);
        try (JudgmentIndex index = JudgmentIndex.open(dir)) {
            assertTrue(index.verify().clean());
            IndexDamage.overwriteInside(dir, ".tim");
            JudgmentIndex.Health h = index.verify();
            assertFalse(h.clean());
            assertTrue(h.problem().contains("CorruptIndexException"), h.problem());
            assertFalse(JudgmentIndex.checkReadOnly(dir).clean(), "the read-only check of a held index sees it too");
        }
    }

    @Test
    void searchFailuresReachTheListenerButQueryMistakesDoNot() throws Exception {
        build(30);
        try (JudgmentIndex index = JudgmentIndex.open(dir)) {
            List<Throwable> failures = new ArrayList<>();
            index.onSearchFailure(failures::add);
            assertThrows(
                    QuerySyntaxException.class,
                    () -> index.search(SearchRequest.of("借条").withFilters(java.util.Map.of("bogus", List.of("x")))));
            assertEquals(List.of(), failures, "a user's syntax error is not damage");
            index.close();
            assertThrows(RuntimeException.class, () -> index.search(SearchRequest.of("借条")));
            assertEquals(1, failures.size(), "a search on a closed index is reported");
        }
    }

    @Test
    void moveAsideKeepsEveryIndexFileAndLeavesNotes() throws Exception {
        build(5);
        Files.writeString(dir.resolve("README.md"), "notes");
        Set<String> before;
        try (Stream<Path> s = Files.list(dir)) {
            before = s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("README.md") && !n.equals("write.lock"))
                    .collect(Collectors.toSet());
        }
        Path aside = JudgmentIndex.moveAside(dir, Instant.parse("2026-01-02T03:04:05Z"));
        assertEquals("damaged-20260102T030405Z", aside.getFileName().toString());
        try (Stream<Path> s = Files.list(aside)) {
            assertEquals(before, s.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
        assertTrue(Files.exists(dir.resolve("README.md")));
        assertTrue(JudgmentIndex.check(dir).clean(), "what is left is a new, empty index");
        Path second = JudgmentIndex.moveAside(dir, Instant.parse("2026-01-02T03:04:05Z"));
        assertEquals(
                "damaged-20260102T030405Z-2", second.getFileName().toString(), "never overwrites an earlier folder");
    }
}
