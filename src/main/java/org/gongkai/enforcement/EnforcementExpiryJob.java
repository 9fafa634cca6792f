package org.gongkai.enforcement;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.gongkai.platform.JobLease;
import org.gongkai.publishing.CliCommands;

/**
 * Runs {@link EnforcementExpiry} every hour, the first time a few seconds after start-up (so a
 * portal that was down catches up at once), and sweeps stale rate-limit windows. Also the
 * command {@code ./gongkai expire}. With several web nodes it runs on one of them per period
 * ({@link JobLease}).
 */
@ApplicationScoped
public class EnforcementExpiryJob implements CliCommands.Job {
    @Inject
    EnforcementExpiry expiry;

    @Inject
    LookupLimits limits;

    @Inject
    JobLease lease;

    String every;

    @jakarta.inject.Inject
    void configure(EnforcementConfig c) {
        every = c.expiryEvery();
    }

    @Scheduled(
            identity = "enforcement-expiry",
            every = "${gongkai.enforcement.expiry-every:1h}",
            delayed = "${gongkai.enforcement.expiry-initial-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        // every node's timer fires; one node runs it per period (issue 12)
        lease.runOnce("enforcement-expiry", JobLease.interval(every), Duration.ofMinutes(30), () -> {
            expiry.expireNow();
            limits.sweep();
        });
    }

    @Override
    public String command() {
        return "expire";
    }

    @Override
    public String describe() {
        return "remove dishonest-debtor listings whose term has ended (法释〔2017〕7号 Art. 10)";
    }

    @Override
    public String run() {
        return "enforcement expiry: " + expiry.expireNow() + " listing(s) removed at the end of their term";
    }
}
