package org.gongkai.judgments;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.PreventFurtherStepsException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.LockObtainFailedException;
import org.gongkai.platform.GongkaiConfig;
import org.gongkai.platform.GongkaiMain;
import org.gongkai.platform.IngestMeter;
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.ProblemException;
import org.gongkai.search.SearchBackend;
import org.gongkai.search.cluster.SolrJudgmentIndex;
import org.gongkai.search.index.IndexedJudgment;
import org.gongkai.search.index.JudgmentIndex;
import org.gongkai.search.query.SearchRequest;
import org.jboss.logging.Logger;

/**
 * Owns the one {@link JudgmentIndex} (one IndexWriter, one SearcherManager) of the portal and
 * keeps it in line with the database: the publishing pipeline writes an outbox row in its
 * transaction; after commit this service applies pending rows (upsert public documents, delete
 * everything else) and refreshes the searcher before the request returns. A scheduler refreshes
 * in the background and applies rows that other processes (the command-line tools) wrote.
 *
 * <p>Integrity (issue 10). At start the index is checked before it is opened (Lucene CheckIndex
 * at its checksum level, {@link JudgmentIndex#check}); a damaged or unreadable index is moved
 * aside into a dated folder and rebuilt from the database, with one log line that says so. The
 * same check runs on demand ({@link #checkNow}: admin API, {@code ./gongkai check-index}) and
 * whenever a search fails unexpectedly; a repair at run time rebuilds in the background while
 * searches answer 503 and readiness is DOWN. The database is the source of truth, so nothing is
 * lost by a rebuild.
 *
 * <p>One writer: Lucene allows one IndexWriter per directory. A second portal on the same
 * directory refuses to start with a one-line reason; a command-line tool beside a running
 * portal writes the database and the outbox only, and the portal applies the changes.
 */
@ApplicationScoped
public class SearchIndexService {
    private static final Logger LOG = Logger.getLogger(SearchIndexService.class);
    private static final int BATCH = 500;
    /** The readiness probe: a full-text query as users send them (terms dictionary, postings, facets, snippets). */
    private static final SearchRequest PROBE = SearchRequest.of("判决").withSize(1);
    /** After a run-time repair, a new failure repairs again only after this pause (no repair loop). */
    private static final Duration REPAIR_PAUSE = Duration.ofMinutes(10);
    /** After a failed drain, the outbox poll waits this long before it tries again (and logs again). */
    private static final Duration DRAIN_RETRY = Duration.ofSeconds(30);

    /** What the portal can do with its index right now. */
    public enum State {
        /** not opened yet */
        STARTING,
        /** open and searchable */
        READY,
        /** damaged: moved aside, a new index is being rebuilt from the database */
        REPAIRING,
        /** held by another process (a command-line tool beside a running portal) */
        HELD_ELSEWHERE,
        /** could not be opened or repaired; see {@link #reason()} */
        FAILED,
        /** shut down */
        CLOSED
    }

    /** The last integrity check: when, what it found, how long it took, and what was done. */
    public record CheckReport(
            Instant at,
            String trigger,
            boolean clean,
            String problem,
            int segments,
            long documents,
            long millis,
            String movedTo) {}

    /** Index versus database, for operators and the crash test. */
    public record Status(
            State state,
            String reason,
            long indexDocuments,
            long databasePublic,
            long outboxPending,
            CheckReport lastCheck) {}

    @Inject
    GongkaiConfig config;

    @Inject
    EntityManager em;

    @Inject
    MutableClock clock;
    /** Benchmarks serve an index built outside the database; everything else reconciles at start. */
    boolean reconcileAtStart;

    /** How long a hole in the change log is waited for before it counts as a rolled-back transaction. */
    Duration gapGrace;
    /** A node not seen for this long no longer holds back pruning; when it comes back it rebuilds. */
    Duration nodeTimeout;

    @Inject
    org.gongkai.platform.JobLease lease;

    static final String CURSOR_KEY = "gongkai.changeLogCursor";
    static final String NODE_KEY = "gongkai.nodeId";
    /** Which database's change log the cursor counts in. */
    static final String LOG_KEY = "gongkai.changeLogId";

    private volatile ChangeLogCursor cursor;
    private volatile String nodeId;
    private volatile String logId;
    private volatile long lastHeartbeat;

    private volatile JudgmentIndex index;
    /** GONGKAI_SEARCH=cluster: the SolrCloud backend instead of the embedded index (issue 12). */
    String searchKind;

    String solrUrl;
    String solrAlias;
    int solrShards;
    int solrReplicas;

    @jakarta.inject.Inject
    void configure(org.gongkai.platform.GongkaiConfig c) {
        reconcileAtStart = c.index().reconcileAtStart();
        gapGrace = c.index().changelogGapGrace();
        nodeTimeout = c.index().nodeTimeout();
        searchKind = c.search();
        solrUrl = c.solr().url();
        solrAlias = c.solr().collection();
        solrShards = c.solr().shards();
        solrReplicas = c.solr().replicas();
    }

