package org.gongkai.search.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.search.index.JudgmentIndex;

/**
 * How long the start-up integrity check takes (issue 10), next to the cheaper alternative:
 * opening a reader without reading every byte (finds a missing or empty file, not overwritten
 * bytes). Run from the project root: {@code bench/index-check.sh [indexDir=target/bench-index]}.
 * The first round reads from disk, the next ones from the page cache.
 */
public final class IndexCheckBench {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-index");
        long bytes;
        try (Stream<Path> s = Files.walk(dir, 1)) {
            bytes = s.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
        System.out.printf("index %s: %.0f MB%n", dir, bytes / 1e6);
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            int docs;
            try (Directory d = FSDirectory.open(dir);
                    DirectoryReader r = DirectoryReader.open(d)) {
                docs = r.numDocs();
            }
            long open = (System.nanoTime() - t0) / 1_000_000;
            JudgmentIndex.Health full = JudgmentIndex.check(dir);
            System.out.printf(
                    "round %d: open only %d ms (%d documents); CheckIndex with checksums %d ms: %s, %d segments%n",
                    round, open, docs, full.millis(), full.clean() ? "clean" : full.problem(), full.segments());
        }
    }
}
