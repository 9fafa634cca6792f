package org.gongkai.search.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.gongkai.search.index.IndexedJudgment;
import org.gongkai.search.index.JudgmentIndex;
import org.gongkai.search.query.SearchRequest;
import org.gongkai.search.query.SearchResult;
import org.gongkai.search.query.Sort;
import org.gongkai.testdata.SharedData;

/**
 * Benchmark harness of the search engine (not a test). Builds an index of N synthetic but realistic
 * judgments, made deterministically (seed {@value #SEED}) by recombining the real fact paragraphs
 * of ../shared/data/facts with real court names from ../shared/data/reference, random causes,
 * dates and the usual boilerplate sections; reports indexing rate and index size; then runs a fixed
 * mixed query set (words, phrases, booleans, field queries, filters, sorts, second pages, pasted
 * fact text, prefixes, similar()) — every search with exact total, all facets and snippets — one
 * warm-up round and {@value #ROUNDS} measured rounds, and prints p50/p90/p99 latency.
 *
 * <p>Run from the project root:
 *
 * <pre>bench/lucene-bench.sh [docs=100000] [indexDir=target/bench-index] [threads=2] [reuse]</pre>
 *
 * The index directory is wiped first, unless {@code reuse} is given and it exists: then only the
 * queries run, against the index of an earlier run.
 */
public final class LuceneBench {
    static final long SEED = 42;
    static final int ROUNDS = 4;
    static final Path DATA = SharedData.dir();
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    record Paragraph(String text, List<String> charges, List<Integer> articles, String cause) {}

    record Court(String name, String level, String province, String code) {}