    private volatile SolrJudgmentIndex cluster;
    private volatile State state = State.STARTING;
    private volatile String reason = "not opened yet";
    private volatile CheckReport lastCheck;
    private volatile Instant lastRepair = Instant.EPOCH;
    private volatile Instant drainFailedAt = Instant.EPOCH;
    private final ReentrantLock drainLock = new ReentrantLock();
    private final AtomicBoolean checkQueued = new AtomicBoolean();
    private final ExecutorService repairs = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().name("index-repair").daemon(true).unstarted(r));

    void start(@Observes @Priority(10) StartupEvent ev) {
        String command = GongkaiMain.command();
        if ("cluster".equalsIgnoreCase(searchKind)) {
            openCluster(command);
            return;
        }
        if (!"embedded".equalsIgnoreCase(searchKind)) {
            throw new IllegalStateException(
                    "gongkai: GONGKAI_SEARCH must be embedded or cluster, not '" + searchKind + "'");
        }
        try {
            open(command);
        } catch (LockObtainFailedException e) {
            if (GongkaiMain.servesPortal()) {
                // One writer: a second portal would serve an index it cannot update, and every search would
                // fail. Quarkus prints only the message of a PreventFurtherStepsException root cause (no stack
                // trace) and exits with its code; thrown bare from an observer it would be swallowed instead.
                String why = "gongkai: 拒绝启动：检索索引 " + dir().toAbsolutePath()
                        + " 正由另一个 Gongkai 门户进程使用（the search index is held by another Gongkai process;"
                        + " stop it, or give this one its own GONGKAI_INDEX_DIR）";
                throw new IllegalStateException(why, new PreventFurtherStepsException(why, 3));
            }
            state = State.HELD_ELSEWHERE;
            reason = "held by a running portal";
            LOG.infof(
                    "the search index at %s is held by a running portal: this command writes the database and"
                            + " the outbox only, and the portal applies the changes",
                    dir());
        } catch (IOException e) {
            state = State.FAILED;
            reason = JudgmentIndex.describe(e);
            throw new UncheckedIOException("cannot open the search index at " + dir(), e);
        }
    }

    /**
     * The cluster backend: every portal node writes through the same collection alias; the outbox
     * keeps it current, {@code ./gongkai reindex} rebuilds it without downtime (new collection, then
     * the alias moves). Index files, their checks and repairs are the cluster's own business.
     */
    private void openCluster(String command) {
        SolrJudgmentIndex c =
                new SolrJudgmentIndex(solrUrl, solrAlias, new org.gongkai.search.index.JudgmentAnalyzers());
        cluster = c;
        try {
            int docs = c.count();
            LOG.infof("search: cluster %s, alias %s, %d documents", solrUrl, solrAlias, docs);
            state = State.READY;
            reason = null;
            if (!"reindex".equals(command) && reconcileAtStart && GongkaiMain.servesPortal()) {
                boolean missedChanges = QuarkusTransaction.requiringNew().call(this::createClusterCursor);
                drain();
                reconcile();
                if (missedChanges) {
                    // no node applied the log to the cluster for longer than gongkai.index.node-timeout and it was
                    // pruned meanwhile: a correction may be missing, so the cluster is rebuilt (searches go on)
                    LOG.warnf(
                            "search cluster %s missed changes pruned from the change log while no node was applying"
                                    + " them: rebuilding it from the database in the background",
                            solrAlias);
                    repairs.execute(() -> rebuildCluster(c));
                }
            }
        } catch (RuntimeException e) {
            // the portal still serves pages; searches answer 503 until the cluster is reachable
            state = State.FAILED;
            reason = "search cluster unreachable at " + solrUrl + ": " + e.getMessage();
            LOG.warn(reason);
        }
    }

    /** The backend in use: the cluster, or the embedded index (null while closed). */
    private SearchBackend backend() {
        SolrJudgmentIndex c = cluster;
        return c != null ? c : index;
    }

    private Path dir() {
        return Path.of(config.index().dir());
    }

    /**
     * Checks, opens and brings the index in line with the database. For {@code reindex} the
     * command rebuilds everything itself, so only a damaged index is moved aside first.
     */
    synchronized void open(String command) throws IOException {
        if (index != null) {
            return;
        }
        Path dir = dir();
        JudgmentIndex.Health health = JudgmentIndex.check(dir);
        String movedTo = null;
        if (!health.clean()) {
            movedTo = JudgmentIndex.moveAside(dir, clock.instant()).toString();
            LOG.warnf(
                    "search index at %s is damaged (%s): moved its files to %s; rebuilding it from the database",
                    dir, health.problem(), movedTo);
        }
        lastCheck = new CheckReport(
                clock.instant(),
                "start",
                health.clean(),
                health.problem(),
                health.segments(),
                health.documents(),
                health.millis(),
                movedTo);
        LOG.debugf("search index check at start: %s", lastCheck);
        JudgmentIndex opened;
        try {
            opened = JudgmentIndex.open(dir);
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // damage the check cannot see (a file vanished since): same repair
            String aside = JudgmentIndex.moveAside(dir, clock.instant()).toString();
            LOG.warnf(
                    "search index at %s cannot be opened (%s): moved its files to %s; rebuilding it from the database",
                    dir, JudgmentIndex.describe(e), aside);
            opened = JudgmentIndex.open(dir);
        }
        opened.onSearchFailure(this::onSearchFailure);
        index = opened;
        String incomplete = startCursor(opened);
        if ("reindex".equals(command)) {
            // the command rebuilds; nothing to drain or reconcile first
        } else if (!reconcileAtStart) {
            LOG.warn("gongkai.index.reconcile-at-start=false: serving the index as it is (benchmark mode)");
        } else if (opened.needsRebuild() || incomplete != null) {
            if (incomplete != null) {
                LOG.infof("search index at %s %s: rebuilding from the database", dir, incomplete);
            } else if (health.clean()) {
                LOG.infof("search index at %s is missing or has an old schema: rebuilding from the database", dir);
            }
            rebuild();
        } else {
            drain();
            reconcile();
        }
        state = State.READY;
        reason = null;
    }

    void stop(@Observes ShutdownEvent ev) {
        if (Boolean.getBoolean("bench.ingest")) {
            System.out.println(IngestMeter.report()); // bench/ingest-bench.sh reads this line of a portal it stops
        }
        repairs.shutdown();
        SolrJudgmentIndex c = cluster;
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                LOG.debugf("closing the cluster client: %s", e.getMessage());
            }
        }
        close(State.CLOSED);
    }

    /**
     * Commits and closes the index, leaving {@code after} as the state (package-private: tests
     * close it the way a stopped portal does, then damage its files and {@link #open} it again).
     */
    void close(State after) {
        State before = state;
        state = after;
        reason = after == State.CLOSED ? "shut down" : "closed";
        if (before == State.REPAIRING) {
            // do not wait for the rebuild: an unfinished one has no schema mark, so the next start rebuilds again
            JudgmentIndex i = index;
            index = null;
            if (i != null) {
                i.abandon();
            }
            LOG.info("search index closed during a repair; the next start rebuilds it");
            return;
        }
        drainLock.lock();
        try {
            JudgmentIndex i = index;
            index = null;
            if (i == null) {
                return;
            }
            try {
                i.commit();
                i.close();
                LOG.info("search index committed and closed");
            } catch (IOException | RuntimeException e) {
                i.abandon();
                LOG.warnf("closing the search index failed (%s); the next start checks it", JudgmentIndex.describe(e));
            }
        } finally {
            drainLock.unlock();
        }
    }

    /**
     * The open index. While it is being repaired (or cannot be used) this answers 503 with a
     * Chinese message, never a stack trace: callers that can do without search check {@link
     * #isReady()} first.
     */
    public SearchBackend index() {
        SearchBackend i = backend();
        if (i == null || state != State.READY) {
            throw new ProblemException(
                    503,
                    "Service Unavailable",
                    "检索服务正在恢复，请稍后再试（the search index is "
                            + state.name().toLowerCase().replace('_', ' ') + "）");
        }
        return i;
    }

    public boolean isReady() {
        return state == State.READY && backend() != null;
    }

    public State state() {
        return state;
    }

    /** Why the index is not ready (null when it is). */
    public String reason() {
        return reason;
    }

    public CheckReport lastCheck() {
        return lastCheck;
    }

    /**
     * Readiness probe: runs a real full-text query (analysis, terms dictionary, postings, stored
     * fields, facets), the way a user's search does. Returns null when it works, else the reason.
     * A failure starts a check and repair, as for any search.
     */
    public String probe() {
        if (!isReady()) {
            return reason == null ? state.name() : reason;
        }
        try {
            index().search(PROBE);
            return null;
        } catch (RuntimeException | InternalError | AssertionError e) {
            // the index's failure listener has already queued a check
            return JudgmentIndex.describe(e);
        }
    }

    /**
     * An unexpected exception in a search (not the user's query error). A probe query decides
     * at once: when it fails too, every search fails, so readiness goes DOWN and the index is
     * checked and repaired in the background; when it works, the index files are still checked
     * in the background and readiness stays UP unless damage is found. A crafted query that
     * trips a bug therefore cannot take the portal out of service.
     */
    void onSearchFailure(Throwable e) {
        if (state != State.READY || !checkQueued.compareAndSet(false, true)) {
            return;
        }
        LOG.warnf("a search failed unexpectedly (%s): checking the search index", JudgmentIndex.describe(e));
        try {
            repairs.execute(() -> {
                try {
                    checkAndRepair("search failure", probeQuietly(), true);
                } finally {
                    checkQueued.set(false);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            checkQueued.set(false);
        }
    }

    private String probeQuietly() {
        SearchBackend i = backend();
        if (i == null) {
            return "index closed";
        }
        try {
            i.search(PROBE);
            return null;
        } catch (RuntimeException | InternalError | AssertionError e) {
            return JudgmentIndex.describe(e);
        }
    }

    /**
     * Checks the served index now (every file against its checksum, plus a probe query) and
     * repairs it when it is damaged. The repair runs in the background; the report says where the
     * damaged files went.
     */
    public CheckReport checkNow(String trigger) {
        if ((state != State.READY && state != State.FAILED) || index == null) {
            throw new ProblemException(
                    409,
                    "Conflict",
                    "检索索引当前不可检查（the search index is "
                            + state.name().toLowerCase().replace('_', ' ') + "）");
        }
        return checkAndRepair(trigger, probeQuietly(), false);
    }

    /**
     * @param automatic true when a search failure started it: then a second repair within
     *     {@link #REPAIR_PAUSE} is not attempted (the disk is likely failing); an operator's
     *     check always repairs
     */
    private synchronized CheckReport checkAndRepair(String trigger, String probeFailure, boolean automatic) {
        JudgmentIndex i = index;
        if (i == null || (state != State.READY && state != State.FAILED)) {
            return lastCheck;
        }
        JudgmentIndex.Health health = i.verify();
        Throwable tragedy = i.tragedy();
        String problem = !health.clean()
                ? health.problem()
                : tragedy != null
                        ? "the index writer stopped: " + JudgmentIndex.describe(tragedy)
                        : probeFailure != null ? "a test query fails: " + probeFailure : null;
        CheckReport report = new CheckReport(
                clock.instant(),
                trigger,
                problem == null,
                problem,
                health.segments(),
                health.documents(),
                health.millis(),
                null);
        lastCheck = report;
        if (problem == null) {
            if (state == State.FAILED) {
                state = State.READY;
                reason = null;
            }
            LOG.infof(
                    "search index check (%s): clean, %d segments, %d documents, %d ms",
                    trigger, health.segments(), health.documents(), health.millis());
            return report;
        }
        if (automatic && Duration.between(lastRepair, clock.instant()).compareTo(REPAIR_PAUSE) < 0) {
            state = State.FAILED;
            reason = "damaged again right after a repair: " + problem;
            LOG.errorf(
                    "search index damaged again within %s of the last repair (%s); not repairing in a loop:"
                            + " check the disk, then run ./gongkai reindex with the portal stopped",
                    REPAIR_PAUSE, problem);
            return report;
        }
        String movedTo = repair(problem);
        report = new CheckReport(
                report.at(), trigger, false, problem, report.segments(), report.documents(), report.millis(), movedTo);
        lastCheck = report;
        return report;
    }

    /**
     * Takes the damaged index out of service, moves its files aside and rebuilds a new one from the
     * database in the background. Returns the folder the damaged files were moved to.
     */
    private String repair(String problem) {
        state = State.REPAIRING;
        reason = "repairing: " + problem;
        lastRepair = clock.instant();
        Path dir = dir();
        drainLock.lock();
        try {
            JudgmentIndex damaged = index;
            index = null;
            if (damaged != null) {
                damaged.abandon();
            }
            Path aside = JudgmentIndex.moveAside(dir, clock.instant());
            LOG.warnf(
                    "search index at %s is damaged (%s): moved its files to %s; rebuilding it from the database",
                    dir, problem, aside);
            JudgmentIndex fresh = JudgmentIndex.open(dir);
            fresh.onSearchFailure(this::onSearchFailure);
            index = fresh;
            repairs.execute(this::finishRepair);
            return aside.toString();
        } catch (IOException | RuntimeException e) {
            state = State.FAILED;
            reason = "repair failed: " + JudgmentIndex.describe(e);
            LOG.errorf(
                    "repairing the search index at %s failed (%s); run ./gongkai reindex with the portal stopped",
                    dir, JudgmentIndex.describe(e));
            return null;
        } finally {
            drainLock.unlock();
        }
    }

    private void finishRepair() {
        try {
            rebuild();
            if (state == State.REPAIRING) {
                state = State.READY;
                reason = null;
            }
        } catch (RuntimeException e) {
            if (state == State.REPAIRING) {
                state = State.FAILED;
                reason = "rebuild failed: " + JudgmentIndex.describe(e);
                LOG.errorf(
                        "rebuilding the search index failed (%s); run ./gongkai reindex with the portal stopped",
                        JudgmentIndex.describe(e));
            }
        }
    }

    /** Index against database, for the admin API and the crash test. */
    public Status status() {
        SearchBackend i = backend();
        long docs = -1;
        if (i != null && (state == State.READY || state == State.REPAIRING)) {
            try {
                docs = i.count();
            } catch (RuntimeException e) {
                docs = -1;
            }
        }
        long publicInDb = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select count(j) from Judgment j where j.status in :s", Long.class)
                        .setParameter("s", List.of(Judgment.Status.PUBLISHED, Judgment.Status.REPUBLISHED))
                        .getSingleResult());
        ChangeLogCursor c = cursor;
        long from = c == null ? 0 : c.low();
        long appliedAbove = c == null ? 0 : c.appliedAboveLow();
        // changes this index has not applied yet (the log keeps rows for the other nodes too; above a hole
        // that is still waited for, rows already applied are counted out)
        long pending = QuarkusTransaction.requiringNew()
                .call(() -> cluster != null
                        ? ((Number) em.createNativeQuery(
                                                "select count(*) - coalesce(max(n.applied_above), 0) from index_outbox o"
                                                        + " left join index_node n on n.node_id = :n where o.id > coalesce(n.cursor_id, 0)")
                                        .setParameter("n", clusterCursorId())
                                        .getSingleResult())
                                .longValue()
                        : IndexOutbox.count("id > ?1", from)
                                - appliedAbove); // (a method reference would skip Panache's enhancement)
        return new Status(state, reason, docs, publicInDb, pending, lastCheck);
    }

    /**
     * Of these judgments, the ones with a change in the log that this index (or the cluster) has
     * not applied yet; runs in the caller's transaction. The log keeps applied rows for the other
     * nodes, so "has a row" is not "waits": the cursor decides.
     */
    public Set<Long> awaitingChanges(java.util.Collection<Long> judgmentIds) {
        if (judgmentIds.isEmpty()) {
            return Set.of();
        }
        ChangeLogCursor c = cursor;
        long low = c == null ? 0 : c.low();
        if (cluster != null) {
            List<?> row = em.createNativeQuery("select cursor_id from index_node where node_id = :n")
                    .setParameter("n", clusterCursorId())
                    .getResultList();
            low = row.isEmpty() ? 0 : ((Number) row.get(0)).longValue();
        }
        Set<Long> out = new HashSet<>();
        for (Object[] r : em.createQuery(
                        "select o.id, o.judgmentId from IndexOutbox o where o.judgmentId in :ids and o.id > :low",
                        Object[].class)
                .setParameter("ids", judgmentIds)
                .setParameter("low", low)
                .getResultList()) {
            if (cluster != null || c == null || c.needs(((Number) r[0]).longValue())) {
                out.add(((Number) r[1]).longValue());
            }
        }
        return out;
    }

    /** Marks the committing thread: its transaction wrote outbox rows. */
    void onChange(@Observes IndexOutbox.Changed changed) {
        PENDING_ON_THIS_THREAD.set(Boolean.TRUE);
    }

    /**
     * Runs right after a publishing transaction commits, on the same thread and in the same
     * request, so a withdrawal is gone from search before the response is sent. A batch of
     * changes in one transaction is applied once.
     */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexOutbox.Changed changed) {
        if (backend() == null || PENDING_ON_THIS_THREAD.get() != Boolean.TRUE || DEFERRED.get() == Boolean.TRUE) {
            return;
        }
        PENDING_ON_THIS_THREAD.remove();
        drain();
    }

    void afterRollback(@Observes(during = TransactionPhase.AFTER_FAILURE) IndexOutbox.Changed changed) {
        PENDING_ON_THIS_THREAD.remove();
    }

    private static final ThreadLocal<Boolean> PENDING_ON_THIS_THREAD = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> DEFERRED = new ThreadLocal<>();

    /** Bulk imports: changes committed on this thread are applied in batches by {@link #drainDeferred()}. */
    public void beginDeferred() {
        DEFERRED.set(Boolean.TRUE);
    }

    /**
     * A bulk import's checkpoint: applies what its workers committed, unless a drain ran less than {@link
     * #BULK_DRAIN_INTERVAL} ago (see {@link #beginBulk()}).
     */
    public void drainDeferred() {
        PENDING_ON_THIS_THREAD.remove();
        if (!bulkPaced()) {
            drain();
        }
    }

    /** The end of a bulk import: everything it wrote is applied before this returns. */
    public void endDeferred() {
        DEFERRED.remove();
        PENDING_ON_THIS_THREAD.remove();
        drain();
    }

    /**
     * While a bulk import runs in this JVM, its changes are applied to the index at most every {@link
     * #BULK_DRAIN_INTERVAL} (by the outbox poll or its checkpoints) instead of every second: each drain ends
     * with a commit and a refresh, each of which writes a new segment, and at one small segment a second the
     * merges, flushes and reader reopens cost more CPU than the documents themselves (issue 16: a third of
     * the indexing CPU of a 2,000-judgment import). A publication through the API during the import is still
     * applied before its response (that drain applies the import's changes too), and the end of the import
     * applies everything ({@link #endBulk()}).
     */
    public void beginBulk() {
        bulkImports.incrementAndGet();
    }

    /** The end of a bulk import ({@link #beginBulk()}): everything it wrote is applied before this returns. */
    public void endBulk() {
        bulkImports.decrementAndGet();
        endDeferred();
    }

    static final Duration BULK_DRAIN_INTERVAL = Duration.ofSeconds(5);

    private final java.util.concurrent.atomic.AtomicInteger bulkImports =
            new java.util.concurrent.atomic.AtomicInteger();
    private volatile long lastDrainNanos = System.nanoTime();

    /** True while a bulk import runs and the last drain is more recent than {@link #BULK_DRAIN_INTERVAL}. */
    private boolean bulkPaced() {
        return bulkImports.get() > 0 && System.nanoTime() - lastDrainNanos < BULK_DRAIN_INTERVAL.toNanos();
    }

    private final AtomicBoolean suspended = new AtomicBoolean();

    /**
     * Test hook for crash recovery: while suspended, committed changes stay in the outbox as if
     * the process had died between the database commit and the index update.
     */
    public void suspendForTest(boolean suspend) {
        suspended.set(suspend);
    }

    @Scheduled(every = "${gongkai.index.refresh-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void backgroundRefresh() {
        JudgmentIndex i = index;
        // While a bulk import runs, every drain ends with its own refresh; a refresh in between would only write
        // its half-applied batch as one more small segment (one a second: a third of the merge and flush CPU of a
        // 2,000-judgment import, issue 16), and show nothing a search could not see a drain later.
        if (i != null && state == State.READY && bulkImports.get() == 0) {
            try {
                i.maybeRefresh();
            } catch (RuntimeException e) {
                LOG.warnf("background index refresh failed (%s)", JudgmentIndex.describe(e));
                onSearchFailure(e);
            }
        }
    }

    /**
     * Applies change-log rows written by other processes: the other web nodes (with the embedded
     * index each node keeps its own index, so this poll bounds how soon a change published through
     * another node is found here: {@code gongkai.index.poll-interval}, default 1 s, plus the time
     * to apply it), the command-line tools beside the running portal, and rows a failed drain left
     * behind.
     */
    @Scheduled(
            every = "${gongkai.index.poll-interval:1s}",
            delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pollOutbox() {
        if (backend() == null
                || state != State.READY
                || bulkPaced()
                || Duration.between(drainFailedAt, clock.instant()).compareTo(DRAIN_RETRY) < 0) {
            return;
        }
        if (cluster != null) {
            // one read: is anything above the cluster's shared cursor?
            boolean pending = QuarkusTransaction.requiringNew()
                    .call(() -> !em.createNativeQuery(
                                    "select o.id from index_outbox o where o.id > coalesce((select n.cursor_id from index_node n"
                                            + " where n.node_id = :n), 0)")
                            .setParameter("n", clusterCursorId())
                            .setMaxResults(1)
                            .getResultList()
                            .isEmpty());
            if (pending) {
                drain();
            } else if (System.currentTimeMillis() - lastHeartbeat >= 15_000) {
                // the cluster's cursor row is alive while any node runs (pruning forgets rows not seen for long)
                lastHeartbeat = System.currentTimeMillis();
                QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("update index_node set seen_at_ms = :t where node_id = :n")
                                .setParameter("t", lastHeartbeat)
                                .setParameter("n", clusterCursorId())
                                .executeUpdate());
            }
            return;
        }
        ChangeLogCursor c = cursor;
        if (c == null) {
            return;
        }
        long high = c.high();
        boolean pending =
                c.hasHoles() || QuarkusTransaction.requiringNew().call(() -> IndexOutbox.count("id > ?1", high) > 0);
        if (pending) {
            drain();
        } else {
            heartbeat(false);
        }
    }

    /** Applies every pending outbox row; returns how many judgments were applied. */
    public int drain() {
        if (backend() == null || suspended.get() || state == State.REPAIRING) {
            // during a repair the rows stay in the outbox; the rebuild applies them when it is done
            return 0;
        }
        drainLock.lock();
        try {
            SearchBackend i = backend();
            if (i == null || state == State.REPAIRING || state == State.CLOSED) {
                return 0;
            }
            int n = drainLocked(i);
            lastDrainNanos = System.nanoTime();
            return n;
        } catch (RuntimeException e) {
            drainFailedAt = clock.instant();
            LOG.warnf("applying the index outbox failed (%s); it will be retried", JudgmentIndex.describe(e));
            JudgmentIndex i = index;
            if (i != null && (i.tragedy() != null || e instanceof AlreadyClosedException)) {
                onSearchFailure(e);
            }
            return 0;
        } finally {
            drainLock.unlock();
        }
    }

    /**
     * Index documents built by the publishing pipeline from the judgment in memory, by outbox row id:
     * the drain applies the document of a judgment's latest row instead of reading the judgment back
     * from the database. Only changes made in this JVM have one; a change made through another node
     * is loaded from the database. A row whose transaction rolled back is never drained; its document
     * is dropped once the cursor has passed it (or when too many pile up, e.g. beside a portal that
     * holds the index).
     */
    private final java.util.concurrent.ConcurrentHashMap<Long, IndexedJudgment> prepared =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final int MAX_PREPARED = 5_000;

    /** The index document of a public judgment as its transaction (outbox row {@code outboxId}) stores it. */
    public void prepare(long outboxId, IndexedJudgment document) {
        if (prepared.size() >= MAX_PREPARED) {
            prepared.clear(); // only a shortcut: every row can still be applied from the database
        }
        prepared.put(outboxId, document);
    }

    private int drainLocked(SearchBackend i) {
        return i instanceof JudgmentIndex own ? drainOwnIndex(own) : drainShared(i);
    }

    /**
     * Embedded index: applies every change of the log this index has not applied yet (see {@link
     * ChangeLogCursor}), in batches, each ending with one commit that also records the new cursor,
     * so the index and its place in the log are durable together. The rows stay in the log for the
     * other nodes; {@link #pruneChangeLog} removes them once every node is past.
     */
    private int drainOwnIndex(JudgmentIndex i) {
        ChangeLogCursor c = cursor;
        int total = 0;
        boolean lateOnes = c.hasHoles();
        while (true) {
            boolean late = lateOnes;
            int applied = QuarkusTransaction.requiringNew().call(() -> applyBatch(i, c, late));
            lateOnes = false;
            if (applied == 0) {
                break;
            }
            c.advance();
            i.setCommitValue(CURSOR_KEY, Long.toString(c.low()));
            long cpu = IngestMeter.now();
            i.commit();
            IngestMeter.add(IngestMeter.Stage.INDEX, cpu);
            total += applied;
        }
        if (c.advance()) {
            // a hole passed its grace period: record the new mark with the next commit
            i.setCommitValue(CURSOR_KEY, Long.toString(c.low()));
            i.commit();
        }
        long low = c.low();
        prepared.keySet().removeIf(k -> k <= low);
        if (total > 0) {
            long cpu = IngestMeter.now();
            i.refreshBlocking();
            IngestMeter.add(IngestMeter.Stage.INDEX, cpu);
        }
        heartbeat(false);
        return total;
    }

    /**
     * Search cluster: every node writes to the same collection, so the log is applied to it once
     * across nodes. The cluster has one cursor (the {@code index_node} row {@code cluster:<alias>}:
     * low-water mark, highest id applied, how many ids between them were applied, and since when
     * the first hole has been waited for); a node applies one batch while it holds that row's lock,
     * commits the cluster, then moves the cursor in the same transaction. The lock is waited for,
     * not skipped: when the 201 of a publication returns, its change has been applied, by this node
     * or by the one that held the lock. A batch applied again after a crash between the cluster
     * commit and the database commit costs time only (upserts and deletes are idempotent).
     */
    int drainShared(SearchBackend i) { // (package-private: SharedClusterCursorTest drives two "nodes")
        int total = 0;
        long applied = 0;
        while (true) {
            long[] high = {0};
            int n = QuarkusTransaction.requiringNew().call(() -> {
                SharedCursorRow row = lockClusterCursor();
                ChangeLogCursor c = ChangeLogCursor.resume(row.low(), row.holeSince(), gapGrace.toNanos(), WALL_NANOS);
                boolean lateOnes = false;
                if (row.high() > row.low()) {
                    List<Long> between = em.createQuery(
                                    "select o.id from IndexOutbox o where o.id > :low and o.id <= :high", Long.class)
                            .setParameter("low", row.low())
                            .setParameter("high", row.high())
                            .getResultList();
                    if (between.size() == row.appliedAbove()) {
                        between.forEach(c::applied); // every row between is one the cluster has
                    } else {
                        lateOnes = true; // a change committed into a hole: the rows between are applied (again)
                        c.applied(row.high());
                    }
                }
                int k = applyBatch(i, c, lateOnes);
                if (k > 0) {
                    long cpu = IngestMeter.now();
                    i.commit();
                    IngestMeter.add(IngestMeter.Stage.INDEX, cpu);
                }
                c.advance();
                saveClusterCursor(c);
                high[0] = c.high();
                return k;
            });
            applied = Math.max(applied, high[0]);
            if (n == 0) {
                break;
            }
            total += n;
        }
        long through = applied;
        prepared.keySet().removeIf(k -> k <= through);
        if (total > 0) {
            long cpu = IngestMeter.now();
            i.refreshBlocking();
            IngestMeter.add(IngestMeter.Stage.INDEX, cpu);
        }
        return total;
    }

    /** Wall time in nanoseconds: the cluster's hole times are compared across nodes. */
    private static final java.util.function.LongSupplier WALL_NANOS = () -> System.currentTimeMillis() * 1_000_000L;

    /**
     * Reads the next rows of the log after {@code c} (first the ones that committed late into its
     * holes, when {@code lateOnes}), applies each judgment once as its latest row left it, and marks
     * the rows applied in {@code c}. Runs in the caller's transaction. Returns how many judgments
     * were applied; 0 when nothing is left.
     */
    private int applyBatch(SearchBackend i, ChangeLogCursor c, boolean lateOnes) {
        long low = c.low();
        long high = c.high();
        List<Object[]> rows = new java.util.ArrayList<>();
        if (lateOnes) {
            // changes that committed after higher ones were applied (rare, and few)
            rows.addAll(em.createQuery(
                            "select o.id, o.judgmentId from IndexOutbox o where o.id > :low and o.id <= :high"
                                    + " order by o.id",
                            Object[].class)
                    .setParameter("low", low)
                    .setParameter("high", high)
                    .getResultList());
        }
        rows.addAll(em.createQuery(
                        "select o.id, o.judgmentId from IndexOutbox o where o.id > :high order by o.id", Object[].class)
                .setParameter("high", high)
                .setMaxResults(BATCH)
                .getResultList());
        // each judgment once, as its latest row in this batch left it
        Map<Long, Long> latestRow = new java.util.LinkedHashMap<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            if (c.needs(id)) {
                latestRow.merge(((Number) r[1]).longValue(), id, Math::max);
            }
        }
        if (latestRow.isEmpty()) {
            return 0;
        }
        Set<Long> load = new HashSet<>();
        for (var e : latestRow.entrySet()) {
            // the document prepared in this JVM only for a change in log order: a late one is read back
            IndexedJudgment doc = e.getValue() > high ? prepared.get(e.getValue()) : null;
            if (doc != null) {
                long cpu = IngestMeter.now();
                i.upsert(doc);
                IngestMeter.add(IngestMeter.Stage.INDEX, cpu);
            } else {
                load.add(e.getKey());
            }
        }
        Map<Long, Judgment> found = new HashMap<>();
        for (Judgment j : Judgment.listForIndexing(load)) {
            found.put(j.id, j);
        }
        for (long id : load) {
            Judgment j = found.get(id);
            long cpu = IngestMeter.now();
            if (j != null && j.status.isPublic()) {
                i.upsert(JudgmentDocuments.toIndexed(j));
            } else {
                i.delete(id);
            }
            IngestMeter.add(IngestMeter.Stage.INDEX, cpu);
        }
        for (Object[] r : rows) {
            c.applied(((Number) r[0]).longValue());
        }
        return latestRow.size();
    }

    /** The cluster's one cursor in the log, as locked by {@link #lockClusterCursor}. */
    private record SharedCursorRow(long low, long high, int appliedAbove, Long holeSince) {}

    private String clusterCursorId() {
        return "cluster:" + solrAlias;
    }

    /**
     * Locks the cluster's cursor row for this transaction (waiting while another node applies a
     * batch) and returns it. A missing row (first start, or forgotten after every node was away
     * longer than {@code gongkai.index.node-timeout}) is created at the pruning horizon.
     */
    private SharedCursorRow lockClusterCursor() {
        for (int attempt = 0; ; attempt++) {
            List<?> found = em.createNativeQuery("select cursor_id, high_id, applied_above, hole_id, hole_seen_ms"
                            + " from index_node where node_id = :n for update")
                    .setParameter("n", clusterCursorId())
                    .getResultList();
            if (!found.isEmpty()) {
                Object[] r = (Object[]) found.get(0);
                long low = ((Number) r[0]).longValue();
                long high = r[1] == null ? low : Math.max(low, ((Number) r[1]).longValue());
                int above = high == low || r[2] == null ? 0 : ((Number) r[2]).intValue();
                boolean holeHere = r[3] != null && ((Number) r[3]).longValue() == low + 1 && r[4] != null;
                return new SharedCursorRow(
                        low, high, above, holeHere ? ((Number) r[4]).longValue() * 1_000_000L : null);
            }
            if (attempt > 0) {
                throw new IllegalStateException(
                        "the cluster's change-log cursor " + clusterCursorId() + " cannot be created");
            }
            try {
                QuarkusTransaction.requiringNew().call(this::createClusterCursor);
            } catch (RuntimeException e) {
                // another node created it at the same moment: lock that one
                LOG.debugf("creating the cluster cursor: %s", e.getMessage());
            }
        }
    }

    /**
     * Creates the cluster's cursor row at the pruning horizon unless it exists; returns true when it
     * did not exist although the log had been pruned (then the cluster may have missed changes).
     */
    private boolean createClusterCursor() {
        // the index_log_state lock orders this against a prune running at the same moment
        em.createNativeQuery("update index_log_state set pruned_through = pruned_through where id = 1")
                .executeUpdate();
        long horizon = ((Number) em.createNativeQuery("select pruned_through from index_log_state where id = 1")
                        .getSingleResult())
                .longValue();
        int inserted = em.createNativeQuery("insert into index_node (node_id, host, cursor_id, seen_at_ms)"
                        + " select :n, :h, :c, :t from index_log_state where id = 1"
                        + " and not exists (select 1 from index_node where node_id = :n)")
                .setParameter("n", clusterCursorId())
                .setParameter("h", lease.node())
                .setParameter("c", horizon)
                .setParameter("t", System.currentTimeMillis())
                .executeUpdate();
        return inserted > 0 && horizon > 0;
    }

    private void saveClusterCursor(ChangeLogCursor c) {
        Long since = c.holeSince();
        // (literal nulls: a null bind parameter has no SQL type on PostgreSQL)
        var update = em.createNativeQuery("update index_node set cursor_id = :c, high_id = :hid, applied_above = :a,"
                        + " seen_at_ms = :t, host = :h,"
                        + (since == null
                                ? " hole_id = null, hole_seen_ms = null"
                                : " hole_id = :hi, hole_seen_ms = :hs")
                        + " where node_id = :n")
                .setParameter("c", c.low())
                .setParameter("hid", c.high())
                .setParameter("a", c.appliedAboveLow())
                .setParameter("t", System.currentTimeMillis())
                .setParameter("h", lease.node())
                .setParameter("n", clusterCursorId());
        if (since != null) {
            update.setParameter("hi", c.low() + 1).setParameter("hs", since / 1_000_000L);
        }
        update.executeUpdate();
    }
    /**
     * Reads this index's place in the change log and registers the node. Returns why only a
     * rebuild makes the index complete, or null: the log was pruned past that place while the node
     * was away, or the place is one in another database's log (the database was replaced or
     * restored: its ids are not the ones the cursor counted).
     */
    private String startCursor(JudgmentIndex opened) {
        String node = opened.commitValue(NODE_KEY);
        if (node == null) {
            node = org.gongkai.platform.Hashing.randomToken("node-", 12);
            opened.setCommitValue(NODE_KEY, node);
        }
        nodeId = node;
        String log = QuarkusTransaction.requiringNew().call(this::changeLogId);
        logId = log;
        String stored = opened.commitValue(CURSOR_KEY);
        boolean otherLog = stored != null && !log.equals(opened.commitValue(LOG_KEY));
        opened.setCommitValue(LOG_KEY, log);
        // an index from before the change log (no cursor): the rows still in the outbox were not applied
        long low = stored == null || otherLog ? 0 : Long.parseLong(stored);
        cursor = new ChangeLogCursor(low, gapGrace.toNanos(), System::nanoTime);
        long horizon = heartbeat(true);
        if (opened.needsRebuild()) {
            return null;
        }
        return otherLog
                ? "was kept in line with another database's change log"
                : horizon > low ? "missed changes that were pruned from the change log while this node was away" : null;
    }

    /** The identity of this database's change log, made once by the first node that asks. */
    private String changeLogId() {
        em.createNativeQuery("update index_log_state set log_id = :id where id = 1 and log_id is null")
                .setParameter("id", org.gongkai.platform.Hashing.randomToken("log-", 12))
                .executeUpdate();
        return (String) em.createNativeQuery("select log_id from index_log_state where id = 1")
                .getSingleResult();
    }

    /**
     * Records this node's cursor in {@code index_node} (pruning waits for it) and returns how far
     * the log has been pruned. Takes the {@code index_log_state} row lock first, so that a prune
     * running at the same moment either sees this node or has finished before the horizon is read.
     */
    private long heartbeat(boolean now) {
        long wall = System.currentTimeMillis();
        if (!now && wall - lastHeartbeat < 15_000) {
            return -1;
        }
        lastHeartbeat = wall;
        ChangeLogCursor c = cursor;
        String node = nodeId;
        if (c == null || node == null) {
            return -1;
        }
        long low = c.low();
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("update index_log_state set pruned_through = pruned_through where id = 1")
                    .executeUpdate();
            int updated = em.createNativeQuery(
                            "update index_node set cursor_id = :c, seen_at_ms = :t, host = :h" + " where node_id = :n")
                    .setParameter("c", low)
                    .setParameter("t", wall)
                    .setParameter("h", lease.node())
                    .setParameter("n", node)
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery(
                                "insert into index_node (node_id, host, cursor_id, seen_at_ms) values (:n, :h, :c, :t)")
                        .setParameter("n", node)
                        .setParameter("h", lease.node())
                        .setParameter("c", low)
                        .setParameter("t", wall)
                        .executeUpdate();
            }
            return ((Number) em.createNativeQuery("select pruned_through from index_log_state where id = 1")
                            .getSingleResult())
                    .longValue();
        });
    }

    /**
     * Removes change-log rows that every live node has applied (one node does it per minute,
     * {@link org.gongkai.platform.JobLease}). Nodes not seen for {@code gongkai.index.node-timeout}
     * are forgotten: they no longer hold the log back, and rebuild when they return.
     */
    @Scheduled(every = "1m", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pruneChangeLog() {
        lease.runOnce("index-changelog-prune", Duration.ofSeconds(50), Duration.ofMinutes(5), this::pruneNow);
    }

    /** Returns how many rows were removed. */
    public int pruneNow() {
        long wall = System.currentTimeMillis();
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("update index_log_state set pruned_through = pruned_through where id = 1")
                    .executeUpdate();
            em.createNativeQuery("delete from index_node where seen_at_ms < :t")
                    .setParameter("t", wall - nodeTimeout.toMillis())
                    .executeUpdate();
            Object min = em.createNativeQuery("select min(cursor_id) from index_node")
                    .getSingleResult();
            if (min == null) {
                return 0;
            }
            long through = ((Number) min).longValue();
            int n = em.createNativeQuery("delete from index_outbox where id <= :t")
                    .setParameter("t", through)
                    .executeUpdate();
            em.createNativeQuery("update index_log_state set pruned_through = :t where id = 1 and pruned_through < :t")
                    .setParameter("t", through)
                    .executeUpdate();
            return n;
        });
    }

    /**
     * Rebuilds the whole index from the database (public documents only). Outbox rows that were
     * committed before the rebuild began are answered by it; rows committed meanwhile are applied
     * afterwards, so a withdrawal during a rebuild is never lost.
     */
    public int rebuild() {
        if (cluster != null) {
            return rebuildCluster(cluster);
        }
        drainLock.lock();
        try {
            JudgmentIndex i = index;
            if (i == null) {
                throw new IllegalStateException("search index not open");
            }
            // changes up to here are answered by the rebuild; those of the last grace period are applied
            // again afterwards (idempotent), in case one of them was still committing when it began
            Instant before = clock.instant().minus(gapGrace);
            Long answered = QuarkusTransaction.requiringNew()
                    .call(() -> em.createQuery("select max(o.id) from IndexOutbox o where o.createdAt < :t", Long.class)
                            .setParameter("t", before)
                            .getSingleResult());
            long answeredThrough = answered == null ? 0 : answered;
            i.deleteAll();
            long last = 0;
            int count = 0;
            while (true) {
                long from = last;
                List<IndexedJudgment> page = QuarkusTransaction.requiringNew()
                        .call(() -> Judgment.listPublicForIndexing(from, BATCH).stream()
                                .map(JudgmentDocuments::toIndexed)
                                .toList());
                if (page.isEmpty()) {
                    break;
                }
                // analysis is most of the cost: every core writes documents (IndexWriter is thread-safe)
                page.parallelStream().forEach(i::upsert);
                count += page.size();
                last = page.get(page.size() - 1).id();
                // (each page had its own transaction and persistence context: nothing to clear, and the
                // repair thread has no request context to clear one in)
            }
            cursor = new ChangeLogCursor(answeredThrough, gapGrace.toNanos(), System::nanoTime);
            i.setCommitValue(CURSOR_KEY, Long.toString(answeredThrough));
            if (nodeId != null && i.commitValue(NODE_KEY) == null) {
                i.setCommitValue(NODE_KEY, nodeId); // a repaired index keeps this node's place in index_node
            }
            if (logId != null) {
                i.setCommitValue(LOG_KEY, logId);
            }
            // read-mostly from here on: fewest segments make every search cheaper (issue 16)
            int segments = i.compact();
            i.markRebuilt();
            i.commit();
            drainLocked(i);
            i.refreshBlocking();
            LOG.infof("search index rebuilt: %d documents in %d segments", count, segments);
            return count;
        } finally {
            drainLock.unlock();
        }
    }

    /**
     * Zero-downtime rebuild of the cluster: a new collection filled from the database in pages
     * (progress in the log), then the alias moves to it and the old one is dropped. Changes made
     * meanwhile (through any node) went to the old collection; so the rebuild holds the log back
     * from where it began (the row {@code rebuild:<alias>} in {@code index_node}, kept alive while it
     * runs) and replays every change since into the new collection BEFORE the alias moves: once
     * without a lock, then the last ones under the cluster cursor's lock, in the transaction that
     * moves the alias and makes the replay's place in the log the cluster's cursor (idempotent; a
     * judgment read by the rebuild before it changed gets its later state). Searches never see the
     * new collection without those changes: a judgment withdrawn during the rebuild is never found
     * again, and one published during it is never missing.
     */
    private int rebuildCluster(SolrJudgmentIndex c) {
        String hold = "rebuild:" + solrAlias;
        long answeredThrough = QuarkusTransaction.requiringNew().call(() -> {
            Long answered = em.createQuery("select max(o.id) from IndexOutbox o where o.createdAt < :t", Long.class)
                    .setParameter("t", clock.instant().minus(gapGrace))
                    .getSingleResult();
            long through = answered == null ? 0 : answered;
            em.createNativeQuery("update index_log_state set pruned_through = pruned_through where id = 1")
                    .executeUpdate();
            em.createNativeQuery("delete from index_node where node_id = :n")
                    .setParameter("n", hold)
                    .executeUpdate();
            em.createNativeQuery(
                            "insert into index_node (node_id, host, cursor_id, seen_at_ms) values (:n, :h, :c, :t)")
                    .setParameter("n", hold)
                    .setParameter("h", lease.node())
                    .setParameter("c", through)
                    .setParameter("t", System.currentTimeMillis())
                    .executeUpdate();
            return through;
        });
        try {
            long total = QuarkusTransaction.requiringNew()
                    .call(() -> em.createQuery("select count(j) from Judgment j where j.status in :s", Long.class)
                            .setParameter("s", List.of(Judgment.Status.PUBLISHED, Judgment.Status.REPUBLISHED))
                            .getSingleResult());
            int[] count = {0};
            Iterable<IndexedJudgment> source = () -> new java.util.Iterator<>() {
                long last = 0;
                java.util.Iterator<IndexedJudgment> page = java.util.Collections.emptyIterator();
                boolean done;

                @Override
                public boolean hasNext() {
                    if (!page.hasNext() && !done) {
                        long from = last;
                        List<IndexedJudgment> next = QuarkusTransaction.requiringNew()
                                .call(() -> {
                                    // still running: the log is held back for this rebuild
                                    em.createNativeQuery("update index_node set seen_at_ms = :t where node_id = :n")
                                            .setParameter("t", System.currentTimeMillis())
                                            .setParameter("n", hold)
                                            .executeUpdate();
                                    return Judgment.listPublicForIndexing(from, BATCH).stream()
                                            .map(JudgmentDocuments::toIndexed)
                                            .toList();
                                });
                        done = next.isEmpty();
                        if (!done) {
                            last = next.get(next.size() - 1).id();
                            count[0] += next.size();
                            LOG.infof("cluster rebuild: %d of %d judgments", count[0], total);
                        }
                        page = next.iterator();
                    }
                    return page.hasNext();
                }

                @Override
                public IndexedJudgment next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    return page.next();
                }
            };
            // the fill runs without the drain lock: changes keep going to the old collection meanwhile
            String collection = c.createAndFill(source, solrShards, solrReplicas);
            boolean moved = false;
            String old = null;
            int replayed = 0;
            try {
                afterRebuildFill.run();
                SolrJudgmentIndex fresh = c.onCollection(collection, new org.gongkai.search.index.JudgmentAnalyzers());
                // the changes made since the rebuild began, into the new collection while the alias still points
                // at the old one (so no search ever sees a withdrawn judgment the rebuild had read back): first
                // without a lock, with a cursor of the rebuild's own, ...
                ChangeLogCursor replay = new ChangeLogCursor(answeredThrough, gapGrace.toNanos(), WALL_NANOS);
                for (int k;
                        (k = QuarkusTransaction.requiringNew().call(() -> applyBatch(fresh, replay, false))) > 0; ) {
                    replay.advance();
                    replayed += k;
                }
                // ... then the rest under the cluster cursor's lock (every node's drain waits): the last changes,
                // including ones that committed late below the replay's mark, then the alias moves and the
                // cluster's cursor becomes the replay's, all before any node applies another change
                drainLock.lock();
                try {
                    int[] last = {0};
                    old = QuarkusTransaction.requiringNew().call(() -> {
                        lockClusterCursor();
                        boolean late = true;
                        for (int k; (k = applyBatch(fresh, replay, late)) > 0; late = false) {
                            replay.advance();
                            last[0] += k;
                        }
                        replay.advance();
                        fresh.commit();
                        String before = c.moveAlias(collection);
                        // Solr's alias command gives its nodes 100 ms to see the new alias; a node that writes
                        // after this lock must write to the new collection
                        sleepQuietly(ALIAS_SETTLE);
                        saveClusterCursor(replay);
                        return before;
                    });
                    moved = true;
                    replayed += last[0];
                    c.refreshBlocking();
                } finally {
                    drainLock.unlock();
                }
            } finally {
                if (!moved) {
                    // the alias still points at the old collection, which stays current: the new one is dropped
                    try {
                        c.dropCollection(collection);
                    } catch (RuntimeException e) {
                        LOG.warnf(
                                "cluster rebuild failed; its collection %s was not dropped (%s)",
                                collection, e.getMessage());
                    }
                }
            }
            LOG.infof(
                    "cluster rebuild: %d changes made meanwhile applied to %s before the alias moved",
                    replayed, collection);
            if (old != null && !old.equals(collection)) {
                // searches that resolved the alias just before it moved finish on the old collection first
                sleepQuietly(OLD_COLLECTION_GRACE);
                try {
                    c.dropCollection(old);
                } catch (RuntimeException e) {
                    LOG.warnf("cluster rebuild: the old collection %s was not dropped (%s)", old, e.getMessage());
                }
            }
            LOG.infof("search cluster rebuilt: %d documents in %s, alias %s moved", count[0], collection, c.alias());
            return count[0];
        } finally {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("delete from index_node where node_id = :n")
                            .setParameter("n", hold)
                            .executeUpdate());
        }
    }

    /** How long the alias move is given to reach every Solr node before the other portals write again. */
    static final Duration ALIAS_SETTLE = Duration.ofSeconds(1);

    /** How long the old collection outlives the alias move (searches in flight on it finish). */
    static final Duration OLD_COLLECTION_GRACE = Duration.ofSeconds(5);

    /** Test seam: runs once the new collection is filled, before the changes made meanwhile are replayed. */
    private volatile Runnable afterRebuildFill = () -> {};

    /** Test seam (ClusterRebuildTest): changes made by courts between the fill and the replay. */
    void afterRebuildFillForTest(Runnable hook) {
        afterRebuildFill = hook == null ? () -> {} : hook;
    }

    private static void sleepQuietly(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Brings ids in line after a crash: removes documents no longer public, adds missing ones. */
    public int reconcile() {
        drainLock.lock();
        try {
            SearchBackend i = backend();
            Set<Long> inIndex = i.allIds();
            List<Long> publicIds = QuarkusTransaction.requiringNew()
                    .call(() -> em.createQuery("select j.id from Judgment j where j.status in :s", Long.class)
                            .setParameter("s", List.of(Judgment.Status.PUBLISHED, Judgment.Status.REPUBLISHED))
                            .getResultList());
            Set<Long> shouldBe = new HashSet<>(publicIds);
            int fixed = 0;
            for (Long id : inIndex) {
                if (!shouldBe.contains(id)) {
                    i.delete(id);
                    fixed++;
                }
            }
            List<Long> missing =
                    publicIds.stream().filter(id -> !inIndex.contains(id)).toList();
            for (int k = 0; k < missing.size(); k += BATCH) {
                List<Long> chunk = missing.subList(k, Math.min(missing.size(), k + BATCH));
                QuarkusTransaction.requiringNew().run(() -> {
                    for (Judgment j : Judgment.listForIndexing(chunk)) {
                        if (j.status.isPublic()) {
                            i.upsert(JudgmentDocuments.toIndexed(j));
                        }
                    }
                });
                fixed += chunk.size();
            }
            if (fixed > 0) {
                i.commit();
                i.refreshBlocking();
                LOG.infof("search index reconciled with the database: %d documents fixed", fixed);
            }
            return fixed;
        } finally {
            drainLock.unlock();
        }
    }
}
