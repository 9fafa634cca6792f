package org.gongkai.platform;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Runs a scheduled job once across all web nodes (issue 12): every node's scheduler fires, and
 * the first to take the job's lease in table {@code job_lease} (V9) runs it; the others skip.
 *
 * <p>Taking the lease is one conditional UPDATE ({@code … where the lease has expired and the
 * last run is at least minInterval ago}); the database lets exactly one of several racing nodes
 * match the row, on H2 and PostgreSQL alike (the portable equivalent of
 * {@code SELECT … FOR UPDATE SKIP LOCKED}: a node that loses does not wait, it skips). The lease
 * runs out after {@code ttl}, so a node killed in the middle of a job does not block it for
 * ever: another node runs it at its next turn. Leases use the wall clock, not the portal's
 * (testable) clock: they are about real time between processes.
 */
@ApplicationScoped
public class JobLease {
    private static final Logger LOG = Logger.getLogger(JobLease.class);

    @Inject
    EntityManager em;

    private final String node = nodeName();

    /** This node's name in {@code job_lease.holder}: host and process id. */
    public String node() {
        return node;
    }

    /**
     * Runs {@code job} when this node gets the lease of {@code name}: no other node holds it, and
     * no node ran the job less than {@code minInterval} ago. Returns true when it ran here.
     */
    public boolean runOnce(String name, Duration minInterval, Duration ttl, Runnable job) {
        if (!tryAcquire(name, node, minInterval, ttl)) {
            LOG.debugf("job %s: another node runs it (or ran it less than %s ago)", name, minInterval);
            return false;
        }
        try {
            job.run();
            return true;
        } finally {
            release(name, node);
        }
    }

    /** Takes the lease of {@code name} for {@code holder}; false when another holder has it or the job ran too recently. */
    public boolean tryAcquire(String name, String holder, Duration minInterval, Duration ttl) {
        for (int attempt = 0; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> acquireOnce(name, holder, minInterval, ttl));
            } catch (RuntimeException e) {
                if (attempt >= 2 || !DatabaseCounter.isUniqueViolation(e)) {
                    throw e;
                }
                // two nodes created the row at once: the loser looks again
            }
        }
    }

    private boolean acquireOnce(String name, String holder, Duration minInterval, Duration ttl) {
        long now = System.currentTimeMillis();
        int got = em.createNativeQuery("update job_lease set holder = :h, until_ms = :until, last_run_ms = :now"
                        + " where name = :n and until_ms <= :now and (last_run_ms is null or last_run_ms <= :due)")
                .setParameter("h", holder)
                .setParameter("until", now + ttl.toMillis())
                .setParameter("now", now)
                .setParameter("n", name)
                .setParameter("due", now - minInterval.toMillis())
                .executeUpdate();
        if (got == 1) {
            return true;
        }
        long rows = ((Number) em.createNativeQuery("select count(*) from job_lease where name = :n")
                        .setParameter("n", name)
                        .getSingleResult())
                .longValue();
        if (rows > 0) {
            return false;
        }
        em.createNativeQuery(
                        "insert into job_lease (name, holder, until_ms, last_run_ms) values (:n, :h, :until, :now)")
                .setParameter("n", name)
                .setParameter("h", holder)
                .setParameter("until", now + ttl.toMillis())
                .setParameter("now", now)
                .executeUpdate();
        em.flush();
        return true;
    }

    /** Gives the lease back (the job is done); the last run time stays, so minInterval still holds. */
    public void release(String name, String holder) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "update job_lease set until_ms = :now where name = :n and holder = :h and until_ms > :now")
                        .setParameter("now", System.currentTimeMillis())
                        .setParameter("n", name)
                        .setParameter("h", holder)
                        .executeUpdate());
    }

    /**
     * The lease's minimum interval for a job scheduled {@code every} (Quarkus scheduler syntax:
     * {@code 1h}, {@code 30m}, {@code 2d}, {@code PT1H}): nine tenths of it, so that each period
     * one node runs the job even when the nodes' timers drift.
     */
    public static Duration interval(String every) {
        String s = every.strip().toUpperCase(Locale.ROOT);
        Duration d = s.startsWith("P")
                ? Duration.parse(s)
                : s.endsWith("D") ? Duration.parse("P" + s) : Duration.parse("PT" + s);
        return d.multipliedBy(9).dividedBy(10);
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "localhost";
        }
        return host + ":" + ManagementFactory.getRuntimeMXBean().getPid() + ":" + Hashing.randomToken("", 4);
    }
}
