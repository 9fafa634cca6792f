package org.gongkai.search;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.gongkai.judgments.Judgment;
import org.gongkai.judgments.JudgmentDocuments;
import org.gongkai.platform.GongkaiConfig;
import org.gongkai.publishing.IndexOutbox;
import org.gongkai.search.index.JudgmentIndex;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

/**
 * Owns the one {@link JudgmentIndex} (one IndexWriter, one SearcherManager) of the portal and
 * keeps it in line with the database: the publishing pipeline writes an outbox row in its
 * transaction; after commit this service applies pending rows (upsert public documents, delete
 * everything else) and refreshes the searcher before the request returns. At start-up it
 * rebuilds the index when the schema version changed or it is missing, drains what a crash
 * left in the outbox, and reconciles ids. A scheduler refreshes in the background and retries.
 */
@ApplicationScoped
public class SearchIndexService {
    private static final Logger LOG = Logger.getLogger(SearchIndexService.class);
    private static final int BATCH = 500;

    @Inject
    GongkaiConfig config;
    @Inject
    EntityManager em;
    /** Benchmarks serve an index built outside the database; everything else reconciles at start. */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "gongkai.index.reconcile-at-start", defaultValue = "true")
    boolean reconcileAtStart;

    private volatile JudgmentIndex index;
    private final ReentrantLock drainLock = new ReentrantLock();
    private final AtomicBoolean ready = new AtomicBoolean();

    void start(@Observes @Priority(10) StartupEvent ev) {
        try {
            open();
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            LOG.warnf("the search index at %s is held by another Gongkai process: this process writes to the database"
                    + " and the outbox only; the running portal applies the changes", config.index().dir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + config.index().dir(), e);
        }
    }

    synchronized void open() throws IOException {
        if (index != null) {
            return;
        }
        Path dir = Path.of(config.index().dir());
        index = JudgmentIndex.open(dir);
        if (!reconcileAtStart) {
            LOG.warn("gongkai.index.reconcile-at-start=false: serving the index as it is (benchmark mode)");
        } else if (index.needsRebuild()) {
            LOG.infof("search index at %s is missing or has an old schema: rebuilding from the database", dir);
            rebuild();
        } else {
            drain();
            reconcile();
        }
        ready.set(true);
    }

    void stop(@Observes ShutdownEvent ev) {
        JudgmentIndex i = index;
        if (i != null) {
            try {
                i.commit();
                i.close();
                LOG.info("search index committed and closed");
            } catch (IOException e) {
                LOG.warn("closing the search index failed", e);
            }
            index = null;
        }
    }

    public JudgmentIndex index() {
        JudgmentIndex i = index;
        if (i == null) {
            throw new IllegalStateException("search index not open");
        }
        return i;
    }

    public boolean isReady() {
        return ready.get() && index != null;
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
        if (index == null || PENDING_ON_THIS_THREAD.get() != Boolean.TRUE || DEFERRED.get() == Boolean.TRUE) {
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

    public void drainDeferred() {
        PENDING_ON_THIS_THREAD.remove();
        drain();
    }

    public void endDeferred() {
        DEFERRED.remove();
        drainDeferred();
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
        if (index != null) {
            try {
                index.maybeRefresh();
            } catch (RuntimeException e) {
                LOG.warn("background index refresh failed", e);
            }
        }
    }

    @Scheduled(every = "30s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryPending() {
        if (index != null) {
            drain();
        }
    }

    /** Applies every pending outbox row; returns how many judgments were applied. */
    public int drain() {
        if (index == null || suspended.get()) {
            return 0;
        }
        drainLock.lock();
        try {
            int total = 0;
            while (true) {
                List<IndexOutbox> rows = QuarkusTransaction.requiringNew().call(() ->
                        IndexOutbox.<IndexOutbox>find("order by id").page(0, BATCH).list());
                if (rows.isEmpty()) {
                    break;
                }
                Set<Long> ids = new HashSet<>();
                rows.forEach(r -> ids.add(r.judgmentId));
                QuarkusTransaction.requiringNew().run(() -> {
                    for (long id : ids) {
                        Judgment j = Judgment.findById(id);
                        if (j != null && j.status.isPublic()) {
                            index.upsert(JudgmentDocuments.toIndexed(j));
                        } else {
                            index.delete(id);
                        }
                    }
                });
                index.commit();
                List<Long> rowIds = rows.stream().map(r -> r.id).toList();
                QuarkusTransaction.requiringNew().run(() -> IndexOutbox.delete("id in ?1", rowIds));
                total += ids.size();
            }
            if (total > 0) {
                index.refreshBlocking();
            }
            return total;
        } catch (RuntimeException e) {
            LOG.warn("applying the index outbox failed; it will be retried", e);
            return 0;
        } finally {
            drainLock.unlock();
        }
    }

    /** Rebuilds the whole index from the database (public documents only). */
    public int rebuild() {
        drainLock.lock();
        try {
            index.deleteAll();
            long last = 0;
            int count = 0;
            while (true) {
                long from = last;
                List<Judgment> page = QuarkusTransaction.requiringNew().call(() -> {
                    List<Judgment> list = Judgment.find("id > ?1 and status in ?2 order by id", from,
                            List.of(Judgment.Status.PUBLISHED, Judgment.Status.REPUBLISHED)).page(0, BATCH).list();
                    for (Judgment j : list) {
                        index.upsert(JudgmentDocuments.toIndexed(j));
                    }
                    return list;
                });
                if (page.isEmpty()) {
                    break;
                }
                count += page.size();
                last = page.get(page.size() - 1).id;
                em.clear();
            }
            QuarkusTransaction.requiringNew().run(() -> IndexOutbox.deleteAll());
            index.markRebuilt();
            index.commit();
            index.refreshBlocking();
            LOG.infof("search index rebuilt: %d documents", count);
            return count;
        } finally {
            drainLock.unlock();
        }
    }

    /** Brings ids in line after a crash: removes documents no longer public, adds missing ones. */
    public int reconcile() {
        Set<Long> inIndex = index.allIds();
        List<Long> publicIds = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select j.id from Judgment j where j.status in :s", Long.class)
                .setParameter("s", List.of(Judgment.Status.PUBLISHED, Judgment.Status.REPUBLISHED)).getResultList());
        Set<Long> shouldBe = new HashSet<>(publicIds);
        int fixed = 0;
        for (Long id : inIndex) {
            if (!shouldBe.contains(id)) {
                index.delete(id);
                fixed++;
            }
        }
        List<Long> missing = publicIds.stream().filter(id -> !inIndex.contains(id)).toList();
        for (int i = 0; i < missing.size(); i += BATCH) {
            List<Long> chunk = missing.subList(i, Math.min(missing.size(), i + BATCH));
            QuarkusTransaction.requiringNew().run(() -> {
                for (Long id : chunk) {
                    Judgment j = Judgment.findById(id);
                    if (j != null && j.status.isPublic()) {
                        index.upsert(JudgmentDocuments.toIndexed(j));
                    }
                }
            });
            fixed += chunk.size();
        }
        if (fixed > 0) {
            index.commit();
            index.refreshBlocking();
            LOG.infof("search index reconciled with the database: %d documents fixed", fixed);
        }
        return fixed;
    }
}
