package org.gongkai.enforcement;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Runs {@link EnforcementExpiry} every hour, the first time right after start-up (so a portal
 * that was down catches up at once), and sweeps stale rate-limit windows.
 */
@ApplicationScoped
public class EnforcementExpiryJob {
    @Inject
    EnforcementExpiry expiry;
    @Inject
    LookupLimits limits;

    @Scheduled(identity = "enforcement-expiry", every = "${gongkai.enforcement.expiry-every:1h}",
            delayed = "${gongkai.enforcement.expiry-initial-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        expiry.expireNow();
        limits.sweep();
    }
}
