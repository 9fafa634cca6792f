package org.gongkai.platform;

/**
 * The one counter behind every rate limit and lockout that must hold across web nodes (issue 11:
 * one rate-limit/lockout counter; issue 12: nothing shared lives in one JVM's memory): API
 * tokens, enforcement lookups, litigant lockouts per (case, client) and the wrong-number budget
 * of each name. A fixed window per key, started by its first use.
 *
 * <p>Implementations ({@link SharedState} picks one with {@code GONGKAI_STATE}):
 * <ul>
 *   <li>{@link DatabaseCounter} (default): table {@code shared_counter}, the key's row locked
 *       {@code for update} per reservation; H2 and PostgreSQL;</li>
 *   <li>{@link RedisCounter}: one Lua script per reservation, atomic in Redis;</li>
 *   <li>{@link MemoryCounter}: one JVM only (unit tests, a single node that accepts losing
 *       its counters at restart).</li>
 * </ul>
 * In every implementation checking and counting are one atomic step per key, so concurrent
 * requests (on one node or many) cannot all pass a check before any of them is counted
 * (issue 10). Not in this contract: {@link ReadAdmission}, a local admission limit that protects
 * one node's CPU and is meant to be per node.
 */
public interface SharedCounter {
    /**
     * One reservation: admitted (counted in the window that started at {@code windowStart}) or
     * refused with the milliseconds until the window ends. {@code used}: the uses counted in that
     * window after this reservation; {@code resetMillis}: how long until the window ends (what the
     * RateLimit headers of the API tell a client).
     */
    record Permit(String key, long windowStart, long retryAfterMillis, int used, long resetMillis) {
        /** A permit known by its key and window only (to give a use back). */
        public Permit(String key, long windowStart, long retryAfterMillis) {
            this(key, windowStart, retryAfterMillis, 0, retryAfterMillis);
        }

        public boolean admitted() {
            return retryAfterMillis == 0;
        }

        /** Whole seconds to wait, at least 1. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfterMillis + 999) / 1000);
        }

        /** Whole seconds until the window ends, at least 1. */
        public long resetSeconds() {
            return Math.max(1, (resetMillis + 999) / 1000);
        }
    }

    /**
     * In one atomic step: when fewer than {@code max} uses of {@code key} are counted in its
     * current window (a window of {@code windowMillis} that started at its first use), counts one
     * more and admits; otherwise counts nothing and refuses. A {@link #reserve} of one use.
     */
    default Permit tryAcquire(String key, int max, long windowMillis) {
        return reserve(key, max, windowMillis, 1).permit();
    }

    /**
     * Several uses reserved at once ({@link #reserve}): {@code permit} as {@link #tryAcquire} gives it
     * (its {@code used} counts the whole block), {@code granted} how many uses were reserved (0 when
     * refused).
     */
    record Block(Permit permit, int granted) {}

    /**
     * In one atomic step: reserves up to {@code uses} uses of {@code key} in its current window (at
     * least one, at most what the window has left), or refuses as {@link #tryAcquire} does when
     * none is left. A node then hands the uses out itself ({@link QuotaBlocks}): one visit to the
     * store per block instead of one per request.
     */
    Block reserve(String key, int max, long windowMillis, int uses);

    /** Gives an admitted use back (the attempt succeeded); a window that ended meanwhile is left alone. */
    void release(Permit permit);

    /** Uses counted for {@code key} in its current window (0 when it has none). */
    int counted(String key);

    /** Forgets the windows that have ended (the hourly job; bounds the store). */
    void sweep();

    /** Forgets every window whose key starts with {@code prefix} (tests; an operator after a false alarm). */
    void reset(String prefix);

    /** Where the counters live, for logs and the health page. */
    String describe();

    /** Keys longer than this are hashed (a hostile case number must not grow a key without bound). */
    int MAX_KEY = 200;

    static String boundedKey(String key) {
        return key.length() <= MAX_KEY ? key : key.substring(0, 40) + "#" + Hashing.sha256(key);
    }
}
