package org.gongkai.demo;

import java.nio.file.Path;
import org.gongkai.courts.CourtDirectory;

/**
 * Writes the demo corpus as JSON Lines for inspection.
 *
 * <pre>java … org.gongkai.demo.DemoCorpusMain [out.jsonl] [judgments] [seed]</pre>
 */
public final class DemoCorpusMain {
    private DemoCorpusMain() {}

    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "target/demo-corpus.jsonl");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : DemoCorpusGenerator.DEFAULT_JUDGMENTS;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DemoCorpusGenerator.DEFAULT_SEED;
        long start = System.nanoTime();
        new DemoCorpusGenerator(seed, CourtDirectory.standard()).writeJsonl(count, out);
        System.out.printf(
                "wrote %s (%d judgments, seed %d) in %d ms%n",
                out, count, seed, (System.nanoTime() - start) / 1_000_000);
    }
}