    private final List<Paragraph> criminal = new ArrayList<>();
    private final List<Paragraph> civil = new ArrayList<>();
    private final List<Court> courts = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench-index");
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        boolean reuse = args.length > 3 && args[3].equals("reuse");
        new LuceneBench().run(n, dir, threads, reuse);
    }

    void run(int n, Path dir, int threads, boolean reuse) throws Exception {
        load();
        if (reuse && Files.isDirectory(dir)) {
            try (JudgmentIndex index = JudgmentIndex.open(dir)) {
                index.refreshBlocking();
                System.out.printf("reusing %s: %,d judgments, %,d MB%n", dir, index.count(), size(dir) / 1_000_000);
                queries(index, index.count());
            }
            return;
        }
        wipe(dir);
        Files.createDirectories(dir);
        try (JudgmentIndex index = JudgmentIndex.open(dir)) {
            long t0 = System.nanoTime();
            long cpu0 = cpuNanos();
            AtomicLong next = new AtomicLong();
            AtomicLong chars = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                jobs.add(pool.submit(() -> {
                    for (long i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        IndexedJudgment j = judgment(i + 1);
                        chars.addAndGet(j.fullText().length());
                        index.upsert(j);
                        if ((i + 1) % 10_000 == 0) {
                            System.out.printf("  %,d docs, %.0f s%n", i + 1, (System.nanoTime() - t0) / 1e9);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
            pool.shutdown();
            // as the portal's rebuild does: compacted, read-mostly from here on
            long merge0 = System.nanoTime();
            int segments = index.compact();
            System.out.printf("compacted to %d segments in %.1f s%n", segments, (System.nanoTime() - merge0) / 1e9);
            index.markRebuilt();
            index.refreshBlocking();
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpuNanos() - cpu0) / 1e9;
            System.out.printf(
                    "indexed %,d judgments (%,d M chars of full text) in %.1f s with %d threads: %.0f docs/s"
                            + " (process CPU %.0f s: %.0f docs per CPU-second; load average %.1f on %d cores)%n",
                    index.count(),
                    chars.get() / 1_000_000,
                    seconds,
                    threads,
                    n / seconds,
                    cpu,
                    n / cpu,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("index size: %,d MB%n", size(dir) / 1_000_000);
            queries(index, n);
        }
    }

    // ---- queries -------------------------------------------------------------------------------

    private void queries(JudgmentIndex index, int n) {
        List<SearchRequest> set = querySet();
        Random random = new Random(SEED);
        List<Long> similarIds = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            similarIds.add(1L + random.nextInt(n));
        }
        // warm-up, and the cursors for second pages
        List<SearchRequest> measured = new ArrayList<>(set);
        for (SearchRequest r : set) {
            SearchResult result = index.search(r);
            if (result.next() != null && measured.size() < set.size() + 20) {
                measured.add(r.withCursor(result.next()));
            }
        }
        similarIds.forEach(id -> index.similar(id, 10));
        Map<String, List<Double>> byKind = new LinkedHashMap<>();
        Map<String, List<Double>> cpuByKind = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        List<Double> allCpu = new ArrayList<>();
        long hits = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (SearchRequest r : measured) {
                long t = System.nanoTime();
                long c = CPU.getCurrentThreadCpuTime();
                SearchResult result = index.search(r);
                double ms = (System.nanoTime() - t) / 1e6;
                double cpuMs = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
                hits += result.total();
                all.add(ms);
                allCpu.add(cpuMs);
                byKind.computeIfAbsent(kind(r), k -> new ArrayList<>()).add(ms);
                cpuByKind.computeIfAbsent(kind(r), k -> new ArrayList<>()).add(cpuMs);
                if (round == ROUNDS - 1 && System.getenv("BENCH_EACH") != null) {
                    // the last round's cost of each query: which ones make the tail
                    System.out.printf(
                            "  each %-8s %7.1f ms CPU %,9d matches%s  %s %s%n",
                            kind(r),
                            cpuMs,
                            result.total(),
                            result.totalExact() ? "" : "+",
                            r.sort(),
                            r.q() == null ? "" : r.q().substring(0, Math.min(30, r.q().length())));
                }
            }
            for (long id : similarIds) {
                long t = System.nanoTime();
                long c = CPU.getCurrentThreadCpuTime();
                index.similar(id, 10);
                double ms = (System.nanoTime() - t) / 1e6;
                double cpuMs = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
                all.add(ms);
                allCpu.add(cpuMs);
                byKind.computeIfAbsent("similar", k -> new ArrayList<>()).add(ms);
                cpuByKind.computeIfAbsent("similar", k -> new ArrayList<>()).add(cpuMs);
            }
        }
        System.out.printf(
                "%d queries measured (%d distinct + %d second pages + %d similar, %d rounds, one thread), %,d hits counted%n",
                all.size(), set.size(), measured.size() - set.size(), similarIds.size(), ROUNDS, hits);
        System.out.printf(
                "latency ms: %s (load average %.1f)%n",
                percentiles(all),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        byKind.forEach((k, v) -> System.out.printf("  %-10s %4d  %s%n", k, v.size(), percentiles(v)));
        // thread CPU time: what a query costs, less distorted than wall time on a busy machine
        System.out.printf("cpu ms per query: %s%n", percentiles(allCpu));
        cpuByKind.forEach((k, v) -> System.out.printf("  %-10s %4d  %s%n", k, v.size(), percentiles(v)));
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String kind(SearchRequest r) {
        if (r.cursor() != null) {
            return "page2";
        }
        if (r.q() == null || r.q().isBlank()) {
            return "browse";
        }
        if (r.q().length() >= 25) {
            return "pasted";
        }
        if (r.q().contains(":")) {
            return "field";
        }
        if (r.q().contains("\"") || r.q().contains(" OR ") || r.q().contains("-") || r.q().contains("*")) {
            return "syntax";
        }
        return r.filters().isEmpty() ? "words" : "filtered";
    }

    static String percentiles(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(
                "p50 %.1f  p90 %.1f  p99 %.1f  max %.1f", pct(v, 50), pct(v, 90), pct(v, 99), v[v.length - 1]);
    }

    private static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    List<SearchRequest> querySet() {
        List<SearchRequest> set = new ArrayList<>();
        for (String q : List.of(
                "盗窃",
                "诈骗",
                "民间借贷",
                "民间借贷 利息",
                "故意伤害 轻伤",
                "交通事故 赔偿",
                "离婚 抚养",
                "毒品 海洛因",
                "醉酒 驾驶 机动车",
                "保证合同 连带责任",
                "不当得利",
                "劳动报酬",
                "借条",
                "自首 坦白",
                "被告人 供述")) {
            set.add(SearchRequest.of(q));
        }
        for (String q : List.of(
                "\"入户盗窃\"", "“醉酒驾驶”", "盗窃 OR 抢劫", "诈骗 -合同", "(抢劫 OR 抢夺) 轻伤", "借款*", "被害人 并且 轻微伤", "毒品 不包含 贩卖")) {
            set.add(SearchRequest.of(q));
        }
        for (String q : List.of(
                "court:中级",
                "cause:盗窃",
                "law:第二百六十四条",
                "date:[2018 TO 2020] 诈骗",
                "title:离婚",
                "judge:王",
                "party:某某",
                "kind:裁定书 盗窃",
                "cause:合同纠纷 违约金",
                "date:2021 交通肇事")) {
            set.add(SearchRequest.of(q));
        }
        set.add(new SearchRequest("", Map.of("level", List.of("基层")), null, null, Sort.DATE_DESC, null, 20));
        set.add(new SearchRequest(
                "", Map.of("category", List.of("刑事"), "year", List.of("2020")), null, null, Sort.DATE_DESC, null, 20));
        set.add(new SearchRequest("", Map.of(), null, null, Sort.COURT_LEVEL, null, 20));
        set.add(new SearchRequest(
                "盗窃", Map.of("province", List.of("浙江省", "江苏省")), null, null, Sort.RELEVANCE, null, 20));
        set.add(new SearchRequest(
                "借款",
                Map.of("cause", List.of("借款合同纠纷")),
                LocalDate.of(2019, 1, 1),
                LocalDate.of(2022, 12, 31),
                Sort.DATE_ASC,
                null,
                20));
        set.add(new SearchRequest(
                "故意伤害", Map.of("level", List.of("中级", "高级")), null, null, Sort.COURT_LEVEL, null, 20));
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 15; i++) {
            List<Paragraph> pool = i % 2 == 0 ? criminal : civil;
            String text = pool.get(random.nextInt(pool.size())).text().replaceAll("[\\s\"“”()（）\\[\\]*:：-]", "");
            int from = Math.min(text.length() / 3, Math.max(0, text.length() - 30));
            set.add(SearchRequest.of(text.substring(from, Math.min(text.length(), from + 30))));
        }
        return set;
    }

    // ---- synthetic judgments -------------------------------------------------------------------

    static final String[] SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
                    .split("");
    static final String[] COMPANY_WORDS = {"华夏", "恒达", "鑫源", "宏远", "泰和", "金桥", "东方", "天成", "瑞丰", "中联", "安信", "新世纪"};
    static final String[] COMPANY_TRADES = {"科技", "建设工程", "商贸", "投资", "小额贷款", "物业管理", "房地产开发", "汽车销售"};
    static final String[] FIRMS = {
        "北京市金杜律师事务所", "上海市锦天城律师事务所", "广东广和律师事务所", "浙江天册律师事务所", "北京市中伦律师事务所", "江苏世纪同仁律师事务所", "四川恒和信律师事务所", "湖北得伟君尚律师事务所"
    };

    public IndexedJudgment judgment(long id) {
        Random r = new Random(SEED * 1_000_003 + id);
        boolean isCriminal = r.nextInt(10) < 4;
        Paragraph p = (isCriminal ? criminal : civil).get(r.nextInt((isCriminal ? criminal : civil).size()));
        Paragraph extra = (isCriminal ? criminal : civil).get(r.nextInt((isCriminal ? criminal : civil).size()));
        Court court = courts.get(r.nextInt(courts.size()));
        LocalDate date = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(3650));
        int year = date.getYear() - (r.nextInt(3) == 0 ? 1 : 0);
        String procedure = r.nextInt(5) == 0 ? "二审" : r.nextInt(20) == 0 ? "再审" : "一审";
        String kind = r.nextInt(6) == 0 ? "裁定书" : r.nextInt(12) == 0 ? "调解书" : "判决书";
        String category = isCriminal ? "刑事" : "民事";
        String typeCode = (isCriminal ? "刑" : "民")
                + switch (procedure) {
                    case "二审" -> "终";
                    case "再审" -> "再";
                    default -> "初";
                };
        String caseNumber = "（" + year + "）" + court.code() + typeCode + (1 + r.nextInt(30000)) + "号";

        List<String> causePath;
        List<String> laws;
        List<String> articles = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        if (isCriminal) {
            causePath = p.charges().stream()
                    .map(c -> c.replaceAll("[\\[\\]]", "") + "罪")
                    .toList();
            laws = List.of("中华人民共和国刑法", "中华人民共和国刑事诉讼法");
            p.articles().forEach(a -> articles.add("中华人民共和国刑法第" + chinese(a) + "条"));
            parties.add(court.province().replace("省", "").replace("市", "") + "人民检察院");
            parties.add(name(r));
        } else {
            causePath = civilPath(p.cause());
            laws = List.of("中华人民共和国民法典", "中华人民共和国民事诉讼法");
            articles.add("中华人民共和国民法典第" + chinese(400 + r.nextInt(900)) + "条");
            articles.add("中华人民共和国民事诉讼法第" + chinese(60 + r.nextInt(100)) + "条");
            parties.add(name(r));
            parties.add(r.nextBoolean() ? name(r) : company(r));
        }
        String cause = causePath.isEmpty() ? "" : causePath.get(causePath.size() - 1);
        String title = String.join("、", parties.subList(isCriminal ? 1 : 0, parties.size()))
                + (isCriminal ? "" : "与")
                + cause
                + procedure
                + category
                + kind;
        List<String> judges = List.of(name(r), name(r), name(r));
        List<String> lawyers = r.nextBoolean() ? List.of(name(r)) : List.of();
        List<String> firms = lawyers.isEmpty() ? List.of() : List.of(FIRMS[r.nextInt(FIRMS.length)]);

        Map<String, String> sections = new LinkedHashMap<>();
        sections.put(
                "parties",
                isCriminal
                        ? "公诉机关" + parties.get(0) + "。被告人" + parties.get(1) + "，男，汉族，住" + court.province() + "。"
                        : "原告：" + parties.get(0) + "。被告：" + parties.get(1) + "。"
                                + (lawyers.isEmpty() ? "" : "委托诉讼代理人：" + lawyers.get(0) + "，" + firms.get(0) + "律师。"));
        sections.put(
                "history",
                (isCriminal
                                ? parties.get(0) + "以被告人" + parties.get(1) + "犯" + cause + "，向本院提起公诉。"
                                : "原告" + parties.get(0) + "与被告" + parties.get(1) + cause + "一案，本院立案后，依法适用简易程序，")
                        + "公开开庭进行了审理。本案现已审理终结。");
        sections.put("facts", p.text());
        sections.put(
                "reasoning",
                "本院认为，" + sentence(extra.text(), r)
                        + (isCriminal
                                ? "被告人" + parties.get(1) + "的行为已构成" + cause + "，公诉机关指控的罪名成立。被告人到案后如实供述自己的罪行，可以从轻处罚。"
                                : "当事人对自己提出的诉讼请求所依据的事实，有责任提供证据加以证明。原告的诉讼请求，本院予以支持。"));
        sections.put(
                "legal_basis",
                "依照《" + laws.get(0) + "》"
                        + String.join(
                                "、",
                                articles.stream()
                                        .map(a -> a.substring(a.indexOf('第')))
                                        .toList()) + "之规定，判决如下：");
        sections.put(
                "operative",
                isCriminal
                        ? "被告人" + parties.get(1) + "犯" + cause + "，判处有期徒刑" + chinese(1 + r.nextInt(10)) + "年。"
                        : "被告" + parties.get(1) + "于本判决生效之日起十日内支付原告" + parties.get(0) + "人民币"
                                + (1000 + r.nextInt(500000)) + "元。");
        sections.put(
                "closing",
                isCriminal
                        ? "如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向上一级人民法院提出上诉。"
                        : "案件受理费" + (50 + r.nextInt(5000)) + "元，由被告负担。如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状。");
        sections.put(
                "signatures",
                "审判长" + judges.get(0) + "审判员" + judges.get(1) + "人民陪审员" + judges.get(2) + date.getYear() + "年"
                        + date.getMonthValue() + "月" + date.getDayOfMonth() + "日书记员" + name(r));
        String fullText =
                court.name() + "\n" + category + kind + "\n" + caseNumber + "\n" + String.join("\n", sections.values());
        return new IndexedJudgment(
                id,
                caseNumber,
                year,
                court.code(),
                typeCode,
                court.name(),
                court.level(),
                court.province(),
                category,
                causePath,
                procedure,
                kind,
                date,
                title,
                parties,
                judges,
                lawyers,
                firms,
                laws,
                articles,
                sections,
                fullText);
    }

    private static String sentence(String text, Random r) {
        String[] parts = text.split("[。；]");
        String s = parts[r.nextInt(parts.length)];
        return s.length() > 120 ? s.substring(0, 120) + "。" : s + "。";
    }

    private static String name(Random r) {
        return SURNAMES[r.nextInt(SURNAMES.length)] + "某"
                + (r.nextInt(3) == 0 ? Integer.toString(1 + r.nextInt(9)) : "");
    }

    private static String company(Random r) {
        return COMPANY_WORDS[r.nextInt(COMPANY_WORDS.length)] + COMPANY_WORDS[r.nextInt(COMPANY_WORDS.length)]
                + COMPANY_TRADES[r.nextInt(COMPANY_TRADES.length)] + "有限公司";
    }

    /** A small version of the civil cause tree: enough for realistic facet shapes. */
    static List<String> civilPath(String cause) {
        if (cause.endsWith("罪")) {
            return List.of("侵权责任纠纷", "刑事附带民事", cause);
        }
        if (cause.contains("婚")
                || cause.contains("抚养")
                || cause.contains("扶养")
                || cause.contains("赡养")
                || cause.contains("继承")) {
            return List.of("婚姻家庭、继承纠纷", "婚姻家庭纠纷", cause);
        }
        if (cause.contains("借")) {
            return List.of("合同、准合同纠纷", "合同纠纷", "借款合同纠纷", cause);
        }
        if (cause.contains("合同") || cause.contains("不当得利") || cause.contains("无因管理")) {
            return List.of("合同、准合同纠纷", "合同纠纷", cause);
        }
        if (cause.contains("侵害") && cause.contains("权")) {
            return List.of("知识产权与竞争纠纷", "知识产权权属、侵权纠纷", cause);
        }
        if (cause.contains("劳动") || cause.contains("保险待遇") || cause.contains("劳务")) {
            return List.of("劳动争议、人事争议", "劳动争议", cause);
        }
        if (cause.contains("责任")) {
            return List.of("侵权责任纠纷", cause);
        }
        return List.of("其他民事纠纷", cause);
    }

    private static final String DIGITS = "零一二三四五六七八九";

    /** 264 → 二百六十四, 15 → 十五, 105 → 一百零五, 115 → 一百一十五. */
    static String chinese(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
        }
        if (n < 100) {
            return DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
        }
        if (n < 1000) {
            int rest = n % 100;
            String head = DIGITS.charAt(n / 100) + "百";
            if (rest == 0) {
                return head;
            }
            if (rest < 10) {
                return head + "零" + DIGITS.charAt(rest);
            }
            return head + (rest < 20 ? "一" : "") + chinese(rest);
        }
        return chinese(n / 1000) + "千" + (n % 1000 == 0 ? "" : (n % 1000 < 100 ? "零" : "") + chinese(n % 1000));
    }

    // ---- data ----------------------------------------------------------------------------------

    void load() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(DATA.resolve("facts/criminal-facts-labelled.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode node = json.readTree(line);
                List<String> charges = new ArrayList<>();
                node.path("meta").path("accusation").forEach(a -> charges.add(a.asText()));
                List<Integer> articles = new ArrayList<>();
                node.path("meta").path("relevant_articles").forEach(a -> articles.add(a.asInt()));
                criminal.add(new Paragraph(node.path("fact").asText(), charges, articles, null));
            }
        }
        for (String line : Files.readAllLines(DATA.resolve("facts/civil-facts-by-cause.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode node = json.readTree(line);
                civil.add(new Paragraph(
                        node.path("facts").asText(),
                        List.of(),
                        List.of(),
                        node.path("cause").asText()));
            }
        }
        List<String> lines = Files.readAllLines(DATA.resolve("reference/court-codes-derived.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f.length >= 7 && !f[6].isBlank()) {
                courts.add(new Court(f[6], f[1], f[2], f[0]));
            }
        }
        courts.add(new Court("最高人民法院", "最高", "", "最高法"));
        System.out.printf(
                "data: %d criminal and %d civil fact paragraphs, %d courts%n",
                criminal.size(), civil.size(), courts.size());
    }

    private static void wipe(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
