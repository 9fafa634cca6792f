package org.gongkai.search.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.gongkai.search.index.IndexedJudgment;
import org.gongkai.search.index.JudgmentIndex;
import org.gongkai.search.query.SearchRequest;
import org.gongkai.search.query.SearchResult;
import org.gongkai.search.query.Sort;

/**
 * Search latency through the portal's HTTP API compared with direct Lucene, on the same index files
 * and the same request list (the mixed set of {@link LuceneBench}: words, phrases, booleans, fields,
 * filters, pasted text, and the second pages of the first {@value #SECOND_PAGES} that have one). Not
 * a test: run {@code bench/http-bench.sh}, which builds the index and starts the packaged portal.
 *
 * <pre>
 * compare DIR BASE_URL [rounds]   direct and HTTP interleaved, request by request
 * pg N JDBC_URL DIR [rounds]      PostgreSQL pg_trgm (same N texts) against direct Lucene, interleaved
 * </pre>
 *
 * <p>Fairness: both sides get the same warm-up (three full rounds each), are measured in the same
 * rounds, request by request, the side that goes first alternating per round; a second page is the
 * cursor of that request's first page on both sides. The direct side opens a read-only snapshot of
 * the very files the portal serves. The load average is printed before and after; compare ratios,
 * not absolute numbers, on a shared machine. CPU per request is compared thread for thread: the
 * direct search's thread against the portal's request threads (event loops and workers), and the
 * rest of the portal process (JIT compiler, GC) is reported beside it.
 */
