package org.gongkai.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongkai.courts.CourtDirectory;
import org.gongkai.platform.GongkaiConfig;
import org.gongkai.platform.MutableClock;
import org.gongkai.publishing.BulkImporter;
import org.jboss.logging.Logger;

/**
 * Loads the demo corpus on first start, in the background so the portal answers at once: the
 * project's own generator writes it (deterministic for its seed and its first-start date) and
 * the bulk importer publishes it through the pipeline. A second start finds the file and its
 * checkpoint and imports nothing again; an interrupted first load resumes. When
 * ../shared/data/judgments is present, its real judgments are imported too (as text).
 */
@ApplicationScoped
public class DemoLoader {
    private static final Logger LOG = Logger.getLogger(DemoLoader.class);

    @Inject
    GongkaiConfig config;

    @Inject
    BulkImporter importer;

    @Inject
    MutableClock clock;

    @Inject
    DemoProgress progress;

    @Inject
    @io.quarkus.arc.All
    java.util.List<org.gongkai.publishing.CliCommands.Job> jobs;

    private volatile Thread loader;

    void onStart(@Observes @Priority(100) StartupEvent ev) {
        if (!config.demo().loadOnStart()) {
            return;
        }
        progress.start(0, () -> 0);
        loader = Thread.ofPlatform().name("demo-loader").daemon(true).start(this::load);
    }

    /**
     * Shutdown waits (up to 20 s) for the loader to notice it and stop after a whole record: the loader still
     * asks the importer and the progress bar, which must not be gone yet (the importer's own shutdown observer,
     * priority 1, has already told it to stop).
     */
    void onShutdown(@Observes @Priority(2) io.quarkus.runtime.ShutdownEvent ev) {
        Thread t = loader;
        if (t != null && t.isAlive() && t != Thread.currentThread()) {
            try {
                t.join(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean loading() {
        Thread t = loader;
        return t != null && t.isAlive();
    }

    void load() {
        progress.start(0, () -> 0);
        try {
            Path file = corpusFile();
            // every file still to import, in order, so that the banner can say "N / M" over all of them
            List<Path> todo = new ArrayList<>();
            if (!importer.completed(file)) {
                todo.add(file);
            }
            Path shared = Path.of(config.demo().sharedData());
            if (config.demo().importSharedData() && Files.isDirectory(shared)) {
                try (Stream<Path> files = Files.list(shared)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".jsonl"))
                            .sorted()
                            .toList()) {
                        if (!importer.completed(f)) {
                            todo.add(f);
                        }
                    }
                }
            }
            long total = 0;
            for (Path f : todo) {
                total += lines(f);
            }
            long[] before = {0};
            progress.start(total, () -> before[0] + importer.linesRead());
            for (Path f : todo) {
                if (importer.stopping()) {
                    break;
                }
                LOG.infof(
                        f.equals(file)
                                ? "loading the demo corpus from %s through the publishing pipeline…"
                                : "importing real judgments from %s",
                        f);
                importer.importPath(f, System.out).forEach(this::summarise);
                before[0] += lines(f);
            }
            if (importer.stopping()) {
                // SIGTERM / Ctrl-C: the importer stopped after a whole record; the next start resumes (issue 10)
                LOG.info("demo corpus load stopped by shutdown; the next start resumes it");
                return;
            }
            // listings of the corpus whose term has already ended leave the list now, not at the next hourly run
            // (the expiry logs its own one line: the console says it once)
            jobs.stream().filter(j -> j.command().equals("expire")).forEach(j -> j.run());
        } catch (RuntimeException | IOException e) {
            LOG.error("loading the demo corpus failed; restart to resume", e);
        } finally {
            progress.finish();
        }
    }

    /**
     * One line on the console per file (issue 14: a quiet start); the whole report (rejections
     * with examples, the fields the text parser could not extract) goes to a file beside the corpus.
     */
    private void summarise(org.gongkai.publishing.BulkImporter.Summary s) {
        Path report = Path.of(config.demo().dir())
                .resolve("import-report-" + Path.of(s.file()).getFileName() + ".txt");
        try {
            Files.writeString(report, s.format());
        } catch (IOException e) {
            LOG.warnf("could not write the import report %s: %s", report, e.getMessage());
        }
        LOG.infof(
                "%s: %,d records in %.0f s — imported %,d%s, already there %,d, rejected %,d (report: %s)",
                Path.of(s.file()).getFileName(),
                s.lines(),
                s.seconds(),
                s.imported(),
                // not duplicates: the court's order completes the restriction its listing created (rules §3.5)
                s.completed() == 0
                        ? ""
                        : String.format(", restriction orders completing a listing's restriction %,d", s.completed()),
                s.duplicates(),
                s.rejectedTotal(),
                report);
    }

    private static long lines(Path f) throws IOException {
        try (Stream<String> l = Files.lines(f, java.nio.charset.StandardCharsets.UTF_8)) {
            return l.count();
        }
    }

    /** The generated corpus file: the existing one, or a new one made for today's date. */
    Path corpusFile() throws IOException {
        Path d = Path.of(config.demo().dir());
        Files.createDirectories(d);
        Optional<Path> existing;
        try (Stream<Path> s = Files.list(d)) {
            existing = s.filter(p -> p.getFileName().toString().matches("demo-corpus-.*\\.jsonl"))
                    .sorted()
                    .findFirst();
        }
        if (existing.isPresent()) {
            return existing.get();
        }
        int n = config.demo().judgments();
        var today = clock.today();
        Path tmp = d.resolve("demo-corpus.tmp");
        Path file = d.resolve("demo-corpus-" + DemoCorpusGenerator.DEFAULT_SEED + "-" + n + "-" + today + ".jsonl");
        new DemoCorpusGenerator(DemoCorpusGenerator.DEFAULT_SEED, CourtDirectory.standard(), today).writeJsonl(n, tmp);
        Files.move(tmp, file);
        return file;
    }
}
