package org.gongkai.search.query;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gongkai.search.index.JudgmentIndex;
import org.junit.jupiter.api.Test;

/**
 * Relevance regression suite: the labelled fact sections of the shared data ({@link FactsCorpus}) and
 * checks nDCG@10 and recall@100 of three judged query sets against the numbers recorded in
 * {@code src/test/resources/relevance/baseline.properties}. Fails when a metric drops more than
 * {@value #TOLERANCE} below its record; prints a hint to raise the record when it improves.
 *
 * <ul>
 *   <li><b>charge</b>: every charge with at least {@value #MIN_CHARGE_DOCS} judgments, as a user would
 *       type it (brackets of alternatives removed, or a paraphrase); relevant = judgments with that
 *       charge. Searched with {@code text:} so only the text counts, not the cause field that holds
 *       the label.
 *   <li><b>civil</b>: every civil cause ending in 纠纷 with at least {@value #MIN_CAUSE_DOCS}
 *       judgments, without 纠纷 (合同纠纷 excluded: 合同 is in most civil facts); relevant = that
 *       cause.
 *   <li><b>fact</b>: {@value #FACT_QUERIES} criminal judgments drawn with a fixed seed; the query is a
 *       {@value #FRAGMENT_CHARS}-character fragment of the facts. Graded: gain 1 for a judgment that
 *       shares a charge, 2 when it also cites the same articles (the source itself among them).
 * </ul>
 *
 * recall@100 is capped: found relevant in the top 100 / min(relevant, 100), so 1.0 is reachable.
 */
class RelevanceSuiteTest {
    static final double TOLERANCE = 0.02;
    static final int MIN_CHARGE_DOCS = 20;
    static final int MIN_CAUSE_DOCS = 8;
    static final int FACT_QUERIES = 50;
    static final int FRAGMENT_CHARS = 30;
    static final long SEED = 20261123L;
    /** -Drelevance.verbose=true prints every query. */
    static final boolean VERBOSE = Boolean.getBoolean("relevance.verbose");

    /** How a user would type charges whose official names list alternatives (without the final 罪). */
    static final Map<String, String> PARAPHRASES = Map.of(
            "走私、贩卖、运输、制造毒品", "贩卖毒品",
            "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票", "虚开增值税专用发票",
            "生产、销售有毒、有害食品", "有毒有害食品",
            "制造、贩卖、传播淫秽物品", "贩卖淫秽物品",
            "掩饰、隐瞒犯罪所得、犯罪所得收益", "掩饰隐瞒犯罪所得");

    /** A labelled judgment: its charges as typed (no final 罪), its articles, its civil cause. */
    record Labelled(long id, Set<String> charges, Set<Integer> articles, String cause, String text) {
        static Labelled of(FactsCorpus.Doc d) {
            Set<String> charges = new TreeSet<>();
            d.charges().forEach(c -> charges.add(c.endsWith("罪") ? c.substring(0, c.length() - 1) : c));
            return new Labelled(d.id(), charges, d.articles(), d.cause(), d.text());
        }
    }

    record Judged(String name, String query, Map<Long, Integer> gains) {}

