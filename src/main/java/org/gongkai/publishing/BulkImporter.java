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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.judgments.text.ExtractionReport;
import org.gongkai.judgments.text.ParsedJudgment;
import org.gongkai.platform.Caller;
import org.gongkai.platform.Hashing;
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.ProblemException;
import org.gongkai.search.SearchIndexService;
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

    public record Summary(String file, long lines, long imported, long duplicates, Map<String, Long> rejected,
                          List<String> rejectedExamples, String extraction, double seconds, boolean interrupted) {
        public long rejectedTotal() {
            return rejected.values().stream().mapToLong(Long::longValue).sum();
        }

        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("%s: %d lines in %.1f s — imported %d, skipped as duplicates %d, rejected %d%n",
                    file, lines, seconds, imported, duplicates, rejectedTotal()));
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

    void onShutdown(@jakarta.enterprise.event.Observes @jakarta.annotation.Priority(1) io.quarkus.runtime.ShutdownEvent ev) {
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
                s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().forEach(files::add);
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
        long imported = 0, duplicates = 0, lineNo = 0;
        Map<String, Long> rejected = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        List<ParsedJudgment> parsedTexts = new ArrayList<>();
        Progress bar = new Progress(progress, file.getFileName().toString(), total, resumeAt);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while (!stopping && (line = r.readLine()) != null) {
                lineNo++;
                linesRead = lineNo;
                if (lineNo <= resumeAt) {
                    continue;
                }
                if (!line.isBlank()) {
                    String outcome = importLine(line, byKind, parsedTexts);
                    if (stopping && !outcome.equals("created") && !outcome.equals("duplicate")) {
                        // failed because the process is going down, perhaps: not counted, and the next run
                        // tries this line again (a real rejection is rejected again then)
                        lineNo--;
                        break;
                    }
                    switch (outcome) {
                        case "created" -> imported++;
                        case "duplicate" -> duplicates++;
                        default -> {
                            rejected.merge(outcome, 1L, Long::sum);
                            if (examples.size() < 10) {
                                examples.add("line " + lineNo + ": " + outcome);
                            }
                        }
                    }
                }
                if (lineNo % BATCH == 0) {
                    checkpoint(key, file, lineNo);
                    bar.update(lineNo);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.endDeferred();
        }
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
        String extraction = parsedTexts.isEmpty() ? null : ExtractionReport.of(parsedTexts).format();
        Summary s = new Summary(file.toString(), lineNo - resumeAt, imported, duplicates, rejected, examples, extraction,
                (System.nanoTime() - started) / 1e9, stopping && lineNo < total);
        LOG.infof("import %s: imported %d, duplicates %d, rejected %d", file.getFileName(), imported, duplicates,
                s.rejectedTotal());
        return s;
    }

    /** One record in its own transaction; returns "created", "duplicate" or the rejection reason. */
    private String importLine(String line, Map<String, RecordHandler> byKind, List<ParsedJudgment> parsedTexts) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (IOException e) {
            return "malformed JSON";
        }
        if (node == null || !node.isObject()) {
            return "not a JSON object";
        }
        index.beginDeferred();
        try {
            if (node.has("kind")) {
                String kind = node.path("kind").asText();
                RecordHandler h = byKind.get(kind);
                if (h == null) {
                    return "unknown kind '" + kind + "'";
                }
                JsonNode data = node.path("data");
                boolean created = QuarkusTransaction.requiringNew().call(() -> h.handle(kind, data, caller));
                return created ? "created" : "duplicate";
            }
            if (node.has("text") && node.has("id")) {
                String id = node.path("id").asText();
                String text = node.path("text").asText();
                parsedTexts.add(textImport.parse(text));
                boolean created = QuarkusTransaction.requiringNew().call(() -> textImport.submit(id, text, caller).created());
                return created ? "created" : "duplicate";
            }
            return "neither {\"kind\",\"data\"} nor {\"id\",\"text\"}";
        } catch (ProblemException e) {
            return e.detail();
        } catch (Exception e) {
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
                + Hashing.sha256(new String(head, StandardCharsets.ISO_8859_1))).substring(0, 64);
    }

    /** A progress bar on the terminal: count, percentage, rate and ETA. */
    static final class Progress {
        private final PrintStream out;
        private final String name;
        private final long total;
        private final long start;
        private final long t0 = System.nanoTime();
        private final java.util.ArrayDeque<long[]> window = new java.util.ArrayDeque<>();
        private long lastPrint;

        Progress(PrintStream out, String name, long total, long start) {
            this.out = out;
            this.name = name;
            this.total = Math.max(total, 1);
            this.start = start;
        }

        void update(long done) {
            if (out == null) {
                return;
            }
            long now = System.nanoTime();
            if (now - lastPrint < 200_000_000L && done < total) {
                return;
            }
            lastPrint = now;
            double secs = (now - t0) / 1e9;
            double rate = secs > 0 ? (done - start) / secs : 0;
            // the ETA follows the rate of the last 20 s rather than the average since the start,
            // which the first seconds (cold JIT, empty caches) hold down, so that the ETA shown
            // after the first 10 % is near the real time left (issue 14)
            window.addLast(new long[] {now, done});
            while (window.size() > 2 && now - window.peekFirst()[0] > 20_000_000_000L) {
                window.removeFirst();
            }
            long[] oldest = window.peekFirst();
            double recent = now - oldest[0] > 3_000_000_000L ? (done - oldest[1]) / ((now - oldest[0]) / 1e9) : rate;
            long eta = recent > 0 ? (long) ((total - done) / recent) : -1;
            int width = 30;
            int filled = (int) (width * done / total);
            out.printf("\r%s [%s%s] %d/%d %3d%% %6.0f rec/s ETA %s   ", name, "#".repeat(filled),
                    ".".repeat(Math.max(0, width - filled)), done, total, 100 * done / total, rate,
                    eta < 0 ? "?" : eta + "s");
            out.flush();
        }

        void done() {
            if (out != null) {
                out.println();
            }
        }
    }

}
