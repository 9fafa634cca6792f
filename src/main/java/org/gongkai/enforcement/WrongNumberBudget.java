package org.gongkai.enforcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.gongkai.platform.SharedCounter;
import org.gongkai.platform.SharedCounter.Permit;

/**
 * How many wrong ID numbers may be tried for one name, across ALL clients (issue 9; rules §4):
 * {@code gongkai.enforcement.wrong-numbers-per-name} (default 10) per
 * {@code gongkai.enforcement.wrong-number-window} (default one day, counted from the first wrong
 * number). A per-client limit alone is walked around by rotating addresses; this one is not.
 *
 * <p>The counter is the portal's one {@link SharedCounter} (key {@code wrong-number:} + a keyed
 * hash of the name, {@link IdHashes#nameKey}; never the name): in the database by default
 * (table {@code shared_counter}, V9) or in Redis, so a restart or a second node does not reset it.
 *
 * <p>Every person lookup (name + full number) first {@linkplain #claim claims} one slot, and the
 * check and the count are one atomic step in the counter (a conditional UPDATE, or a Lua script
 * in Redis), committed before the lookup runs: of two requests racing for the last slot, on one
 * node or two, exactly one gets it. Only a lookup that got a slot is allowed to answer "found"; a lookup
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
    static final String PREFIX = "wrong-number:";
    int limit;
    Duration window;

    @jakarta.inject.Inject
    void configure(EnforcementConfig c) {
        limit = c.wrongNumbersPerName();
        window = c.wrongNumberWindow();
    }

    @Inject
    IdHashes hashes;

    @Inject
    SharedCounter counter;

    /** A claimed (or refused) slot: the window it counts in, for {@link #release}. */
    public record Slot(String nameKey, long windowStartMillis, boolean granted) {}

    /**
     * Takes one slot of the name's budget, committed before the lookup runs (a crash in between
     * costs a slot rather than giving one away).
     */
    public Slot claim(String name) {
        String key = hashes.nameKey(name);
        Permit p = counter.tryAcquire(PREFIX + key, limit, window.toMillis());
        return new Slot(key, p.windowStart(), p.admitted());
    }

    /** Gives back the slot of a lookup that found its person (same window only). */
    public void release(Slot slot) {
        if (slot.granted()) {
            counter.release(new Permit(PREFIX + slot.nameKey(), slot.windowStartMillis(), 0));
        }
    }

    /** Wrong numbers counted for the name in its current window (tests, operators). */
    public int counted(String name) {
        return counter.counted(PREFIX + hashes.nameKey(name));
    }

    public int limit() {
        return limit;
    }

    /** Drops counters whose window has passed (the hourly enforcement job). */
    void sweep() {
        counter.sweep();
    }

    /** Forgets every name's counter (tests; an operator after a false alarm). */
    void reset() {
        counter.reset(PREFIX);
    }
}
