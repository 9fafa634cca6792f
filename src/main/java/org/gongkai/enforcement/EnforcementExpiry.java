package org.gongkai.enforcement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.gongkai.changes.ChangeKind;
import org.gongkai.changes.ReasonCategory;
import org.gongkai.platform.AuditService;
import org.gongkai.platform.MutableClock;
import org.jboss.logging.Logger;

/**
 * Removes fixed-term listings whose term has ended (rules §3.3: "removed automatically at
 * expiry"). Idempotent and catch-up safe: every LISTED/CORRECTED listing whose last term day is
 * before today is removed, however long ago that was, with the day after the term as removal
 * date. Runs in batches, one transaction each. Called by {@link EnforcementExpiryJob} (hourly
 * and at start-up) and by the CLI ({@code ./gongkai expire}).
 *
 * <p>The public surfaces do not wait for this: {@link EnforcementSearch} hides a listing past
 * its term at query time.
 */
@ApplicationScoped
public class EnforcementExpiry {
    public static final String ACTOR = "system:expiry";
    private static final Logger LOG = Logger.getLogger(EnforcementExpiry.class);
    private static final int BATCH = 200;

    @Inject
    MutableClock clock;

    @Inject
    EnforcementIntake intake;

    @Inject
    AuditService audit;

    private final ReentrantLock lock = new ReentrantLock();

    /** Removes every listing whose term ended before today; returns how many. */
    public int expireNow() {
        lock.lock();
        try {
            LocalDate today = clock.today();
            int total = 0;
            while (true) {
                int done = QuarkusTransaction.requiringNew().call(() -> batch(today));
                total += done;
                if (done < BATCH) {
                    break;
                }
            }
            if (total > 0) {
                LOG.infof("enforcement expiry: %d listing(s) removed at the end of their term", total);
            }
            return total;
        } finally {
            lock.unlock();
        }
    }

    private int batch(LocalDate today) {
        List<DishonestListing> due = DishonestListing.find(
                        "state in ?1 and termEnd < ?2 order by id",
                        List.of(DishonestListing.State.LISTED, DishonestListing.State.CORRECTED),
                        today)
                .page(0, BATCH)
                .list();
        for (DishonestListing l : due) {
            String reason = RemovalReason.TERM_EXPIRED.label();
            intake.setState(
                    l,
                    DishonestListing.State.REMOVED,
                    reason,
                    ACTOR,
                    "term of " + l.termMonths + " months ended on " + l.termEnd + "; removed on " + today);
            l.removalDate = l.termEnd.plusDays(1);
            audit.record(
                    ACTOR,
                    l.courtCode,
                    "ENF_DISHONEST_EXPIRE",
                    "enf_dishonest",
                    l.id.toString(),
                    reason,
                    "term ended " + l.termEnd);
        }
        for (DishonestListing l : due) {
            intake.announce(l, ChangeKind.EXPIRED, ReasonCategory.TERM_EXPIRED);
        }
        return due.size();
    }
}
