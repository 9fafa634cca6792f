package org.gongkai.search.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.gongkai.search.SearchBackend;
import org.gongkai.search.cluster.SolrJudgmentIndex;
import org.gongkai.search.index.IndexedJudgment;
import org.gongkai.search.index.JudgmentAnalyzers;
import org.gongkai.search.index.JudgmentIndex;
import org.gongkai.search.query.SearchRequest;

/**
 * The cluster benchmark of issue 12 (not a test): the same N synthetic judgments of {@link
 * LuceneBench} into the embedded index and into the SolrCloud collection, then the mixed query
 * set through two portals over HTTP, one per backend, interleaved. Run {@code bench/cluster-bench.sh},
 * which builds, starts the local cluster on its own ports and the two portals.
 *
 * <pre>
 * index N EMBEDDED_DIR SOLR_URL CLUSTER_DATA [threads=2]
 * compare EMBEDDED_URL CLUSTER_URL CLUSTER_DATA EMBEDDED_PID CLUSTER_PID [rounds=4]
 * </pre>
 *
 * <p>Indexing goes through the portal's own {@link SearchBackend} implementations: {@link
 * JudgmentIndex#upsert} one document at a time (its writer batches by itself), {@link
 * SolrJudgmentIndex#upsertAll} in batches of 200 (what the outbox drain and the reindex send),
 * from {@code threads} client threads each. CPU time is read from {@code /proc} for every JVM
 * involved (this one, which also makes the documents, and the nodes and ZooKeeper of the cluster):
 * on a shared machine documents per CPU-second is a fairer measure than documents per second.
 * Sizes: the embedded index directory; on the cluster the {@code data/index*} directories of
 * every replica core of the collection (transaction logs apart).
 */
