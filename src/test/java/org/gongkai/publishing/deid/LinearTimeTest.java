package org.gongkai.publishing.deid;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: no pattern may backtrack on crafted input. Thousands of repeated trigger characters
 * must take about as long as a real judgment of the same length: at most five times as long, with
 * a floor for timer noise on a loaded machine, measured in CPU time of the test thread. A quadratic
 * step costs seconds at this length (before this test, a long digit run even overflowed the regex
 * stack, and thousands of distinct names took seconds).
 */
class LinearTimeTest {
    private static final int LENGTH = 30_000;
    private static final double FACTOR = 5;
    private static final long FLOOR_MS = 250;
    private static final long HARD_CAP_MS = 5_000;

    private final Deidentifier engine = new Deidentifier(DeidOptions.defaults());

    @Test
    void craftedTextTakesAboutAsLongAsARealJudgmentOfTheSameLength() throws IOException {
        Map<String, String> crafted = new LinkedHashMap<>();
        crafted.put("住住住…", repeat("住"));
        crafted.put("，住，住…", repeat("，住"));
        crafted.put("住在住在…", repeat("住在"));
        crafted.put("，住北京市朝阳区…", repeat("，住北京市朝阳区"));
        crafted.put("1-1-1-1…", repeat("1-"));
        crafted.put("1 1 1 1…", repeat("1 "));
        crafted.put("1.1.1.1…", repeat("1."));
        crafted.put("(1)(1)(1)…", repeat("(1)"));
        crafted.put("long digit run", repeat("1"));
        crafted.put("digits and invisible characters", repeat("1\u200B"));
        crafted.put("long run of Chinese numerals", repeat("一"));
        crafted.put("Chinese numerals with spaces", repeat("一 "));
        crafted.put("被告人被告人…", repeat("被告人"));
        crafted.put("被告人张三，…", repeat("被告人张三，"));
        crafted.put("被告人张三、张三、…", "被告人" + repeat("张三、"));
        crafted.put("某某某…", repeat("某"));
        crafted.put("张某1张某1…", repeat("张某1"));
        crafted.put("·······", repeat("·"));
        crafted.put("张·张·张…", repeat("张·"));
        crafted.put("张 张 张…", repeat("张 "));
        crafted.put("XXXX…", repeat("X"));
        crafted.put("a@a@a@…", repeat("a@"));
        crafted.put("aaaa…@", repeat("a") + "@");
        crafted.put("账号账号…", repeat("账号"));
        crafted.put("微信a微信a…", repeat("微信a"));
        crafted.put("QQ1QQ1…", repeat("QQ1"));
        crafted.put("电话138…，repeated", repeat("电话13812345678，"));
        crafted.put("位于北京市…", repeat("位于北京市"));
        crafted.put("房产证号房产证号…", repeat("房产证号"));
        crafted.put("京A京A…", repeat("京A"));
        crafted.put("thousands of distinct names", distinctNames());
        crafted.put(
                "thousands of distinct names written apart",
                distinctNames().replace("人", "人 ").replace("，", " ，").substring(0, LENGTH));

        String ordinary = realJudgmentText();
        // warm up, then take the best of two rounds for every text, measured in turns
        for (String t : crafted.values()) {
            run(t);
        }
        run(ordinary);
        long ordinaryMs = Long.MAX_VALUE;
        Map<String, Long> best = new LinkedHashMap<>();
        for (int round = 0; round < 2; round++) {
            ordinaryMs = Math.min(ordinaryMs, run(ordinary));
            for (Map.Entry<String, String> e : crafted.entrySet()) {
                best.merge(e.getKey(), run(e.getValue()), Math::min);
            }
        }
        long limit = Math.max((long) (FACTOR * ordinaryMs), FLOOR_MS);
        List<String> slow = new ArrayList<>();
        StringBuilder report = new StringBuilder(
                "real judgment text, " + ordinary.length() + " chars: " + ordinaryMs + " ms; limit " + limit + " ms\n");
        for (Map.Entry<String, Long> e : best.entrySet()) {
            report.append("  ")
                    .append(e.getKey())
                    .append(": ")
                    .append(e.getValue())
                    .append(" ms\n");
            if (e.getValue() > limit || e.getValue() > HARD_CAP_MS) {
                slow.add(e.getKey() + " " + e.getValue() + " ms");
            }
        }
        System.out.print(report);
        assertTrue(
                slow.isEmpty(),
                "slower than " + FACTOR + "× a real judgment (" + ordinaryMs + " ms): " + slow + "\n" + report);
    }

    /**
     * Milliseconds of this thread's CPU time (wall time where the JVM cannot measure it): other
     * processes on a shared two-core machine do not count against the engine.
     */
    private long run(String text) {
        boolean cpu = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
        long t0 = cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
        engine.deidentify(text, List.of(), "刑事", null);
        return ((cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime()) - t0) / 1_000_000;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static String repeat(String unit) {
        return unit.repeat(LENGTH / unit.length() + 1).substring(0, LENGTH);
    }

    /** Thousands of different defendants, each introduced once (被告人王明华，男。被告人李明华，男。…). */
    private static String distinctNames() {
        String given = "明华建国志强伟芳丽军平红云峰德文清海春秋";
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < LENGTH; i++) {
            int n = i / Surnames.SINGLE.length();
            b.append("被告人")
                    .append(Surnames.SINGLE.charAt(i % Surnames.SINGLE.length()))
                    .append(given.charAt(n % given.length()))
                    .append(given.charAt((n / given.length() + 1) % given.length()))
                    .append("，男。");
        }
        return b.substring(0, LENGTH);
    }

    @Test
    void theCraftedNamesAreFoundAsNames() {
        // the names case above must exercise thousands of masks, or it measures nothing
        DeidResult r = engine.deidentify(distinctNames(), List.of(), "刑事", null);
        assertTrue(r.masks().size() > 2000, "names found: " + r.masks().size());
    }

    /**
     * Real judgments of ../shared/data, one after another up to the same length; without the
     * shared data a synthetic judgment-like text (the test must not be skipped on a fresh clone).
     */
    private static String realJudgmentText() throws IOException {
        StringBuilder b = new StringBuilder();
        if (Files.isReadable(CorpusDeidTest.CORPUS)) {
            for (String t : CorpusDeidTest.texts()) {
                b.append(t).append('\n');
                if (b.length() >= LENGTH) {
                    break;
                }
            }
        }
        while (b.length() < LENGTH) {
            b.append("被告人张三丰，男，1980年1月1日出生，汉族，住北京市朝阳区建国路88号。2019年3月5日，被告人张三丰在北京市朝阳区某商场内"
                    + "窃取被害人李某的手机一部（价值人民币3000元），后拨打13812345678联系他人销赃。上述事实，有证人王某的证言等证据证实。\n");
        }
        return b.substring(0, LENGTH);
    }
}