    @Test
    void relevanceDoesNotRegress() throws Exception {
        FactsCorpus.assumePresent();
        List<Labelled> docs = FactsCorpus.docs().stream().map(Labelled::of).toList();
        Map<String, List<Judged>> sets = new LinkedHashMap<>();
        sets.put("charge", chargeQueries(docs));
        sets.put("civil", civilQueries(docs));
        sets.put("fact", factQueries(docs));

        Map<String, Double> metrics = new TreeMap<>();
        JudgmentIndex index = FactsCorpus.portal();
        {
            long indexed = System.nanoTime();
            for (Map.Entry<String, List<Judged>> set : sets.entrySet()) {
                double ndcg = 0;
                double recall = 0;
                for (Judged j : set.getValue()) {
                    SearchResult r = index.search(
                            new SearchRequest("text:" + j.query(), Map.of(), null, null, Sort.RELEVANCE, null, 100));
                    List<Long> ranked = r.hits().stream().map(SearchHit::id).toList();
                    ndcg += ndcg(ranked, j.gains(), 10);
                    if (VERBOSE) {
                        System.out.printf(
                                "    %-24s %-20s total=%5d ndcg=%.3f recall=%.3f rel=%d%n",
                                j.name(),
                                j.query(),
                                r.total(),
                                ndcg(ranked, j.gains(), 10),
                                recall(ranked, j.gains(), 100),
                                j.gains().size());
                    }
                    recall += recall(ranked, j.gains(), 100);
                }
                metrics.put(set.getKey() + ".ndcg10", ndcg / set.getValue().size());
                metrics.put(set.getKey() + ".recall100", recall / set.getValue().size());
            }
            System.out.printf(
                    "relevance suite: %d judgments indexed in %.1f s, %d queries in %.1f s%n",
                    docs.size(),
                    FactsCorpus.portalIndexSeconds,
                    sets.values().stream().mapToInt(List::size).sum(),
                    (System.nanoTime() - indexed) / 1e9);
        }
        sets.forEach((k, v) -> System.out.printf("  %-6s %3d queries%n", k, v.size()));
        metrics.forEach((k, v) -> System.out.printf("  %-16s %.4f%n", k, v));

        Properties baseline = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/relevance/baseline.properties")) {
            assertNotNull(in, "src/test/resources/relevance/baseline.properties is missing");
            baseline.load(in);
        }
        List<String> drops = new ArrayList<>();
        List<String> gains = new ArrayList<>();
        for (Map.Entry<String, Double> m : metrics.entrySet()) {
            String recorded = baseline.getProperty(m.getKey());
            assertNotNull(recorded, "no recorded value for " + m.getKey() + " in baseline.properties");
            double base = Double.parseDouble(recorded);
            if (m.getValue() < base - TOLERANCE) {
                drops.add(String.format("%s %.4f < recorded %.4f", m.getKey(), m.getValue(), base));
            } else if (m.getValue() > base + 0.005) {
                gains.add(String.format("%s=%.4f", m.getKey(), m.getValue()));
            }
        }
        if (!gains.isEmpty()) {
            System.out.println("relevance improved; update src/test/resources/relevance/baseline.properties: "
                    + String.join(" ", gains));
        }
        assertTrue(drops.isEmpty(), "relevance regressed (more than " + TOLERANCE + " below the record): " + drops);
    }

    // ---- metrics -------------------------------------------------------------------------------

    static double ndcg(List<Long> ranked, Map<Long, Integer> gains, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += (Math.pow(2, gains.getOrDefault(ranked.get(i), 0)) - 1) / log2(i + 2);
        }
        List<Integer> ideal =
                gains.values().stream().sorted((a, b) -> b - a).limit(k).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static double recall(List<Long> ranked, Map<Long, Integer> gains, int k) {
        long found = ranked.stream()
                .limit(k)
                .filter(id -> gains.getOrDefault(id, 0) > 0)
                .count();
        return gains.isEmpty() ? 0 : (double) found / Math.min(k, gains.size());
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    // ---- judged queries ------------------------------------------------------------------------

    static List<Judged> chargeQueries(List<Labelled> docs) {
        Map<String, Map<Long, Integer>> byCharge = new TreeMap<>();
        for (Labelled d : docs) {
            d.charges()
                    .forEach(c ->
                            byCharge.computeIfAbsent(c, x -> new HashMap<>()).put(d.id(), 1));
        }
        List<Judged> out = new ArrayList<>();
        byCharge.forEach((charge, rel) -> {
            if (rel.size() >= MIN_CHARGE_DOCS) {
                out.add(new Judged(charge, PARAPHRASES.getOrDefault(charge, charge), rel));
            }
        });
        return out;
    }

    static List<Judged> civilQueries(List<Labelled> docs) {
        Map<String, Map<Long, Integer>> byCause = new TreeMap<>();
        for (Labelled d : docs) {
            if (d.cause() != null && d.cause().endsWith("纠纷") && !d.cause().equals("合同纠纷")) {
                byCause.computeIfAbsent(d.cause(), x -> new HashMap<>()).put(d.id(), 1);
            }
        }
        List<Judged> out = new ArrayList<>();
        byCause.forEach((cause, rel) -> {
            if (rel.size() >= MIN_CAUSE_DOCS) {
                out.add(new Judged(cause, cause.substring(0, cause.length() - 2), rel));
            }
        });
        return out;
    }

    static List<Judged> factQueries(List<Labelled> docs) {
        List<Labelled> criminal =
                docs.stream().filter(d -> !d.charges().isEmpty()).toList();
        Random random = new Random(SEED);
        List<Judged> out = new ArrayList<>();
        Set<Long> used = new HashSet<>();
        while (out.size() < FACT_QUERIES) {
            Labelled source = criminal.get(random.nextInt(criminal.size()));
            String text = sanitize(source.text());
            if (text.length() < FRAGMENT_CHARS * 2 || !used.add(source.id())) {
                continue;
            }
            int from = text.length() / 3;
            String fragment = text.substring(from, from + FRAGMENT_CHARS);
            Map<Long, Integer> gains = new HashMap<>();
            for (Labelled d : criminal) {
                if (d.charges().stream().anyMatch(source.charges()::contains)) {
                    gains.put(
                            d.id(),
                            d.charges().equals(source.charges()) && d.articles().equals(source.articles()) ? 2 : 1);
                }
            }
            out.add(new Judged("fact#" + source.id(), fragment, gains));
        }
        return out;
    }

    /** Pasted text without the query language's special characters. */
    static String sanitize(String text) {
        return text.replaceAll("[\\s\"“”()（）\\[\\]*:：]", "");
    }
}