public final class ClusterBench {
    static final int BATCH = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClusterBench() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "index" ->
                index(
                        Integer.parseInt(args[1]),
                        Path.of(args[2]),
                        args[3],
                        Path.of(args[4]),
                        args.length > 5 ? Integer.parseInt(args[5]) : 2);
            case "compare" ->
                compare(
                        args[1],
                        args[2],
                        Path.of(args[3]),
                        Long.parseLong(args[4]),
                        Long.parseLong(args[5]),
                        args.length > 6 ? Integer.parseInt(args[6]) : 4);
            default -> throw new IllegalArgumentException("index | compare");
        }
    }

    // ---- indexing ------------------------------------------------------------------------------

    static void index(int n, Path embeddedDir, String solrUrl, Path clusterData, int threads) throws Exception {
        LuceneBench gen = new LuceneBench();
        gen.load();
        long self = ProcessHandle.current().pid();
        // what making the documents costs this JVM alone, to tell it apart from indexing
        int sample = Math.min(n, 5_000);
        double g0 = HttpBench.processCpuMs(self);
        long chars = 0;
        for (long id = 1; id <= sample; id++) {
            chars += gen.judgment(id).fullText().length();
        }
        double genMsPerDoc = (HttpBench.processCpuMs(self) - g0) / sample;
        System.out.printf(
                "documents: %,d synthetic judgments (seed %d), %.0f characters of full text on average,"
                        + " making one costs %.2f ms CPU (sample of %,d)%n",
                n, LuceneBench.SEED, (double) chars / sample, genMsPerDoc, sample);

        wipe(embeddedDir);
        Files.createDirectories(embeddedDir);
        try (JudgmentIndex embedded = JudgmentIndex.open(embeddedDir)) {
            Run run = fill(
                    "embedded",
                    n,
                    threads,
                    gen,
                    chunk -> chunk.forEach(embedded::upsert),
                    () -> {
                        embedded.commit();
                        embedded.markRebuilt();
                        embedded.refreshBlocking();
                    },
                    List.of(self),
                    genMsPerDoc);
            check(n, embedded.count(), "embedded");
            long bytes = treeSize(embeddedDir, p -> true);
            System.out.printf(
                    "RESULT embedded indexing %.0f docs/s wall, %.0f docs per CPU-second (%.0f without making"
                            + " the documents); index %,d MB = %.0f bytes per judgment%n",
                    run.docsPerSecond(),
                    run.docsPerCpuSecond(),
                    run.docsPerCpuSecondNet(),
                    bytes / 1_000_000,
                    (double) bytes / n);
        }

        try (SolrJudgmentIndex cluster =
                new SolrJudgmentIndex(solrUrl, SolrJudgmentIndex.DEFAULT_ALIAS, new JudgmentAnalyzers())) {
            // a fresh, empty collection behind the alias (the old one is dropped): no leftovers of an earlier run
            String collection = cluster.rebuild(List.of(), 2, 2);
            List<Long> pids = new ArrayList<>(clusterPids(clusterData));
            pids.add(0, self);
            Run run = fill(
                    "cluster",
                    n,
                    threads,
                    gen,
                    cluster::upsertAll,
                    () -> {
                        cluster.commit();
                        cluster.refreshBlocking();
                    },
                    pids,
                    genMsPerDoc);
            check(n, cluster.count(), "cluster");
            long all = 0;
            int cores = 0;
            try (Stream<Path> nodes = Files.list(clusterData)) {
                for (Path node : nodes.filter(
                                p -> p.getFileName().toString().startsWith("node") && Files.isDirectory(p))
                        .toList()) {
                    try (Stream<Path> coreDirs = Files.list(node)) {
                        for (Path core : coreDirs.filter(
                                        p -> p.getFileName().toString().startsWith(collection + "_"))
                                .toList()) {
                            long size = treeSize(
                                    core.resolve("data"), p -> p.toString().contains("/data/index"));
                            long tlog = treeSize(
                                    core.resolve("data"), p -> p.toString().contains("/data/tlog"));
                            System.out.printf(
                                    "  %s/%s: index %,d MB, tlog %,d MB%n",
                                    node.getFileName(), core.getFileName(), size / 1_000_000, tlog / 1_000_000);
                            all += size;
                            cores++;
                        }
                    }
                }
            }
            System.out.printf(
                    "RESULT cluster indexing %.0f docs/s wall, %.0f docs per CPU-second of all JVMs (%.0f without"
                            + " making the documents); %d replica cores, %,d MB in all = %.0f bytes per judgment (%.0f per copy, 2 copies)%n",
                    run.docsPerSecond(),
                    run.docsPerCpuSecond(),
                    run.docsPerCpuSecondNet(),
                    cores,
                    all / 1_000_000,
                    (double) all / n,
                    (double) all / n / 2);
        }
    }

    record Run(int n, double seconds, double cpuMs, double genMs) {
        double docsPerSecond() {
            return n / seconds;
        }

        double docsPerCpuSecond() {
            return n / (cpuMs / 1000);
        }

        double docsPerCpuSecondNet() {
            return n / ((cpuMs - genMs) / 1000);
        }
    }

    interface Step {
        void run() throws Exception;
    }

    /** Indexes ids 1..n in chunks of {@value #BATCH} from {@code threads} threads; CPU of {@code pids}. */
    static Run fill(
            String name,
            int n,
            int threads,
            LuceneBench gen,
            Consumer<List<IndexedJudgment>> sink,
            Step finish,
            List<Long> pids,
            double genMsPerDoc)
            throws Exception {
        double cpu0 = cpuMs(pids);
        double[] each0 = pids.stream().mapToDouble(HttpBench::processCpuMs).toArray();
        long t0 = System.nanoTime();
        AtomicLong next = new AtomicLong();
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            jobs.add(pool.submit(() -> {
                for (long from = next.getAndAdd(BATCH); from < n; from = next.getAndAdd(BATCH)) {
                    List<IndexedJudgment> chunk = new ArrayList<>(BATCH);
                    for (long i = from; i < Math.min(n, from + BATCH); i++) {
                        chunk.add(gen.judgment(i + 1));
                    }
                    sink.accept(chunk);
                    long d = done.addAndGet(chunk.size());
                    if (d / 10_000 != (d - chunk.size()) / 10_000) {
                        System.out.printf(
                                "  %s: %,d docs, %.0f s, load average %s%n",
                                name, d, (System.nanoTime() - t0) / 1e9, HttpBench.load());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : jobs) {
            f.get();
        }
        pool.shutdown();
        finish.run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = cpuMs(pids) - cpu0;
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < pids.size(); i++) {
            parts.append(String.format(
                    " %s %.0f s",
                    i == 0 ? "client" : "pid " + pids.get(i), (HttpBench.processCpuMs(pids.get(i)) - each0[i]) / 1000));
        }
        System.out.printf(
                "%s: indexed %,d in %.1f s wall with %d client threads, CPU %.0f s (%s), load average %s on %d cores%n",
                name,
                n,
                seconds,
                threads,
                cpu / 1000,
                parts.toString().strip(),
                HttpBench.load(),
                Runtime.getRuntime().availableProcessors());
        return new Run(n, seconds, cpu, genMsPerDoc * n);
    }

    static double cpuMs(List<Long> pids) {
        return pids.stream().mapToDouble(HttpBench::processCpuMs).sum();
    }

    /** The Solr nodes' and ZooKeeper's pids from the local cluster's pid files. */
    static List<Long> clusterPids(Path data) throws IOException {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> files = Files.list(data)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".pid"))
                    .sorted()
                    .toList()) {
                pids.add(Long.parseLong(Files.readString(f).strip()));
            }
        }
        if (pids.isEmpty()) {
            throw new IllegalStateException("no cluster pid files in " + data);
        }
        return pids;
    }

    private static void check(int n, int count, String name) {
        if (count != n) {
            throw new IllegalStateException(name + " holds " + count + " documents, expected " + n);
        }
    }

    static long treeSize(Path dir, java.util.function.Predicate<Path> keep) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(keep)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
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

    // ---- queries over HTTP ---------------------------------------------------------------------

    /** One portal: its connection and the request URLs (first pages, then its own second pages). */
    static final class Side implements AutoCloseable {
        final String name;
        final HttpBench.RawHttp http;
        final List<String> urls = new ArrayList<>();
        final List<Double> ms = new ArrayList<>();
        final List<Double> page2 = new ArrayList<>();

        Side(String name, String base) {
            this.name = name;
            this.http = new HttpBench.RawHttp(base);
        }

        double time(int i) throws Exception {
            long t = System.nanoTime();
            http.get(urls.get(i));
            return (System.nanoTime() - t) / 1e6;
        }

        @Override
        public void close() {
            http.close();
        }
    }

    static void compare(
            String embeddedBase, String clusterBase, Path clusterData, long embeddedPid, long clusterPid, int rounds)
            throws Exception {
        LuceneBench b = new LuceneBench();
        b.load();
        List<SearchRequest> set = b.querySet();
        List<Long> nodes = clusterPids(clusterData);
        try (Side e = new Side("embedded", embeddedBase);
                Side c = new Side("cluster", clusterBase)) {
            int page2 = 0;
            int equalTotals = 0;
            List<String> secondE = new ArrayList<>();
            List<String> secondC = new ArrayList<>();
            for (SearchRequest r : set) {
                String path = HttpBench.url(r);
                JsonNode pe = JSON.readTree(e.http.get(embeddedBase + path));
                JsonNode pc = JSON.readTree(c.http.get(clusterBase + path));
                e.urls.add(embeddedBase + path);
                c.urls.add(clusterBase + path);
                equalTotals += pe.path("total").asLong() == pc.path("total").asLong() ? 1 : 0;
                // second pages: each side's own cursor (cursors are opaque and belong to their backend)
                String ne = pe.path("next").asText(null);
                String nc = pc.path("next").asText(null);
                if (page2 < HttpBench.SECOND_PAGES && ne != null && nc != null) {
                    secondE.add(embeddedBase + path + "&cursor=" + HttpBench.enc(ne));
                    secondC.add(clusterBase + path + "&cursor=" + HttpBench.enc(nc));
                    page2++;
                }
            }
            e.urls.addAll(secondE);
            c.urls.addAll(secondC);
            int first = set.size();
            int warmup = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP", "3"));
            for (int round = 0; round < warmup; round++) {
                for (int i = 0; i < e.urls.size(); i++) {
                    e.time(i);
                    c.time(i);
                }
            }
            String loadBefore = HttpBench.load();
            double eCpu0 = HttpBench.processCpuMs(embeddedPid);
            double cCpu0 = HttpBench.processCpuMs(clusterPid);
            double nCpu0 = cpuMs(nodes);
            List<Double> ratio = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < e.urls.size(); i++) {
                    double de;
                    double dc;
                    if ((round + i) % 2 == 0) {
                        de = e.time(i);
                        dc = c.time(i);
                    } else {
                        dc = c.time(i);
                        de = e.time(i);
                    }
                    e.ms.add(de);
                    c.ms.add(dc);
                    ratio.add(dc / de);
                    if (i >= first) {
                        e.page2.add(de);
                        c.page2.add(dc);
                    }
                }
            }
            int requests = e.ms.size();
            double eCpu = (HttpBench.processCpuMs(embeddedPid) - eCpu0) / requests;
            double cCpu = (HttpBench.processCpuMs(clusterPid) - cCpu0) / requests;
            double nCpu = (cpuMs(nodes) - nCpu0) / requests;
            double[] es = HttpBench.sorted(e.ms);
            double[] cs = HttpBench.sorted(c.ms);
            System.out.printf(
                    "load average %s before, %s after; %d requests (%d distinct, %d second pages) x %d rounds, over HTTP"
                            + " (GET /api/judgments, exact totals, facets, snippets), each side warmed up %d rounds; equal totals on %d of %d queries%n",
                    loadBefore, HttpBench.load(), e.urls.size(), first, page2, rounds, warmup, equalTotals, first);
            System.out.printf(
                    "RATIO cluster/embedded p50 %.2fx p90 %.2fx p99 %.2fx | per request (same query, same moment) median %.2fx%n",
                    HttpBench.pct(cs, 50) / HttpBench.pct(es, 50),
                    HttpBench.pct(cs, 90) / HttpBench.pct(es, 90),
                    HttpBench.pct(cs, 99) / HttpBench.pct(es, 99),
                    HttpBench.pct(HttpBench.sorted(ratio), 50));
            System.out.printf(
                    "RATIO CPU per request: cluster %.1f ms (portal %.1f + Solr nodes and ZooKeeper %.1f) / embedded portal %.1f ms = %.2fx%n",
                    cCpu + nCpu, cCpu, nCpu, eCpu, (cCpu + nCpu) / eCpu);
            System.out.printf("embedded HTTP: %s%n", LuceneBench.percentiles(e.ms));
            System.out.printf("cluster HTTP : %s%n", LuceneBench.percentiles(c.ms));
            if (!e.page2.isEmpty()) {
                System.out.printf(
                        "second pages embedded: %s | cluster: %s%n",
                        LuceneBench.percentiles(e.page2), LuceneBench.percentiles(c.page2));
            }
            System.out.printf(
                    "RESULT embedded p50 %.1f p90 %.1f p99 %.1f cluster p50 %.1f p90 %.1f p99 %.1f%n",
                    HttpBench.pct(es, 50),
                    HttpBench.pct(es, 90),
                    HttpBench.pct(es, 99),
                    HttpBench.pct(cs, 50),
                    HttpBench.pct(cs, 90),
                    HttpBench.pct(cs, 99));
        }
    }
}
