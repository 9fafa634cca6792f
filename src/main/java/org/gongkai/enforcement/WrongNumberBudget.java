package org.gongkai.enforcement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.platform.MutableClock;

/**
 * How many wrong ID numbers may be tried for one name, across ALL clients (issue 9; rules §4):
 * {@code gongkai.enforcement.wrong-numbers-per-name} (default 10) per
 * {@code gongkai.enforcement.wrong-number-window} (default one day, counted from the first wrong
 * number). A per-client limit alone is walked around by rotating addresses; this one is not.
 *
 * <p>The counter lives in the database ({@code enf_lookup_guard}, V5): a restart or a second node
 * does not reset it. The name is stored only as a keyed hash ({@link IdHashes#nameKey}).
 *
 * <p>Every person lookup (name + full number) first {@linkplain #claim claims} one slot, and the
 * check and the count are one conditional UPDATE ({@code … where wrong_numbers < limit}): the
 * database serialises concurrent updates of the row, so of two requests racing for the last
 * slot exactly one gets it. Only a lookup that got a slot is allowed to answer "found"; a lookup
 * that found its person gives the slot back ({@link #release}), so the right number costs
 * nothing. Claiming before looking (instead of counting misses afterwards) is what stops a burst
 * of parallel guesses from being evaluated while the counter still says "one left".
 *
 * <p>The trade-off, chosen deliberately: once the budget of a name is spent, every lookup of that
 * name answers "not found" until the window passes, the right number included. The alternative,
 * answering the right number even when the budget is spent, would turn the limit into an oracle
 * again (an attacker past the limit could go on guessing and stop at the first "found"), and
 * answering with an error ("too many attempts") would tell who ever looks the name up that
 * somebody is probing it. The cost falls on a debtor's creditor or the debtor, who can look
 * again the next day, or ask the court, which sees every listing.
 */
@ApplicationScoped
public class WrongNumberBudget {
    @ConfigProperty(name = "gongkai.enforcement.wrong-numbers-per-name", defaultValue = "10")
    int limit;
    @ConfigProperty(name = "gongkai.enforcement.wrong-number-window", defaultValue = "P1D")
    Duration window;

    @Inject
    IdHashes hashes;
    @Inject
    EntityManager em;
    @Inject
    MutableClock clock;

    /** A claimed (or refused) slot: the window it counts in, for {@link #release}. */
    public record Slot(String nameKey, long windowStartMillis, boolean granted) {}

    /**
     * Takes one slot of the name's budget, in its own transaction (committed before the lookup
     * runs, so a crash in between costs a slot rather than giving one away).
     */
    public Slot claim(String name) {
        String key = hashes.nameKey(name);
        for (int attempt = 0; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> claimOnce(key));
            } catch (RuntimeException e) {
                // two first lookups of a name inserted its row at once: the loser counts in that row
                if (attempt >= 3 || !isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    private Slot claimOnce(String key) {
        long now = clock.millis();
        long cutoff = now - window.toMillis();
        int counted = em.createNativeQuery("update enf_lookup_guard set"
                        + " wrong_numbers = case when window_start_ms <= :cutoff then 1 else wrong_numbers + 1 end,"
                        + " window_start_ms = case when window_start_ms <= :cutoff then :now else window_start_ms end"
                        + " where name_key = :k and (window_start_ms <= :cutoff or wrong_numbers < :limit)")
                .setParameter("cutoff", cutoff).setParameter("now", now).setParameter("k", key)
                .setParameter("limit", limit).executeUpdate();
        List<?> start = em.createNativeQuery("select window_start_ms from enf_lookup_guard where name_key = :k")
                .setParameter("k", key).getResultList();
        if (counted == 1) {
            return new Slot(key, ((Number) start.get(0)).longValue(), true);
        }
        if (!start.isEmpty()) {
            return new Slot(key, ((Number) start.get(0)).longValue(), false);
        }
        em.createNativeQuery("insert into enf_lookup_guard (name_key, window_start_ms, wrong_numbers) values (:k, :now, 1)")
                .setParameter("k", key).setParameter("now", now).executeUpdate();
        return new Slot(key, now, limit >= 1);
    }

    /** Gives back the slot of a lookup that found its person (same window only). */
    public void release(Slot slot) {
        if (!slot.granted()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update enf_lookup_guard"
                        + " set wrong_numbers = wrong_numbers - 1"
                        + " where name_key = :k and window_start_ms = :ws and wrong_numbers > 0")
                .setParameter("k", slot.nameKey()).setParameter("ws", slot.windowStartMillis()).executeUpdate());
    }

    /** Wrong numbers counted for the name in its current window (tests, operators). */
    public int counted(String name) {
        long cutoff = clock.millis() - window.toMillis();
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("select wrong_numbers from enf_lookup_guard"
                            + " where name_key = :k and window_start_ms > :cutoff")
                    .setParameter("k", hashes.nameKey(name)).setParameter("cutoff", cutoff).getResultList();
            return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
        });
    }

    public int limit() {
        return limit;
    }

    /** Drops counters whose window has passed (the hourly enforcement job). */
    void sweep() {
        long cutoff = clock.millis() - window.toMillis();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from enf_lookup_guard where window_start_ms <= :cutoff").setParameter("cutoff", cutoff).executeUpdate());
    }

    /** Forgets every counter (tests; an operator after a false alarm). */
    void reset() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from enf_lookup_guard").executeUpdate());
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
