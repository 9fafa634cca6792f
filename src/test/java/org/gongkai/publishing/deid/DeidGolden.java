package org.gongkai.publishing.deid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.judgments.text.ExtractedParty;
import org.gongkai.judgments.text.JudgmentTextParser;
import org.gongkai.testdata.SharedData;

/**
 * The engine's complete output on every real text of ../shared/data (214 judgments with and without
 * their parties as the text import extracts them, 2,000 civil and 3,675 criminal fact sections, and
 * a free-text field per judgment), one record per line: public text, masks and redaction counts.
 * Written before a change to the engine and again after it, the two files must be equal byte for
 * byte ({@code cmp}): a speed-up must not change a single character of what is published.
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *     org.gongkai.publishing.deid.DeidGolden target/deid-before.txt [rounds]
 * </pre>
 * With {@code rounds} > 1 the corpus is run that many times and the best CPU time per document is
 * printed (profiling: add {@code -XX:StartFlightRecording=filename=deid.jfr}).
 */
public final class DeidGolden {
    private DeidGolden() {}

    record Doc(String text, List<PartyInput> parties, String category, String cause) {}

    static List<Doc> corpus() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Doc> docs = new ArrayList<>();
        JudgmentTextParser parser = new JudgmentTextParser();
        for (String t : CorpusDeidTest.texts()) {
            docs.add(new Doc(t, List.of(), "刑事", null));
            List<PartyInput> parties = new ArrayList<>();
            var parsed = parser.parse(t);
            for (ExtractedParty e : parsed.parties()) {
                if (e.lawFirm() == null && e.role() != null) {
                    parties.add(new PartyInput(
                            e.name(),
                            e.role(),
                            e.organisation() ? PartyInput.Kind.ORGANISATION : PartyInput.Kind.PERSON,
                            null,
                            false));
                }
            }
            String cause =
                    parsed.charges() == null || parsed.charges().isEmpty() ? null : String.join("、", parsed.charges());
            docs.add(new Doc(t, parties, "刑事", cause));
        }
        Path facts = SharedData.file("facts");
        for (String line : Files.readAllLines(facts.resolve("civil-facts-by-cause.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode n = json.readTree(line);
            docs.add(new Doc(
                    n.path("facts").asText(), List.of(), "民事", n.path("cause").asText(null)));
        }
        for (String line : Files.readAllLines(facts.resolve("criminal-facts-labelled.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode n = json.readTree(line);
            docs.add(new Doc(n.path("fact").asText(), List.of(), null, null));
        }
        return docs;
    }

    public static void main(String[] args) throws IOException {
        List<Doc> docs = corpus();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Deidentifier engine = new Deidentifier(DeidOptions.defaults());
        Deidentifier art8 = new Deidentifier(new DeidOptions(false));
        var threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        List<String> out = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long c0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < docs.size(); i++) {
                Doc d = docs.get(i);
                DeidResult r = engine.deidentify(d.text(), d.parties(), d.category(), d.cause());
                if (round == 0) {
                    out.add(record(i, r));
                    if (i % 7 == 0) { // the Art. 8 switch and the field path on a sample
                        out.add(record(i, art8.deidentify(d.text(), d.parties(), d.category(), d.cause())));
                        String field =
                                d.text().substring(0, Math.min(300, d.text().length()));
                        // seeds that are themselves masks (王某某 → 王某1) are left out: which of two such seeds a
                        // field's 某某 takes depends on the iteration order of an immutable map, which differs
                        // from one JVM run to the next (FieldContext copies the masks with Map.copyOf)
                        Map<String, String> seeds = new TreeMap<>(r.masks());
                        seeds.keySet().removeIf(n -> n.contains("某"));
                        out.add(i + "\tfield\t"
                                + engine.deidentifyField(
                                                field,
                                                FieldContext.of(d.parties()).withMasks(seeds))
                                        .replace("\n", "⏎"));
                    }
                }
            }
            best = Math.min(best, threads.getCurrentThreadCpuTime() - c0);
        }
        System.out.printf(
                "%d documents; best of %d rounds: %.3f ms CPU per document%n",
                docs.size(), rounds, best / 1e6 / docs.size());
        if (args.length > 0) {
            try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
                for (String line : out) {
                    w.write(line);
                    w.write('\n');
                }
            }
        }
    }

    private static String record(int i, DeidResult r) {
        Map<String, String> masks = new TreeMap<>(r.masks());
        StringBuilder b = new StringBuilder()
                .append(i)
                .append('\t')
                .append(r.publicText().replace("\n", "⏎"))
                .append('\t')
                .append(masks);
        r.redactions().forEach(x -> b.append(' ').append(x.kind()).append('=').append(x.count()));
        return b.toString();
    }
}
