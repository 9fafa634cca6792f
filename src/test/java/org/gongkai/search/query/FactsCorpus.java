package org.gongkai.search.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gongkai.judgments.text.ChineseNumbers;
import org.gongkai.search.index.IndexedJudgment;
import org.gongkai.search.index.JudgmentIndex;
import org.gongkai.testdata.SharedData;

/**
 * The labelled CAIL facts of the shared data ({@code facts/criminal-facts-labelled.jsonl}, {@code
 * facts/civil-facts-by-cause.jsonl}) as judgments, for the relevance suite and the search-quality
 * harness. The data stays outside the repository: its folder is {@code -Dshared.data}, else {@code
 * GONGKAI_DATA}, else {@code ../shared/data} next to the project. A test that needs it is skipped
 * with a message naming the folder when it is absent, unless {@code GONGKAI_REQUIRE_DATA=1} (then it
 * fails: CI must not pass by skipping its relevance checks).
 *
 * <p>One shared index per test JVM: the corpus takes ~20 s to index, so the suites that read it
 * build it once.
 */
final class FactsCorpus {
    private FactsCorpus() {}

    static final long CIVIL_ID_BASE = 100_000;

    /**
     * One labelled fact section.
     *
     * @param charges criminal charges as the charge list names them (盗窃罪, 走私、贩卖、运输、制造毒品罪); empty for civil
     * @param cause the civil cause of action (null for criminal)
     * @param articles Criminal Law articles of the label
     */
    record Doc(long id, String category, Set<String> charges, String cause, Set<Integer> articles, String text) {
        boolean criminal() {
            return "刑事".equals(category);
        }

        /** Same charge (criminal: any shared charge) or same cause (civil): the relevance of the harness. */
        boolean sameCase(Doc other) {
            if (criminal() != other.criminal()) {
                return false;
            }
            return criminal() ? other.charges.stream().anyMatch(charges::contains) : cause.equals(other.cause);
        }
    }

    static Path dataDir() {
        return SharedData.dir();
    }

    /** Skips (or, with GONGKAI_REQUIRE_DATA=1, fails) when the facts are not there. */
    static void assumePresent() {
        SharedData.require(SharedData.CRIMINAL_FACTS, SharedData.CIVIL_FACTS);
    }

    private static List<Doc> docs;

    static synchronized List<Doc> docs() {
        if (docs == null) {
            docs = Collections.unmodifiableList(load(dataDir().resolve("facts")));
        }
        return docs;
    }

    /** 盗窃 → 盗窃罪; [走私、贩卖、运输、制造]毒品 → 走私、贩卖、运输、制造毒品罪 (as the charge list names it). */
    static String chargeName(String label) {
        String name = label.replaceAll("[\\[\\]]", "").strip();
        return name.endsWith("罪") ? name : name + "罪";
    }

    private static List<Doc> load(Path facts) {
        ObjectMapper json = new ObjectMapper();
        List<Doc> out = new ArrayList<>();
        try {
            long id = 0;
            for (String line : Files.readAllLines(facts.resolve("criminal-facts-labelled.jsonl"))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                Set<String> charges = new LinkedHashSet<>();
                n.path("meta").path("accusation").forEach(a -> charges.add(chargeName(a.asText())));
                Set<Integer> articles = new TreeSet<>();
                n.path("meta").path("relevant_articles").forEach(a -> articles.add(a.asInt()));
                out.add(new Doc(
                        ++id, "刑事", charges, null, articles, n.path("fact").asText()));
            }
            id = CIVIL_ID_BASE;
            for (String line : Files.readAllLines(facts.resolve("civil-facts-by-cause.jsonl"))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                String cause = n.path("cause").asText().strip();
                // a few rows of the civil set are criminal cases (故意伤害罪): filed as what they are
                boolean criminal = cause.endsWith("罪");
                out.add(new Doc(
                        ++id,
                        criminal ? "刑事" : "民事",
                        criminal ? Set.of(cause) : Set.of(),
                        criminal ? null : cause,
                        Set.of(),
                        n.path("facts").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The judgment as the portal would index it: category, charges or cause, the cited Criminal Law
     * articles, the facts as the facts section and full text; a title without the charge (the CAIL
     * facts come without one, and a title naming the charge would answer the harness's question).
     */
    static IndexedJudgment toJudgment(Doc d) {
        List<String> causePath = d.criminal() ? List.copyOf(d.charges()) : List.of(d.cause());
        List<String> articles = d.articles().stream()
                .map(a -> "中华人民共和国刑法第" + ChineseNumbers.toChinese(a) + "条")
                .toList();
        List<String> laws = articles.isEmpty() ? List.of() : List.of("中华人民共和国刑法");
        String kind = "判决书";
        return new IndexedJudgment(
                d.id(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                d.category(),
                causePath,
                null,
                kind,
                null,
                d.category() + kind,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                laws,
                articles,
                Map.of("facts", d.text()),
                d.text());
    }

    private static JudgmentIndex portal;
    private static Path portalDir;
    static double portalIndexSeconds;

    /** The directory of {@link #portal()}, committed. */
    static synchronized Path portalDir() throws IOException {
        portal();
        return portalDir;
    }

    /** The corpus in a real {@link JudgmentIndex} (temp dir, deleted when the JVM exits). */
    static synchronized JudgmentIndex portal() throws IOException {
        if (portal == null) {
            portalDir = Files.createTempDirectory("gongkai-facts-index");
            long start = System.nanoTime();
            JudgmentIndex index = JudgmentIndex.open(portalDir);
            for (Doc d : docs()) {
                index.upsert(toJudgment(d));
            }
            index.commit();
            index.refreshBlocking();
            portalIndexSeconds = (System.nanoTime() - start) / 1e9;
            portal = index;
            Runtime.getRuntime().addShutdownHook(new Thread(FactsCorpus::closePortal));
        }
        return portal;
    }

    private static synchronized void closePortal() {
        try {
            if (portal != null) {
                portal.close();
            }
            try (Stream<Path> files = Files.walk(portalDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException | RuntimeException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
