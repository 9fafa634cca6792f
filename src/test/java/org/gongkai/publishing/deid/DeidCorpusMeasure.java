package org.gongkai.publishing.deid;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Measures the engine on the 214 real judgments of ../shared/data (spec 1.6 review numbers):
 * redactions per kind and milliseconds per judgment. Not a test; run with the test class path:
 * {@code java -cp target/classes:target/test-classes:<deps> org.gongkai.publishing.deid.DeidCorpusMeasure [outFile]}.
 * With an output file it writes every public text, one per line, so that two runs can be diffed.
 */
public final class DeidCorpusMeasure {
    private DeidCorpusMeasure() {}

    public static void main(String[] args) throws IOException {
        List<String> texts = CorpusDeidTest.texts();
        Deidentifier engine = new Deidentifier(DeidOptions.defaults());
        int[] byKind = new int[Redaction.Kind.values().length];
        String[] outs = new String[texts.size()];
        for (int warm = 0; warm < 5; warm++) {
            for (String t : texts) {
                engine.deidentify(t, List.of(), "刑事", null);
            }
        }
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 7; round++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < texts.size(); i++) {
                DeidResult r = engine.deidentify(texts.get(i), List.of(), "刑事", null);
                if (round == 0) {
                    outs[i] = r.publicText();
                    r.redactions().forEach(x -> byKind[x.kind().ordinal()] += x.count());
                }
            }
            bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - c0);
            best = Math.min(best, System.nanoTime() - t0);
        }
        StringBuilder b = new StringBuilder(texts.size() + " judgments;");
        for (Redaction.Kind k : Redaction.Kind.values()) {
            b.append(' ').append(k).append('=').append(byKind[k.ordinal()]);
        }
        b.append(String.format(
                "; best of 7 rounds: %.3f ms per judgment (wall), %.3f ms CPU",
                best / 1e6 / texts.size(), bestCpu / 1e6 / texts.size()));
        System.out.println(b);
        if (args.length > 0) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
                for (String o : outs) {
                    w.println(o.replace("\n", "⏎"));
                }
            }
        }
    }
}
