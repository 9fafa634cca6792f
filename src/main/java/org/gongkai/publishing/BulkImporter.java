package org.gongkai.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.gongkai.judgments.SearchIndexService;
import org.gongkai.judgments.text.ExtractionReport;
import org.gongkai.judgments.text.ParsedJudgment;
import org.gongkai.platform.Caller;
import org.gongkai.platform.Hashing;
import org.gongkai.platform.IngestMeter;
import org.gongkai.platform.Json;
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.RecordHandler;
import org.jboss.logging.Logger;

/**
 * Bulk import of JSON Lines through the publishing pipeline: records
 * {@code {"kind": "judgment"|"case"|"event"|"hearing"|"dishonest"|"restriction"|"termination", "data": {…}}}
 * or judgments given only as text {@code {"id", "text"}}. Each record is its own transaction
 * (a bad record is rejected with its reason, the others go on); duplicates are skipped by the
 * same idempotency keys as the API; a checkpoint per file makes an interrupted import resume
 * where it stopped. The search index is brought in line after every batch.
 */
@ApplicationScoped
public class BulkImporter {
    private static final Logger LOG = Logger.getLogger(BulkImporter.class);
    private static final int BATCH = 250;

    public record Summary(
            String file,
            long lines,
            long imported,
            long completed,
            long duplicates,
            Map<String, Long> rejected,
            List<String> rejectedExamples,
            String extraction,
            double seconds,
            boolean interrupted) {
        public long rejectedTotal() {
            return rejected.values().stream().mapToLong(Long::longValue).sum();
        }

        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(
                    "%s: %d lines in %.1f s — imported %d, completed existing records %d, skipped as duplicates %d,"
                            + " rejected %d%n",
                    file, lines, seconds, imported, completed, duplicates, rejectedTotal()));
            if (completed > 0) {
                sb.append("  completed: records that replaced a provisional one (a court's restriction order for a"
                        + " debtor it listed as dishonest replaces the restriction created with the listing)\n");
            }
            if (interrupted) {
                sb.append("  stopped by shutdown; the next run resumes after the last line imported\n");
            }
            rejected.forEach((reason, n) -> sb.append(String.format("  rejected %5d × %s%n", n, reason)));
            rejectedExamples.forEach(e -> sb.append("    e.g. ").append(e).append('\n'));
            if (extraction != null) {
                sb.append("  fields the text parser could not extract:\n").append(extraction.indent(4));
            }
            return sb.toString();
        }
    }

    @Inject
    @All
    List<RecordHandler> handlers;

    @Inject
    TextImport textImport;

    @Inject
    JudgmentPublisher publisher;

    @Inject
    org.gongkai.platform.GongkaiConfig config;

    @Inject
    Caller caller;

    @Inject
    SearchIndexService index;

    @Inject
    MutableClock clock;

    private volatile boolean stopping;
    /** Lines read of the file being imported (the demo loader shows it on every page). */
    private volatile long linesRead;

    private final java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * SIGTERM or Ctrl-C during an import (the demo load, ./gongkai import): stop after the record
     * in progress and write the checkpoint while the database is still open, so that shutdown is
     * quiet and the next run resumes exactly there (issue 10). Runs on the signal, before the JVM
     * shuts down (GracefulSignals), and again as the first shutdown observer for other shutdowns.
     */
    @jakarta.annotation.PostConstruct
    void registerStop() {
        org.gongkai.platform.GracefulSignals.beforeExit(this::stopAndWait);
    }

    void onShutdown(
            @jakarta.enterprise.event.Observes @jakarta.annotation.Priority(1) io.quarkus.runtime.ShutdownEvent ev) {
        stopAndWait();
    }

    private void stopAndWait() {
        stopping = true;
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (running.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Lines read so far of the file being imported, or of the last one imported. */
    public long linesRead() {
        return linesRead;
    }

    /** True once shutdown began: callers stop starting new imports. */
    public boolean stopping() {
        return stopping;
    }

    /** Imports a .jsonl file or every .jsonl file of a directory (in name order). */
    @ActivateRequestContext
    public List<Summary> importPath(Path path, PrintStream progress) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                s.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (Files.isRegularFile(path)) {
            files.add(path);
        } else {
            throw new IllegalArgumentException("no such file or directory: " + path);
        }
        caller.asAdmin("import");
        List<Summary> out = new ArrayList<>();
        running.incrementAndGet();
        IngestMeter.reset();
        try {
            for (Path f : files) {
                if (stopping) {
                    break;
                }
                out.add(importFile(f, progress));
            }
        } finally {
            running.decrementAndGet();
        }
        if (Boolean.getBoolean("bench.ingest") && progress != null) {
            progress.println(IngestMeter.report()); // bench/ingest-bench.sh reads this line
        }
        return out;
    }

    /** True when the file was imported to its end before (by its checkpoint). */
    public boolean completed(Path file) {
        try {
            String key = fileKey(file);
            long lines = countLines(file);
            return QuarkusTransaction.requiringNew().call(() -> {
                ImportCheckpoint c = ImportCheckpoint.findById(key);
                return c != null && c.nextLine >= lines;
            });
        } catch (IOException e) {
            return false;
        }
    }

    Summary importFile(Path file, PrintStream progress) {
        long started = System.nanoTime();
        linesRead = 0;
        Map<String, RecordHandler> byKind = new HashMap<>();
        for (RecordHandler h : handlers) {
            h.kinds().forEach(k -> byKind.put(k, h));
        }
        long total;
        String key;
        try {
            total = countLines(file);
            key = fileKey(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long resumeAt = QuarkusTransaction.requiringNew().call(() -> {
            ImportCheckpoint c = ImportCheckpoint.findById(key);
            return c == null ? 0L : c.nextLine;
        });
        if (resumeAt > 0 && progress != null) {
            progress.printf("resuming %s at line %d of %d%n", file.getFileName(), resumeAt + 1, total);
        }
        List<ParsedJudgment> parsedTexts = java.util.Collections.synchronizedList(new ArrayList<>());
        byte[] kinds;
        try {
            kinds = kindsOfLines(file, total);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportProgress bar = new ImportProgress(progress, file.getFileName().toString(), total, resumeAt, kinds);
        int workers = workers();
        ExecutorService pool = Executors.newFixedThreadPool(
                workers,
                Thread.ofPlatform().name("import-worker-", 1).daemon(true).factory());
        Tally tally = new Tally(key, file, bar, resumeAt);
        index.beginBulk(); // the index applies the import's changes every few seconds, in larger batches
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long read = 0;
            Lane lane = null;
            String lastCase = null;
            List<String> lines = new ArrayList<>(CHUNK);
            java.util.Set<String> keys = new java.util.HashSet<>();
            long first = resumeAt + 1;
            String line = "";
            while (!tally.halted && !stopping && line != null) {
                line = r.readLine();
                if (line != null) {
                    read++;
                    linesRead = read;
                    if (read <= resumeAt) {
                        continue;
                    }
                }
                // a chunk holds records of one lane; it is full, or the lane changes, or the file ends. A chunk of
                // a case's records ends where the case does (when it has CHUNK lines), so that the next chunk is
                // about other cases and may run beside it
                String caseNo = line == null ? null : caseNumberOf(line);
                Lane l = line == null ? null : Lane.of(line, caseNo);
                boolean full = lane == Lane.BY_CASE
                        ? lines.size() >= 4 * CHUNK
                                || (lines.size() >= CHUNK && !java.util.Objects.equals(caseNo, lastCase))
                        : lines.size() >= CHUNK;
                if (!lines.isEmpty() && (line == null || full || l != lane)) {
                    List<String> chunk = lines;
                    java.util.Set<String> chunkKeys = keys;
                    long firstLine = first;
                    Lane chunkLane = lane;
                    if (chunkLane == Lane.SERIAL || chunkLane != tally.lastLane) {
                        // records that may depend on earlier ones of another lane (an event on its case, a
                        // listing on its judgment) wait for everything before them
                        tally.drainAll();
                    }
                    // and a case's records wait for a chunk in flight about the same case: its own order stands
                    while (!tally.inFlight.isEmpty()
                            && (tally.inFlight.size() >= 3 * workers || tally.holdsAny(chunkKeys))) {
                        tally.collect(tally.inFlight.poll());
                    }
                    tally.inFlight.add(new InFlight(
                            pool.submit(() -> importChunk(firstLine, chunk, byKind, parsedTexts)), chunkKeys));
                    tally.lastLane = chunkLane;
                    if (chunkLane == Lane.SERIAL) {
                        tally.drainAll(); // one at a time, in file order
                    }
                    lines = new ArrayList<>(CHUNK);
                    keys = new java.util.HashSet<>();
                    first = firstLine + chunk.size();
                }
                if (line != null) {
                    lines.add(line);
                    lane = l;
                    if (caseNo != null && l == Lane.BY_CASE) {
                        keys.add(caseNo);
                    }
                    lastCase = caseNo;
                }
            }
            // chunks still running when a shutdown halted the import: counted while nothing halted them
            tally.drainAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.shutdown();
            index.endBulk();
        }
        long imported = tally.imported,
                completed = tally.completed,
                duplicates = tally.duplicates,
                lineNo = tally.lineNo;
        Map<String, Long> rejected = tally.rejected;
        List<String> examples = tally.examples;
        try {
            // stopped by shutdown while still skipping to the resume point: the checkpoint never goes back
            checkpoint(key, file, Math.max(lineNo, resumeAt));
        } catch (RuntimeException e) {
            if (!stopping) {
                throw e;
            }
            // the database closed first: the checkpoint of the last full batch stands, and the records
            // after it are skipped as duplicates next time
            LOG.debugf("final checkpoint not written during shutdown: %s", e.getMessage());
        }
        bar.update(lineNo);
        bar.done();
        String extraction =
                parsedTexts.isEmpty() ? null : ExtractionReport.of(parsedTexts).format();
        Summary s = new Summary(
                file.toString(),
                lineNo - resumeAt,
                imported,
                completed,
                duplicates,
                rejected,
                examples,
                extraction,
                (System.nanoTime() - started) / 1e9,
                stopping && lineNo < total);
        LOG.infof(
                "import %s: imported %d, completed %d, duplicates %d, rejected %d",
                file.getFileName(), imported, completed, duplicates, s.rejectedTotal());
        return s;
    }

    /**
     * The main thread's account of the chunks in file order: only the finished prefix counts, so the
     * checkpoint never passes a line still in progress on a worker.
     */
    private final class Tally {
        final Deque<InFlight> inFlight = new ArrayDeque<>();
        final Map<String, Long> rejected = new TreeMap<>();
        final List<String> examples = new ArrayList<>();
        final String key;
        final Path file;
        final ImportProgress bar;
        long imported;
        long completed;
        long duplicates;
        long lineNo;
        long nextCheckpoint;
        boolean halted;
        Lane lastLane;

        Tally(String key, Path file, ImportProgress bar, long resumeAt) {
            this.key = key;
            this.file = file;
            this.bar = bar;
            this.lineNo = resumeAt;
            this.nextCheckpoint = (resumeAt / BATCH + 1) * BATCH;
        }

        void drainAll() {
            while (!inFlight.isEmpty()) {
                collect(inFlight.poll());
            }
        }

        boolean holdsAny(java.util.Set<String> keys) {
            if (keys.isEmpty()) {
                return false;
            }
            for (InFlight f : inFlight) {
                for (String k : keys) {
                    if (f.keys().contains(k)) {
                        return true;
                    }
                }
            }
            return false;
        }

        void collect(InFlight f) {
            Chunk c;
            try {
                c = f.future().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("import worker failed", e.getCause());
            }
            if (halted) {
                return; // after a chunk stopped by shutdown, later lines are imported again next time
            }
            for (int k = 0; k < c.outcomes().size(); k++) {
                String outcome = c.outcomes().get(k);
                if (outcome == null) {
                    continue; // a blank line
                }
                switch (outcome) {
                    case "created" -> imported++;
                    case "completed" -> completed++;
                    case "duplicate" -> duplicates++;
                    default -> {
                        rejected.merge(outcome, 1L, Long::sum);
                        if (examples.size() < 10) {
                            examples.add("line " + (c.firstLine() + k) + ": " + outcome);
                        }
                    }
                }
            }
            lineNo = c.firstLine() + c.outcomes().size() - 1;
            halted = c.stoppedEarly();
            if (lineNo >= nextCheckpoint) {
                checkpoint(key, file, lineNo);
                nextCheckpoint = (lineNo / BATCH + 1) * BATCH;
            }
            // every chunk: the ETA sees each kind's own time, not spans of 250 lines that mix kinds
            bar.update(lineNo);
        }
    }

    /** A chunk on a worker, and the cases its records are about (for the lane {@link Lane#BY_CASE}). */
    private record InFlight(Future<Chunk> future, java.util.Set<String> keys) {}

    /**
     * How a line may be written beside its neighbours. Judgments (given as text or as a publishing payload) depend
     * on nothing before them. A case, its process events and its hearings depend on the records of the same case
     * before them only (an event needs its case): chunks about different cases run in parallel, a chunk about a
     * case still in flight waits for it. Enforcement records and anything else are written one chunk at a time in
     * file order (a restriction order completes its listing; a listing may name a judgment). Between lanes,
     * everything before is written first.
     */
    enum Lane {
        INDEPENDENT,
        BY_CASE,
        SERIAL;

        static Lane of(String line, String caseNumber) {
            if (line.isBlank()) {
                return INDEPENDENT;
            }
            int kind = line.indexOf("\"kind\"");
            if (kind < 0) {
                return INDEPENDENT; // {"id","text"} (or a line the worker refuses)
            }
            int v = skipToValue(line, kind + 6);
            if (line.startsWith("\"judgment\"", v)) {
                return INDEPENDENT;
            }
            if (caseNumber != null
                    && (line.startsWith("\"case\"", v)
                            || line.startsWith("\"event\"", v)
                            || line.startsWith("\"hearing\"", v))) {
                return BY_CASE;
            }
            return SERIAL;
        }
    }

    /**
     * The first "caseNumber" of a line (a record's own comes first in its data) in its canonical form, the form
     * the intake matches cases by, so that two spellings of one case ((2024) and （2024）, full-width digits) are
     * one lane; null (the serial lane) when it is not there, has a JSON escape or does not parse.
     */
    static String caseNumberOf(String line) {
        String raw = rawCaseNumberOf(line);
        if (raw == null || raw.indexOf('\\') >= 0) {
            return null;
        }
        return org.gongkai.courts.CaseNumberParser.tryParse(raw)
                .map(org.gongkai.courts.CaseNumber::canonical)
                .orElse(null);
    }

    private static String rawCaseNumberOf(String line) {
        int k = line.indexOf("\"caseNumber\"");
        if (k < 0) {
            return null;
        }
        int i = skipToValue(line, k + 12);
        if (i >= line.length() || line.charAt(i) != '"') {
            return null;
        }
        int close = line.indexOf('"', i + 1);
        return close < 0 ? null : line.substring(i + 1, close);
    }

    private static int skipToValue(String line, int from) {
        int i = from;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == ':')) {
            i++;
        }
        return i;
    }

    /** Records per chunk: one transaction for all of them when none is refused. */
    static final int CHUNK = 16;

    /**
     * Parallel workers (issue 12: import uses every core): one per core, at least two (one can
     * de-identify while the other waits for the database), or {@code gongkai.import.workers}.
     */
    int workers() {
        int configured = config.importWorkers();
        return configured > 0 ? configured : Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The outcomes of consecutive lines from {@code firstLine} (null for a blank line): a prefix of the
     * chunk when {@code stoppedEarly} (shutdown), whose remaining lines are imported again next time.
     */
    record Chunk(long firstLine, List<String> outcomes, boolean stoppedEarly) {}

    /** One record read and checked outside the transaction: what to run inside it, or why it is refused. */
    private record Work(
            String refused,
            TextImport.Prepared text,
            RecordHandler handler,
            String kind,
            JsonNode data,
            ParsedJudgment parsed) {}

    /**
     * Imports consecutive lines on a worker thread: every record is read and checked first (text parsed,
     * submission validated), then all accepted records are written in one transaction. When that
     * transaction fails (a write race with another worker, a refusal only the database sees), it is rolled
     * back whole and every record is written again in a transaction of its own, exactly as one by one:
     * a bad record is rejected with its reason and the others go on.
     */
    private Chunk importChunk(
            long firstLine, List<String> lines, Map<String, RecordHandler> byKind, List<ParsedJudgment> parsedTexts) {
        var requestContext = io.quarkus.arc.Arc.container().requestContext();
        requestContext.activate();
        try {
            caller.asAdmin("import");
            index.beginDeferred(); // the import thread applies the index in batches (checkpoint)
            List<Work> work = new ArrayList<>(lines.size());
            for (String line : lines) {
                work.add(line.isBlank() ? null : read(line, byKind));
            }
            List<String> outcomes = new ArrayList<>(lines.size());
            boolean together =
                    work.stream().filter(w -> w != null && w.refused() == null).count() > 1 && !stopping;
            if (together) {
                try {
                    List<String> done = QuarkusTransaction.requiringNew().call(() -> {
                        List<String> out = new ArrayList<>();
                        // the change feed's entries at the end: its counter is locked from the first entry to the
                        // commit, and the other workers need it too
                        publisher.holdAnnouncements();
                        try {
                            for (Work w : work) {
                                out.add(w == null ? null : w.refused() != null ? w.refused() : write(w));
                            }
                            publisher.announceHeld();
                        } finally {
                            publisher.dropHeld();
                        }
                        return out;
                    });
                    for (int k = 0; k < work.size(); k++) {
                        countParsed(work.get(k), done.get(k), parsedTexts);
                    }
                    return new Chunk(firstLine, done, false);
                } catch (Exception e) {
                    LOG.debugf("import chunk at line %d written record by record (%s)", firstLine, e.getMessage());
                }
            }
            for (Work w : work) {
                if (w == null) {
                    outcomes.add(null);
                    continue;
                }
                if (stopping) {
                    // shutdown: stop after the record in progress; the rest is imported next time
                    return new Chunk(firstLine, outcomes, true);
                }
                String outcome = w.refused() != null ? w.refused() : writeAlone(w);
                if (stopping && !WRITTEN.contains(outcome)) {
                    // failed because the process is going down, perhaps: not counted, and the next run
                    // tries this line again (a real rejection is rejected again then)
                    return new Chunk(firstLine, outcomes, true);
                }
                countParsed(w, outcome, parsedTexts);
                outcomes.add(outcome);
            }
            return new Chunk(firstLine, outcomes, false);
        } finally {
            requestContext.terminate();
        }
    }

    /** The extraction report counts every text read (as before: created, duplicate or refused after parsing). */
    private static void countParsed(Work w, String outcome, List<ParsedJudgment> parsedTexts) {
        if (w != null && w.parsed() != null) {
            parsedTexts.add(w.parsed());
        }
    }

    /** Parses and checks one line; a refusal carries its reason (the same words as when it is written alone). */
    private Work read(String line, Map<String, RecordHandler> byKind) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (IOException e) {
            return refused("malformed JSON");
        }
        if (node == null || !node.isObject()) {
            return refused("not a JSON object");
        }
        if (node.has("kind")) {
            String kind = node.path("kind").asText();
            RecordHandler h = byKind.get(kind);
            if (h == null) {
                return refused("unknown kind '" + kind + "'");
            }
            return new Work(null, null, h, kind, node.path("data"), null);
        }
        if (node.has("text") && node.has("id")) {
            String text = node.path("text").asText();
            try {
                TextImport.Prepared p = textImport.prepare(node.path("id").asText(), text);
                return new Work(null, p, null, null, null, p.parsed());
            } catch (Exception e) {
                // a refused text counts in the extraction report too, as it always did
                return new Work(reason(e), null, null, null, null, textImport.parse(text));
            }
        }
        return refused("neither {\"kind\",\"data\"} nor {\"id\",\"text\"}");
    }

    private static Work refused(String why) {
        return new Work(why, null, null, null, null, null);
    }

    /** The outcomes of a record that was written (or found there): anything else is a rejection reason. */
    private static final java.util.Set<String> WRITTEN = java.util.Set.of("created", "completed", "duplicate");

    /** Writes one record inside the current transaction: "created", "completed" or "duplicate". */
    private String write(Work w) throws Exception {
        if (w.text() != null) {
            return textImport.submit(w.text(), caller).created() ? "created" : "duplicate";
        }
        return switch (w.handler().apply(w.kind(), w.data(), caller)) {
            case CREATED -> "created";
            case COMPLETED -> "completed";
            case DUPLICATE -> "duplicate";
        };
    }

    /**
     * One record in its own transaction; returns "created", "duplicate" or the rejection reason. A write
     * race with another worker (the same new case from two records) is retried, as the API does.
     */
    private static final int MAX_ATTEMPTS = 10;

    private String writeAlone(Work w) {
        // a record is never given up for a lock another worker held (a lock timeout): retried for two minutes
        // at least; a shutdown meanwhile leaves it to the next run
        long retryUntil = System.nanoTime() + 120_000_000_000L;
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> write(w));
            } catch (Exception e) {
                if ((attempt < MAX_ATTEMPTS || System.nanoTime() < retryUntil)
                        && !stopping
                        && org.gongkai.platform.WriteConflicts.classify(e) != null) {
                    try {
                        // the winner may be a whole chunk's transaction on another worker: back off until it commits
                        long pause = Math.min(2_000L, 20L << attempt);
                        Thread.sleep(pause
                                + java.util.concurrent.ThreadLocalRandom.current()
                                        .nextLong(pause));
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        return reason(e);
                    }
                    continue;
                }
                return reason(e);
            }
        }
    }

    private static String reason(Exception e) {
        if (e instanceof ProblemException p) {
            return p.detail();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof ProblemException p) {
            return p.detail();
        }
        LOG.debug("import record failed", e);
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private void checkpoint(String key, Path file, long nextLine) {
        index.drainDeferred();
        QuarkusTransaction.requiringNew().run(() -> {
            ImportCheckpoint c = ImportCheckpoint.findById(key);
            if (c == null) {
                c = new ImportCheckpoint();
                c.fileKey = key;
                c.fileName = file.getFileName().toString();
                c.nextLine = nextLine;
                c.updatedAt = clock.instant();
                c.persist();
            } else {
                c.nextLine = nextLine;
                c.updatedAt = clock.instant();
            }
        });
    }

    static long countLines(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        }
    }

    /** Identifies a file by name, size and content hash of its first 64 KiB. */
    static String fileKey(Path file) throws IOException {
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(65536);
        }
        return Hashing.sha256(file.getFileName() + "|" + Files.size(file) + "|"
                        + Hashing.sha256(new String(head, StandardCharsets.ISO_8859_1)))
                .substring(0, 64);
    }

    /**
     * The record kinds of a file's lines, in order (one byte per line, an index into {@link ImportProgress#KINDS}):
     * read up front so that the ETA can count what is left of each kind.
     */
    static byte[] kindsOfLines(Path file, long lines) throws IOException {
        byte[] kinds = new byte[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(0, lines))];
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int i = 0;
            while ((line = r.readLine()) != null && i < kinds.length) {
                kinds[i++] = (byte) ImportProgress.kindIndex(kindOf(line));
            }
        }
        return kinds;
    }

    /** The "kind" of a line without parsing it all; "text" for {"id","text"} (and anything without a kind). */
    static String kindOf(String line) {
        int k = line.indexOf("\"kind\"");
        if (k < 0) {
            return "text";
        }
        int i = skipToValue(line, k + 6);
        if (i >= line.length() || line.charAt(i) != '"') {
            return "text";
        }
        int close = line.indexOf('"', i + 1);
        return close < 0 ? "text" : line.substring(i + 1, close);
    }
}
