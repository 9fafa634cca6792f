package org.gongkai.publishing;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.judgments.SearchIndexService;
import org.gongkai.platform.CommandLine;
import org.gongkai.platform.GongkaiConfig;
import org.gongkai.search.index.JudgmentIndex;

/** The command-line commands of the jar (./gongkai COMMAND …). */
@ApplicationScoped
public class CliCommands implements CommandLine {
    /** A maintenance job a channel offers to the command line, e.g. the enforcement expiry job. */
    public interface Job {
        String command();

        String describe();

        String run();
    }

    @Inject
    BulkImporter importer;

    @Inject
    SearchIndexService index;

    @Inject
    TokenService tokens;

    @Inject
    JudgmentPublisher publisher;

    @Inject
    @All
    List<Job> jobs;

    @Inject
    GongkaiConfig config;

    @Override
    public int run(String... args) {
        switch (args[0]) {
            case "import" -> {
                if (args.length < 2) {
                    throw new IllegalArgumentException("usage: gongkai import FILE.jsonl|DIRECTORY");
                }
                int rejected = 0;
                for (var s : importer.importPath(Path.of(args[1]), System.out)) {
                    System.out.print(s.format());
                    rejected += (int) Math.min(Integer.MAX_VALUE, s.rejectedTotal());
                }
                if (!index.isReady()) {
                    System.out.println(
                            "note: the running portal holds the index; it applies the imported changes from the outbox.");
                }
                return rejected > 0 ? 1 : 0;
            }
            case "reindex" -> {
                // start-up has already moved a damaged index aside (it is not opened before it is checked)
                requireIndex();
                System.out.println("reindexed " + index.rebuild() + " public documents");
                return 0;
            }
            case "check-index" -> {
                return checkIndex();
            }
            case "redeidentify" -> {
                // every core: batches of 50 documents, one worker per core (issue 12)
                int total = publisher.redeidentifyAll(
                        50, Math.max(2, Runtime.getRuntime().availableProcessors()));
                index.drain();
                System.out.println("de-identification re-run on " + total + " documents");
                return 0;
            }
            case "token" -> {
                return token(args);
            }
            default -> {
                for (Job j : jobs) {
                    if (j.command().equals(args[0])) {
                        System.out.println(j.run());
                        return 0;
                    }
                }
                throw new IllegalArgumentException("unknown command '" + args[0]
                        + "'; commands: import, reindex, check-index, redeidentify, token create|list|revoke"
                        + jobs.stream().map(j -> ", " + j.command()).reduce("", String::concat));
            }
        }
    }

    private int token(String[] args) {
        String sub = args.length > 1 ? args[1] : "";
        switch (sub) {
            case "create" -> {
                if (args.length < 3) {
                    throw new IllegalArgumentException("usage: gongkai token create COURT [LABEL]");
                }
                var t = tokens.issue(args[2], args.length > 3 ? args[3] : null, "cli");
                System.out.println(
                        "token for " + t.court() + " " + t.courtName() + " (id " + t.id() + "), shown once:");
                System.out.println(t.token());
                return 0;
            }
            case "list" -> {
                tokens.list()
                        .forEach(t -> System.out.printf(
                                "%d\t%s\t%s…\t%s\t%s%n",
                                t.id(),
                                t.court(),
                                t.prefix(),
                                t.createdAt(),
                                t.revokedAt() == null ? "active" : "revoked " + t.revokedAt()));
                return 0;
            }
            case "revoke" -> {
                if (args.length < 3) {
                    throw new IllegalArgumentException("usage: gongkai token revoke ID");
                }
                var t = tokens.revoke(Long.parseLong(args[2]), "cli");
                System.out.println("revoked token " + t.id() + " of " + t.court());
                return 0;
            }
            default ->
                throw new IllegalArgumentException(
                        "usage: gongkai token create COURT [LABEL] | token list | token revoke ID");
        }
    }

    /**
     * Exit status 0: the index is clean; 1: it was damaged (with the portal stopped it has been
     * moved aside and rebuilt by now; beside a running portal it is only reported).
     */
    private int checkIndex() {
        if (index.state() == SearchIndexService.State.HELD_ELSEWHERE) {
            var h = JudgmentIndex.checkReadOnly(Path.of(config.index().dir()));
            System.out.printf(
                    "the running portal holds the index; its last commit: %s (%d segments, %d documents, %d ms)%n",
                    h.clean() ? "clean" : "DAMAGED: " + h.problem(), h.segments(), h.documents(), h.millis());
            if (!h.clean()) {
                System.out.println(
                        "to repair: POST /api/admin/index/check on the portal, or restart it (start-up repairs)");
            }
            return h.clean() ? 0 : 1;
        }
        var r = index.lastCheck();
        if (r == null) {
            throw new IllegalArgumentException("the search index is not open: " + index.reason());
        }
        if (r.clean()) {
            System.out.printf(
                    "search index clean: %d segments, %d documents, checked in %d ms%n",
                    r.segments(), r.documents(), r.millis());
            return 0;
        }
        System.out.printf(
                "search index was DAMAGED (%s): its files were moved to %s and it was rebuilt from the"
                        + " database: %d documents%n",
                r.problem(), r.movedTo(), index.index().count());
        return 1;
    }

    private void requireIndex() {
        if (!index.isReady()) {
            throw new IllegalArgumentException("the search index is in use by a running portal; stop it first");
        }
    }
}
