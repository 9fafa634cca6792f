package org.gongkai.publishing.deid;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongkai.testdata.SharedData;
import org.junit.jupiter.api.Test;

/**
 * What the name recogniser adds beyond the rules on the real texts of ../shared/data (not copied
 * into the repository): the 214 criminal judgments and the 2,000 civil fact sections. Every added
 * name, with its context, goes to {@code target/deid-names-added-<corpus>.tsv} for review; the
 * test checks what can be checked without a reviewer: names are added, each mention found is gone
 * from the public text, and no addition is an earlier mask or contains a digit or mask character.
 */
class NameRecognizerCorpusTest {
    private static final Pattern NOT_A_NAME_SHAPE = Pattern.compile("某|×|[xX*]|\\d");

    @Test
    void criminalJudgments() throws IOException {
        SharedData.require(SharedData.JUDGMENTS);
        measure("criminal", CorpusDeidTest.texts(), "刑事", 250);
    }

    @Test
    void civilFacts() throws IOException {
        SharedData.require(SharedData.CIVIL_FACTS);
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(CivilFactsCorpusTest.FACTS)) {
            int key = line.indexOf("\"facts\"");
            if (key >= 0) {
                int start = line.indexOf('"', line.indexOf(':', key) + 1) + 1;
                int end = start;
                while (end < line.length() && line.charAt(end) != '"') {
                    end += line.charAt(end) == '\\' ? 2 : 1;
                }
                texts.add(CorpusDeidTest.unescape(line.substring(start, end)));
            }
        }
        measure("civil", texts, "民事", 250);
    }

    private static void measure(String corpus, List<String> texts, String category, int minimumAdded)
            throws IOException {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double loadMillis = NameRecognizer.loadMillis();
        Deidentifier engine = new Deidentifier(DeidOptions.defaults());
        StringBuilder tsv = new StringBuilder("doc\tname\tkept\tmentions\tcontext\n");
        List<String> failures = new ArrayList<>();
        int added = 0;
        int kept = 0;
        long recogniserNanos = 0;
        long engineNanos = 0;
        for (int doc = 0; doc < texts.size(); doc++) {
            String text = texts.get(doc);
            long t0 = cpu.getCurrentThreadCpuTime();
            Map<String, PersonFinder.Found> rules = PersonFinder.find(text);
            long t1 = cpu.getCurrentThreadCpuTime();
            List<NameRecognizer.Mention> mentions = NameRecognizer.find(text, rules.keySet());
            long t2 = cpu.getCurrentThreadCpuTime();
            String out = engine.deidentify(text, List.of(), category, null).publicText();
            long t3 = cpu.getCurrentThreadCpuTime();
            recogniserNanos += t2 - t1;
            engineNanos += t3 - t2;
            Map<String, List<NameRecognizer.Mention>> byName = new LinkedHashMap<>();
            mentions.forEach(m ->
                    byName.computeIfAbsent(m.name(), n -> new ArrayList<>()).add(m));
            for (Map.Entry<String, List<NameRecognizer.Mention>> e : byName.entrySet()) {
                String name = e.getKey();
                NameRecognizer.Mention first = e.getValue().get(0);
                boolean isKept = e.getValue().stream().anyMatch(NameRecognizer.Mention::kept);
                if (isKept) {
                    kept++;
                } else {
                    added++;
                    if (count(out, name)
                            > count(text, name)
                                    - e.getValue().size()) { // other occurrences may be inside an organisation's name
                        failures.add("#" + doc + " added name still public where it was found: " + name);
                    }
                }
                if (NOT_A_NAME_SHAPE.matcher(name).find()) {
                    failures.add("#" + doc + " not a name: " + name);
                }
                String context = text.substring(Math.max(0, first.start() - 15), first.start()) + "[" + name + "]"
                        + text.substring(first.end(), Math.min(text.length(), first.end() + 12));
                tsv.append(doc)
                        .append('\t')
                        .append(name)
                        .append('\t')
                        .append(isKept ? "KEEP" : "MASK")
                        .append('\t')
                        .append(e.getValue().size())
                        .append('\t')
                        .append(context.replaceAll("\\s", " "))
                        .append('\n');
            }
        }
        Path report = Path.of("target", "deid-names-added-" + corpus + ".tsv");
        Files.createDirectories(report.getParent());
        Files.writeString(report, tsv, StandardCharsets.UTF_8);
        System.out.printf(
                "%s: %d texts; recogniser adds %d names to mask and %d kept persons beyond the rules (list: %s); "
                        + "model load %.0f ms; CPU per text: recogniser %.2f ms, whole de-identification %.2f ms%n",
                corpus,
                texts.size(),
                added,
                kept,
                report,
                loadMillis,
                recogniserNanos / 1e6 / texts.size(),
                engineNanos / 1e6 / texts.size());
        failures.forEach(System.out::println);
        assertTrue(added >= minimumAdded, "recogniser added only " + added + " names");
        assertTrue(
                failures.isEmpty(),
                failures.size() + " failures, first: " + (failures.isEmpty() ? "" : failures.get(0)));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