public final class HttpBench {
    static final int SECOND_PAGES = 20;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "compare" ->
                compare(
                        Path.of(args[1]),
                        args[2],
                        args.length > 3 ? Integer.parseInt(args[3]) : 6,
                        args.length > 4 ? Long.parseLong(args[4]) : -1);
            case "pg" ->
                pg(
                        Integer.parseInt(args[1]),
                        args[2],
                        Path.of(args[3]),
                        args.length > 4 ? Integer.parseInt(args[4]) : 6);
            case "direct" -> direct(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 6);
            default -> throw new IllegalArgumentException("compare | pg | direct");
        }
    }

    static String load() {
        return String.format(
                "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * Direct Lucene only, thread CPU time per search (what a search costs, little distorted by a busy
     * machine), first pages and second pages apart: to compare two builds of the engine on one index.
     */
    static void direct(Path dir, int rounds) throws Exception {
        LuceneBench b = new LuceneBench();
        b.load();
        try (JudgmentIndex.Snapshot index = JudgmentIndex.openSnapshot(dir)) {
            List<SearchRequest> requests = withSecondPages(b.querySet(), index);
            requests.forEach(index::search);
            String loadBefore = load();
            List<Double> wall = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            List<Double> cpu1 = new ArrayList<>();
            List<Double> cpu2 = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                for (SearchRequest r : requests) {
                    long c0 = CPU.getCurrentThreadCpuTime();
                    wall.add(time(() -> index.search(r)));
                    double c = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
                    cpu.add(c);
                    (r.cursor() == null ? cpu1 : cpu2).add(c);
                }
            }
            System.out.printf(
                    "load average %s before, %s after; %d requests x %d rounds over %,d judgments%n",
                    loadBefore, load(), requests.size(), rounds, index.count());
            System.out.printf("direct wall ms   : %s%n", LuceneBench.percentiles(wall));
            System.out.printf("direct CPU ms    : %s (mean %.2f)%n", LuceneBench.percentiles(cpu), mean(cpu));
            System.out.printf("  first pages CPU: %s%n", LuceneBench.percentiles(cpu1));
            System.out.printf("  second pages   : %s%n", LuceneBench.percentiles(cpu2));
        }
    }

    // ---- direct vs HTTP ------------------------------------------------------------------------

    /**
     * CPU time of a process (user + system) in ms from /proc, or -1: the portal's CPU per request is
     * far less distorted by a busy machine than its wall time.
     */
    static double processCpuMs(long pid) {
        if (pid <= 0) {
            return -1;
        }
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0; // USER_HZ 100
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * CPU time in ms of the portal's request threads only (Vert.x event loops and the worker pool,
     * named {@code vert.x-eventloop-thread-N} and {@code executor-thread-N}), from /proc, or -1: the
     * same measure as the direct side's thread CPU, without the JIT compiler and GC threads that a
     * whole-process figure adds while the JVM is still warming up.
     */
    static double requestThreadsCpuMs(long pid) {
        return threadsCpuMs(pid, name -> name.startsWith("executor-thr") || name.startsWith("vert.x-eventlo"));
    }

    /**
     * CPU time in ms of each group of the process's threads (the name up to its number: "C2 CompilerThre",
     * "G1 Conc#", "executor-thread-", ...), from /proc; empty when it cannot be read.
     */
    static Map<String, Double> threadGroupsCpuMs(long pid) {
        Map<String, Double> out = new java.util.TreeMap<>();
        if (pid <= 0) {
            return out;
        }
        try (var tasks = java.nio.file.Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = java.nio.file.Files.readString(task.resolve("comm"))
                            .strip()
                            .replaceAll("[0-9]+$", "");
                    String stat = java.nio.file.Files.readString(task.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    out.merge(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0, Double::sum);
                } catch (IOException | RuntimeException gone) {
                    // a thread that ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            out.clear();
        }
        return out;
    }

    /** The JIT compiler threads of a HotSpot JVM. */
    static final java.util.function.Predicate<String> JIT =
            name -> name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");

    /** CPU time in ms of the threads of process {@code pid} whose name passes {@code which}, from /proc, or -1. */
    static double threadsCpuMs(long pid, java.util.function.Predicate<String> which) {
        if (pid <= 0) {
            return -1;
        }
        double sum = 0;
        try (var tasks = java.nio.file.Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name =
                            java.nio.file.Files.readString(task.resolve("comm")).strip();
                    if (which.test(name)) {
                        String stat = java.nio.file.Files.readString(task.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        sum += (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10.0;
                    }
                } catch (IOException | RuntimeException gone) {
                    // a thread that ended meanwhile
                }
            }
            return sum;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static void compare(Path dir, String base, int rounds, long portalPid) throws Exception {
        LuceneBench b = new LuceneBench();
        b.load();
        try (JudgmentIndex.Snapshot index = JudgmentIndex.openSnapshot(dir);
                RawHttp http = new RawHttp(base)) {
            List<SearchRequest> requests = withSecondPages(b.querySet(), index);
            List<String> urls = requests.stream().map(r -> base + url(r)).toList();
            String loadBefore = load();
            // Equal warm-up on each side, round by round over the same list: at least BENCH_WARMUP rounds (3), then
            // on until both JVMs' JIT compilers are quiet (steady state: a portal runs for days), for at most
            // BENCH_WARMUP_SECONDS (120). Quiet: in the last round the compiler threads spent less than 5 % of the
            // CPU the searches did, on each side.
            int warmup = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP", "3"));
            long warmupUntil = System.nanoTime()
                    + java.util.concurrent.TimeUnit.SECONDS.toNanos(
                            Long.parseLong(System.getenv().getOrDefault("BENCH_WARMUP_SECONDS", "120")));
            long self = ProcessHandle.current().pid();
            int warmed = 0;
            String jitLast = "";
            for (boolean quiet = false; warmed < warmup || (!quiet && System.nanoTime() < warmupUntil); warmed++) {
                double portalJit0 = threadsCpuMs(portalPid, JIT);
                double portalReq0 = requestThreadsCpuMs(portalPid);
                double selfJit0 = threadsCpuMs(self, JIT);
                long directCpu0 = CPU.getCurrentThreadCpuTime();
                for (int i = 0; i < requests.size(); i++) {
                    index.search(requests.get(i));
                    http.get(urls.get(i));
                }
                double portalJit = threadsCpuMs(portalPid, JIT) - portalJit0;
                double portalReq = requestThreadsCpuMs(portalPid) - portalReq0;
                double selfJit = threadsCpuMs(self, JIT) - selfJit0;
                double directCpuRound = (CPU.getCurrentThreadCpuTime() - directCpu0) / 1e6;
                // without the portal's /proc (no pid) its side counts as quiet, so the warm-up cannot take the whole
                // limit
                quiet = (portalPid <= 0 || portalJit < 0.05 * portalReq) && selfJit < 0.05 * directCpuRound;
                jitLast = String.format(
                        "JIT compilers %.0f ms (portal, against %.0f ms of requests) and %.0f ms (direct, against %.0f ms)",
                        portalJit, portalReq, selfJit, directCpuRound);
            }
            String warmupLine = String.format("warm-up: %d rounds on each side; the last one: %s", warmed, jitLast);
            List<Double> direct = new ArrayList<>();
            List<Double> directCpu = new ArrayList<>();
            List<Double> viaHttp = new ArrayList<>();
            List<Double> diff = new ArrayList<>();
            List<Double> directPage2 = new ArrayList<>();
            List<Double> httpPage2 = new ArrayList<>();
            Map<String, Double> groups0 = threadGroupsCpuMs(portalPid);
            double portalCpu0 = processCpuMs(portalPid);
            double requestCpu0 = requestThreadsCpuMs(portalPid);
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < requests.size(); i++) {
                    SearchRequest request = requests.get(i);
                    double d;
                    double h;
                    double c;
                    if ((round + i) % 2 == 0) {
                        long c0 = CPU.getCurrentThreadCpuTime();
                        d = time(() -> index.search(request));
                        c = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
                        h = timeHttp(http, urls.get(i));
                    } else {
                        h = timeHttp(http, urls.get(i));
                        long c0 = CPU.getCurrentThreadCpuTime();
                        d = time(() -> index.search(request));
                        c = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
                    }
                    direct.add(d);
                    directCpu.add(c);
                    viaHttp.add(h);
                    diff.add(h - d);
                    if (requests.get(i).cursor() != null) {
                        directPage2.add(d);
                        httpPage2.add(h);
                    }
                }
            }
            double portalCpu = processCpuMs(portalPid) - portalCpu0;
            Map<String, Double> groups = threadGroupsCpuMs(portalPid);
            groups.replaceAll((k, v) -> v - groups0.getOrDefault(k, 0.0));
            double requestCpu = requestThreadsCpuMs(portalPid) - requestCpu0;
            double[] ds = sorted(direct);
            double[] hs = sorted(viaHttp);
            System.out.printf(
                    "load average %s before, %s after; %d requests (%d distinct, %d second pages) x %d rounds over %,d judgments%n",
                    loadBefore,
                    load(),
                    requests.size(),
                    requests.size() - directPage2.size() / rounds,
                    directPage2.size() / rounds,
                    rounds,
                    index.count());
            System.out.println(warmupLine);
            System.out.printf(
                    "RATIO HTTP/direct p50 %.2fx p99 %.2fx | HTTP-direct per request p50 %+.1f ms%n",
                    pct(hs, 50) / pct(ds, 50), pct(hs, 99) / pct(ds, 99), pct(sorted(diff), 50));
            if (portalCpu0 >= 0) {
                System.out.printf(
                        "RATIO CPU per request: portal %.2f ms (mean, whole process) / direct %.2f ms (mean, thread) = %.2fx%n",
                        portalCpu / viaHttp.size(), mean(directCpu), portalCpu / viaHttp.size() / mean(directCpu));
                System.out.printf(
                        "RATIO CPU per request: portal request threads %.2f ms / direct %.2f ms (both threads) = %.2fx"
                                + " | the rest of the process (JIT compiler, GC, timers) %.2f ms%n",
                        requestCpu / viaHttp.size(),
                        mean(directCpu),
                        requestCpu / viaHttp.size() / mean(directCpu),
                        (portalCpu - requestCpu) / viaHttp.size());
            }
            if (!groups.isEmpty()) {
                StringJoiner g = new StringJoiner(", ", "portal CPU per request by thread group (ms): ", "");
                groups.entrySet().stream()
                        .filter(e -> e.getValue() > 0)
                        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                        .limit(10)
                        .forEach(e ->
                                g.add(String.format("%s %.2f", e.getKey().strip(), e.getValue() / viaHttp.size())));
                System.out.println(g);
            }
            System.out.printf("direct Lucene: %s%n", LuceneBench.percentiles(direct));
            System.out.printf("direct CPU ms: %s%n", LuceneBench.percentiles(directCpu));
            System.out.printf("HTTP API     : %s%n", LuceneBench.percentiles(viaHttp));
            if (!directPage2.isEmpty()) {
                System.out.printf(
                        "second pages direct: %s | HTTP: %s%n",
                        LuceneBench.percentiles(directPage2), LuceneBench.percentiles(httpPage2));
            }
            System.out.printf(
                    "RESULT direct p50 %.1f p99 %.1f http p50 %.1f p99 %.1f%n",
                    pct(ds, 50), pct(ds, 99), pct(hs, 50), pct(hs, 99));
        }
    }

    static List<SearchRequest> withSecondPages(List<SearchRequest> set, JudgmentIndex.Snapshot index) {
        List<SearchRequest> measured = new ArrayList<>(set);
        int added = 0;
        for (SearchRequest r : set) {
            if (added == SECOND_PAGES) {
                break;
            }
            SearchResult result = index.search(r);
            if (result.next() != null) {
                measured.add(r.withCursor(result.next()));
                added++;
            }
        }
        return measured;
    }

    interface Work {
        void run() throws Exception;
    }

    static double time(Work w) throws Exception {
        long t = System.nanoTime();
        w.run();
        return (System.nanoTime() - t) / 1e6;
    }

    static double timeHttp(RawHttp http, String url) throws Exception {
        return time(() -> http.get(url));
    }

    /**
     * The leanest HTTP/1.1 client: one kept-alive socket, the request written and the whole response
     * read on the calling thread. {@link java.net.http.HttpClient} hands every exchange to its selector thread and
     * back, two thread switches that on a loaded machine cost milliseconds and belong to no server.
     */
    static final class RawHttp implements AutoCloseable {
        private final String host;
        private final int port;
        private java.net.Socket socket;
        private java.io.BufferedInputStream in;
        private java.io.OutputStream out;

        RawHttp(String base) {
            URI u = URI.create(base);
            host = u.getHost();
            port = u.getPort();
        }

        String get(String url) throws IOException {
            URI u = URI.create(url);
            String target = u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
            for (int attempt = 0; ; attempt++) {
                try {
                    if (socket == null) {
                        socket = new java.net.Socket(host, port);
                        socket.setTcpNoDelay(true);
                        in = new java.io.BufferedInputStream(socket.getInputStream(), 65536);
                        out = socket.getOutputStream();
                    }
                    out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + ":" + port
                                    + "\r\nAccept: application/json\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    return read(url);
                } catch (IOException e) {
                    close();
                    if (attempt > 0) {
                        throw e;
                    }
                }
            }
        }

        private String read(String url) throws IOException {
            String status = line();
            if (status == null) {
                throw new IOException("connection closed");
            }
            long length = -1;
            boolean chunked = false;
            boolean closeAfter = false;
            for (String h = line(); h != null && !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:"))
                    length = Long.parseLong(h.substring(15).strip());
                if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
                if (lower.startsWith("connection:") && lower.contains("close")) closeAfter = true;
            }
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            if (chunked) {
                for (int n = Integer.parseInt(line().strip().split(";")[0], 16);
                        n > 0;
                        n = Integer.parseInt(line().strip().split(";")[0], 16)) {
                    body.write(in.readNBytes(n));
                    line();
                }
                for (String t = line(); t != null && !t.isEmpty(); t = line()) {
                    // trailers
                }
            } else if (length >= 0) {
                body.write(in.readNBytes((int) length));
            }
            if (closeAfter) {
                close();
            }
            String text = body.toString(StandardCharsets.UTF_8);
            if (!status.contains(" 200 ")) {
                throw new IllegalStateException(status + " for " + url + ": " + text);
            }
            return text;
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder();
            for (int c = in.read(); c != -1; c = in.read()) {
                if (c == '\n') {
                    int n = sb.length();
                    return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
                }
                sb.append((char) c);
            }
            return sb.isEmpty() ? null : sb.toString();
        }

        @Override
        public void close() {
            try {
                if (socket != null) socket.close();
            } catch (IOException ignored) {
                // closing
            }
            socket = null;
        }
    }

    /** The API URL of a search request (what a client would send). */
    static String url(SearchRequest r) {
        StringJoiner j = new StringJoiner("&", "/api/judgments?", "");
        if (r.q() != null && !r.q().isBlank()) j.add("q=" + enc(r.q()));
        r.filters().forEach((k, vs) -> vs.forEach(v -> j.add(k + "=" + enc(v))));
        if (r.from() != null) j.add("from=" + r.from());
        if (r.to() != null) j.add("to=" + r.to());
        j.add("sort="
                + switch (r.sort()) {
                    case RELEVANCE -> "relevance";
                    case DATE_DESC -> "date";
                    case DATE_ASC -> "date_asc";
                    case COURT_LEVEL -> "level";
                });
        j.add("size=" + r.size());
        if (r.cursor() != null) j.add("cursor=" + enc(r.cursor()));
        return j.toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static double mean(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    static double[] sorted(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    // ---- PostgreSQL pg_trgm --------------------------------------------------------------------

    /**
     * What a small team would build without a search engine: the same N full texts in PostgreSQL, a
     * trigram GIN index, every word of the query as {@code ILIKE '%word%'}, newest first, 20 per page
     * with the exact total (as the portal gives). Compared with direct Lucene (relevance, facets and
     * snippets included) on the plain word queries of the set, interleaved.
     */
    static void pg(int n, String jdbc, Path dir, int rounds) throws Exception {
        LuceneBench b = new LuceneBench();
        b.load();
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "");
                JudgmentIndex.Snapshot index = JudgmentIndex.openSnapshot(dir)) {
            fillPg(db, b, n);
            List<SearchRequest> words = b.querySet().stream()
                    .filter(r -> r.q() != null
                            && r.q().matches("[\\p{IsHan} ]+")
                            && r.q().length() < 25
                            && r.filters().isEmpty())
                    .toList();
            String loadBefore = load();
            List<Double> pgTimes = new ArrayList<>();
            List<Double> luceneTimes = new ArrayList<>();
            for (int round = -1; round < rounds; round++) { // round -1: warm-up of both
                for (SearchRequest r : words) {
                    double p = time(() -> pgSearch(db, r.q()));
                    double l = time(() ->
                            index.search(new SearchRequest(r.q(), r.filters(), null, null, Sort.DATE_DESC, null, 20)));
                    if (round >= 0) {
                        pgTimes.add(p);
                        luceneTimes.add(l);
                    }
                }
            }
            double[] ps = sorted(pgTimes);
            double[] ls = sorted(luceneTimes);
            System.out.printf(
                    "load average %s before, %s after; %d word queries x %d rounds over %,d judgments (newest first)%n",
                    loadBefore, load(), words.size(), rounds, n);
            System.out.printf(
                    "RATIO pg_trgm/Lucene p50 %.1fx p99 %.1fx%n", pct(ps, 50) / pct(ls, 50), pct(ps, 99) / pct(ls, 99));
            System.out.printf("PostgreSQL pg_trgm: %s%n", LuceneBench.percentiles(pgTimes));
            System.out.printf("direct Lucene     : %s%n", LuceneBench.percentiles(luceneTimes));
        }
    }

    static void pgSearch(Connection db, String q) throws Exception {
        String[] words = q.strip().split("\\s+");
        StringJoiner where = new StringJoiner(" AND ");
        for (int i = 0; i < words.length; i++) where.add("body ILIKE ?");
        try (PreparedStatement s = db.prepareStatement(
                "SELECT id, title, court, decided, count(*) OVER () AS total FROM bench_judgment WHERE " + where
                        + " ORDER BY decided DESC, id LIMIT 20")) {
            for (int i = 0; i < words.length; i++) s.setString(i + 1, "%" + words[i] + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                }
            }
        }
    }

    private static void fillPg(Connection db, LuceneBench b, int n) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            s.execute(
                    "CREATE TABLE IF NOT EXISTS bench_judgment (id bigint PRIMARY KEY, title text, court text, decided date, body text)");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM bench_judgment")) {
                rs.next();
                if (rs.getLong(1) == n) {
                    System.out.printf("PostgreSQL: reusing %,d texts%n", n);
                    return;
                }
            }
            s.execute("DROP INDEX IF EXISTS bench_judgment_trgm");
            s.execute("TRUNCATE bench_judgment");
        }
        long t0 = System.nanoTime();
        db.setAutoCommit(false);
        try (PreparedStatement ins = db.prepareStatement("INSERT INTO bench_judgment VALUES (?, ?, ?, ?, ?)")) {
            for (long id = 1; id <= n; id++) {
                IndexedJudgment j = b.judgment(id);
                ins.setLong(1, id);
                ins.setString(2, j.title());
                ins.setString(3, j.court());
                ins.setObject(4, j.decisionDate());
                ins.setString(5, j.fullText());
                ins.addBatch();
                if (id % 1000 == 0) {
                    ins.executeBatch();
                    db.commit();
                }
            }
            ins.executeBatch();
            db.commit();
        }
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("CREATE INDEX bench_judgment_trgm ON bench_judgment USING gin (body gin_trgm_ops)");
            s.execute("ANALYZE bench_judgment");
        }
        System.out.printf(
                "PostgreSQL: loaded %,d texts and built the trigram index in %.0f s%n",
                n, (System.nanoTime() - t0) / 1e9);
    }
}
