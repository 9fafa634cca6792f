package org.gongkai.exports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.gongkai.changes.ChangeFeed;
import org.gongkai.changes.PublicRecordSource;
import org.gongkai.platform.GongkaiConfig;
import org.gongkai.platform.Json;
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.ProblemException;
import org.jboss.logging.Logger;

/**
 * The daily bulk export (issue 15): per channel of the change feed one gzipped JSON Lines file of every public record
 * in its canonical form (the same bytes as the API's {@code /api/records/…}: masked, nothing withheld), and a
 * manifest. Generated in the background — every night and on an administrator's request — into
 * {@code gongkai.exports.dir/DATE/}; a run stopped half-way (crash, restart) resumes where its files stopped
 * ({@link ExportWriter}); the manifest is written last, so a day is listed only once all its files are complete.
 * One run at a time per node.
 */
@ApplicationScoped
public class BulkExports {
    private static final Logger LOG = Logger.getLogger(BulkExports.class);
    static final String MANIFEST = "manifest.json";
    static final String STARTED = "started.json";
    static final String SUFFIX = ".jsonl.gz";
    static final int BATCH = 500;

    @Inject
    ChangeFeed feed;

    @Inject
    MutableClock clock;

    Path root;
    int keepDays;

    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicReference<LocalDate> running = new AtomicReference<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bulk-export");
        t.setDaemon(true);
        return t;
    });

    /** When it started: the change feed's position then (kept across a resumed run). */
    record Started(Instant at, long changesCursor) {}

    @Inject
    void configure(GongkaiConfig config) {
        root = config.exports().dir();
        keepDays = config.exports().keepDays();
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** Nightly, China time (the day's export is named by that date); unfinished days are finished first. */
    @Scheduled(
            identity = "bulk-export",
            cron = "${gongkai.exports.cron:0 30 3 * * ?}",
            timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        for (LocalDate unfinished : unfinished()) {
            generate(unfinished);
        }
        generate(clock.today());
        prune();
    }

    /** Starts the export of {@code date} in the background; false when a run is already going on this node. */
    public boolean start(LocalDate date) {
        if (lock.isLocked()) {
            return false;
        }
        background.submit(() -> {
            try {
                generate(date);
            } catch (RuntimeException e) {
                LOG.errorf(e, "bulk export %s failed; the next run resumes it", date);
            }
        });
        return true;
    }

    /** Writes (or finishes) the export of {@code date}; returns its manifest. Empty when another run holds the lock. */
    public Optional<ExportManifest> generate(LocalDate date) {
        if (!lock.tryLock()) {
            return Optional.empty();
        }
        running.set(date);
        try {
            Optional<ExportManifest> done = manifest(date);
            if (done.isPresent()) {
                return done;
            }
            Path dir = root.resolve(date.toString());
            Files.createDirectories(dir);
            Path startedFile = dir.resolve(STARTED);
            Started started;
            if (Files.exists(startedFile)) {
                started = Json.read(Files.readString(startedFile), Started.class);
            } else {
                // the cursor is read before any record: a change committed meanwhile is in the feed after it
                started = new Started(
                        clock.instant(), QuarkusTransaction.requiringNew().call(feed::lastSeq));
                writeAtomically(startedFile, Json.write(started));
            }
            List<ExportManifest.ChannelFile> files = new ArrayList<>();
            long t0 = System.nanoTime();
            for (PublicRecordSource source : feed.sources()) {
                String name = source.channel() + SUFFIX;
                ExportWriter.Result r = ExportWriter.write(dir.resolve(name), batches(source), BATCH, () -> {});
                files.add(new ExportManifest.ChannelFile(
                        source.channel(), name, url(date, source.channel()), r.records(), r.bytes(), r.sha256()));
            }
            ExportManifest m = new ExportManifest(
                    date, ExportManifest.SCHEMA_VERSION, started.at(), clock.instant(), started.changesCursor(), files);
            writeAtomically(dir.resolve(MANIFEST), Json.write(m));
            Files.deleteIfExists(startedFile);
            for (ExportManifest.ChannelFile f : files) {
                Files.deleteIfExists(ExportWriter.sibling(dir.resolve(f.file()), ".done"));
            }
            LOG.infof(
                    "bulk export %s: %s in %d ms",
                    date,
                    files.stream().map(f -> f.channel() + "=" + f.records()).toList(),
                    (System.nanoTime() - t0) / 1_000_000);
            return Optional.of(m);
        } catch (IOException e) {
            throw new UncheckedIOException("bulk export " + date, e);
        } finally {
            running.set(null);
            lock.unlock();
        }
    }

    /** One batch of a channel, read in its own short transaction; a record that left the public meanwhile is skipped. */
    static ExportWriter.Batches batches(PublicRecordSource source) {
        return (after, limit) -> QuarkusTransaction.requiringNew().call(() -> {
            List<Long> ids = source.publicIds(after, limit);
            List<String> lines = new ArrayList<>(ids.size());
            for (long id : ids) {
                source.publicRecord(id).ifPresent(lines::add);
            }
            return new ExportWriter.Batch(ids, lines);
        });
    }

    /** The complete exports, newest first. */
    public List<ExportManifest> list() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> days = Files.list(root)) {
            return days.map(d -> d.getFileName().toString())
                    .map(BulkExports::dateOrNull)
                    .filter(d -> d != null)
                    .sorted(Comparator.reverseOrder())
                    .map(this::manifest)
                    .flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<ExportManifest> manifest(LocalDate date) {
        Path m = root.resolve(date.toString()).resolve(MANIFEST);
        if (!Files.exists(m)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.read(Files.readString(m), ExportManifest.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A complete export's file of a channel, with its manifest entry (hash = ETag). */
    public Optional<Located> file(LocalDate date, String channel) {
        return manifest(date)
                .flatMap(m -> m.channels().stream()
                        .filter(c -> c.channel().equals(channel))
                        .findFirst())
                .map(c -> new Located(root.resolve(date.toString()).resolve(c.file()), c));
    }

    public record Located(Path path, ExportManifest.ChannelFile entry) {}

    /** The day being exported on this node now, or null. */
    public LocalDate running() {
        return running.get();
    }

    /** Days whose run stopped before its manifest (a crash): the next run finishes them. */
    List<LocalDate> unfinished() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> days = Files.list(root)) {
            return days.filter(d -> !Files.exists(d.resolve(MANIFEST)))
                    .map(d -> dateOrNull(d.getFileName().toString()))
                    .filter(d -> d != null)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes complete exports older than {@code keep-days}. */
    void prune() {
        LocalDate oldest = clock.today().minusDays(keepDays);
        for (ExportManifest m : list()) {
            if (m.date().isBefore(oldest)) {
                Path dir = root.resolve(m.date().toString());
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException e) {
                    LOG.warnf(e, "could not delete the old export %s", dir);
                }
            }
        }
    }

    static String url(LocalDate date, String channel) {
        return "/api/exports/" + date + "/" + channel + SUFFIX;
    }

    /** A date in a URL: {@code 2026-12-06}; else 400. */
    static LocalDate parseDate(String value) {
        LocalDate d = dateOrNull(value);
        if (d == null) {
            throw ProblemException.invalidField(
                    "date",
                    "'" + (value == null ? "" : value.length() > 20 ? value.substring(0, 20) + "…" : value)
                            + "' is not a date: use YYYY-MM-DD (日期格式应为 YYYY-MM-DD)");
        }
        return d;
    }

    private static LocalDate dateOrNull(String value) {
        try {
            return value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        Path tmp = ExportWriter.sibling(file, ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
