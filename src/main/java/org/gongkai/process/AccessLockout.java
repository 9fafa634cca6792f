package org.gongkai.process;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.gongkai.platform.Hashing;
import org.gongkai.platform.RateLimiter;
import org.gongkai.platform.SharedCounter;
import org.gongkai.platform.SharedCounter.Permit;
import org.gongkai.platform.TooManyRequestsException;

/**
 * Failed litigant access attempts (spec 2.1: the query code is the party's only secret, so it
 * must not be guessable), counted so that a stranger cannot lock the real party out:
 * <ul>
 *   <li>per (case, client): {@code case-client-failures} wrong answers per window, then that
 *       client is refused for that case (429);</li>
 *   <li>per client: {@code client-failures} wrong answers per window across all cases;</li>
 *   <li>per case, across all clients: a budget of {@code case-budget} wrong answers per window.
 *       Past it the case is not locked (that would let anyone lock a party out of their own
 *       case) but slowed down: every client then gets only {@code slow-client-failures} wrong
 *       answers for that case per window, so guessing needs ever new addresses, while the party
 *       with the right values still gets in from their own address.</li>
 * </ul>
 * An attempt reserves its place in every counter before the values are checked, in one atomic
 * step per counter ({@link RateLimiter#tryAcquire(String, int)}); a correct answer gives the reservations
 * back, so only failures stay counted and concurrent wrong answers cannot overrun a limit
 * (issue 10). The counter is the platform's one {@link SharedCounter} (database or Redis), so
 * the limits hold across every web node (issue 12).
 */
@ApplicationScoped
public class AccessLockout {
    /** Case keys longer than this are hashed: a hostile "case number" must not grow the map. */
    private static final int MAX_KEY = 64;

    int caseClientFailures;
    int clientFailures;
    int caseBudget;
    int slowClientFailures;
    Duration window;

    @jakarta.inject.Inject
    void configure(ProcessConfig c) {
        caseClientFailures = c.lockout().caseClientFailures();
        clientFailures = c.lockout().clientFailures();
        caseBudget = c.lockout().caseBudget();
        slowClientFailures = c.lockout().slowClientFailures();
        window = c.lockout().window();
    }

    @Inject
    SharedCounter shared;

    private RateLimiter counter;

    @PostConstruct
    void init() {
        counter = new RateLimiter("lockout", caseClientFailures, window.toMillis(), shared);
    }

    /** One attempt in progress: its reservations, kept on failure and given back on success. */
    public final class Attempt {
        private final List<Permit> permits;
        private final boolean slowed;

        private Attempt(List<Permit> permits, boolean slowed) {
            this.permits = permits;
            this.slowed = slowed;
        }

        /** The values were right: nothing stays counted. */
        public void succeeded() {
            permits.forEach(counter::release);
        }

        /** The values were wrong: the reservations stay as failures. */
        public void failed() {
            // nothing to do: what was reserved is what is counted
        }

        /** True when the case was over its budget across all clients. */
        public boolean slowed() {
            return slowed;
        }
    }

    /**
     * Starts an attempt: 429 with the minutes to wait when this client is locked out (for this
     * case or altogether), otherwise the reservations to settle with {@link Attempt#succeeded()}
     * or {@link Attempt#failed()}.
     */
    public Attempt begin(String caseNumber, String client) {
        String caseKey = caseKey(caseNumber);
        String clientKey = client == null || client.isBlank() ? "unknown" : client;
        Permit whole = counter.tryAcquire("client:" + clientKey, clientFailures);
        if (!whole.admitted()) {
            throw locked(whole);
        }
        // the case budget decides the per-client allowance; a refusal there only slows, never locks
        Permit casePermit = counter.tryAcquire("case:" + caseKey, caseBudget);
        boolean slowed = !casePermit.admitted();
        Permit own = counter.tryAcquire(
                "case-client:" + caseKey + "|" + clientKey, slowed ? slowClientFailures : caseClientFailures);
        if (!own.admitted()) {
            counter.release(whole);
            counter.release(casePermit);
            throw locked(own);
        }
        return new Attempt(List.of(whole, casePermit, own), slowed);
    }

    /** Forgets every counter (tests, operators). */
    public void clear() {
        counter.reset();
    }

    private static TooManyRequestsException locked(Permit p) {
        long seconds = p.retryAfterSeconds();
        long minutes = (seconds + 59) / 60;
        return new TooManyRequestsException(
                org.gongkai.platform.Texts.msg().access_locked_minutes(String.valueOf(minutes)), seconds);
    }

    static String caseKey(String caseNumber) {
        String k = caseNumber == null ? "" : caseNumber;
        return k.length() <= MAX_KEY ? k : "#" + Hashing.sha256(k);
    }
}
