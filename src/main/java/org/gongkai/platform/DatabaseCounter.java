package org.gongkai.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

/**
 * {@link SharedCounter} in the database (table {@code shared_counter}, V21): every node over the
 * same database sees the same counts, and a restart keeps them.
 *
 * <p>A reservation is one conditional UPDATE ({@code … where used < max or the window ended}) in
 * its own transaction, committed before the caller goes on: the database serialises concurrent
 * updates of one row (PostgreSQL re-checks the WHERE clause on the row it waited for, H2 locks
 * the row), so of two requests racing for the last use, on one node or two, exactly one gets it.
 * The first use of a key inserts its row; two first uses at once collide on the primary key and
 * the loser retries the UPDATE in a new transaction. A block of uses ({@link #reserve}) reads the row
 * {@code for update} first and writes the new count in the same transaction. Plain SQL, the same on H2
 * and PostgreSQL.
 */
public final class DatabaseCounter implements SharedCounter {
    /** Runs one unit of SQL work in a transaction of its own and commits it. */
    @FunctionalInterface
    public interface Transactions {
        <T> T inNewTransaction(SqlWork<T> work);
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private final Transactions tx;
    private final Clock clock;

    public DatabaseCounter(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Permit tryAcquire(String rawKey, int max, long windowMillis) {
        String key = SharedCounter.boundedKey(rawKey);
        for (int attempt = 0; ; attempt++) {
            try {
                return tx.inNewTransaction(c -> acquireOnce(c, key, max, windowMillis));
            } catch (RuntimeException e) {
                if (attempt >= 3 || !isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    private Permit acquireOnce(Connection c, String key, int max, long windowMillis) throws SQLException {
        long now = clock.millis();
        long cutoff = now - windowMillis;
        if (max >= 1) {
            try (PreparedStatement up = c.prepareStatement("update shared_counter set"
                    + " used = case when window_start_ms <= ? then 1 else used + 1 end,"
                    + " window_start_ms = case when window_start_ms <= ? then ? else window_start_ms end,"
                    + " window_ms = ?"
                    + " where counter_key = ? and (window_start_ms <= ? or used < ?)")) {
                up.setLong(1, cutoff);
                up.setLong(2, cutoff);
                up.setLong(3, now);
                up.setLong(4, windowMillis);
                up.setString(5, key);
                up.setLong(6, cutoff);
                up.setInt(7, max);
                if (up.executeUpdate() == 1) {
                    long[] w = window(c, key);
                    if (w == null) {
                        throw new SQLException("shared_counter row vanished: " + key);
                    }
                    return new Permit(key, w[0], 0, (int) w[1], Math.max(1, w[0] + windowMillis - now));
                }
            }
        }
        long[] w = window(c, key);
        if (w != null && w[0] > cutoff) {
            long left = Math.max(1, w[0] + windowMillis - now);
            return new Permit(key, w[0], left, (int) w[1], left);
        }
        if (max < 1) {
            return new Permit(key, now, Math.max(1, windowMillis), 0, Math.max(1, windowMillis));
        }
        try (PreparedStatement ins = c.prepareStatement(
                "insert into shared_counter (counter_key, window_start_ms, window_ms, used) values (?, ?, ?, 1)")) {
            ins.setString(1, key);
            ins.setLong(2, now);
            ins.setLong(3, windowMillis);
            ins.executeUpdate();
        }
        return new Permit(key, now, 0, 1, windowMillis);
    }

    /**
     * The row is read with {@code for update} (H2 and PostgreSQL lock it until the commit), so the
     * block is computed from the count no other reservation can change meanwhile.
     */
    @Override
    public Block reserve(String rawKey, int max, long windowMillis, int uses) {
        String key = SharedCounter.boundedKey(rawKey);
        int want = Math.max(1, uses);
        for (int attempt = 0; ; attempt++) {
            try {
                return tx.inNewTransaction(c -> reserveOnce(c, key, max, windowMillis, want));
            } catch (RuntimeException e) {
                if (attempt >= 3 || !isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    private Block reserveOnce(Connection c, String key, int max, long windowMillis, int want) throws SQLException {
        long now = clock.millis();
        long[] w;
        try (PreparedStatement st = c.prepareStatement(
                "select window_start_ms, used from shared_counter where counter_key = ? for update")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                w = rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : null;
            }
        }
        boolean ended = w == null || w[0] <= now - windowMillis;
        long start = ended ? now : w[0];
        long used = ended ? 0 : w[1];
        long left = Math.max(1, start + windowMillis - now);
        int granted = (int) Math.max(0, Math.min(want, max - used));
        if (granted == 0) {
            return new Block(new Permit(key, start, left, (int) used, left), 0);
        }
        if (w == null) {
            try (PreparedStatement ins = c.prepareStatement(
                    "insert into shared_counter (counter_key, window_start_ms, window_ms, used) values (?, ?, ?, ?)")) {
                ins.setString(1, key);
                ins.setLong(2, start);
                ins.setLong(3, windowMillis);
                ins.setInt(4, granted);
                ins.executeUpdate();
            }
        } else {
            try (PreparedStatement up = c.prepareStatement(
                    "update shared_counter set window_start_ms = ?, window_ms = ?, used = ? where counter_key = ?")) {
                up.setLong(1, start);
                up.setLong(2, windowMillis);
                up.setInt(3, (int) (used + granted));
                up.setString(4, key);
                up.executeUpdate();
            }
        }
        return new Block(new Permit(key, start, 0, (int) (used + granted), left), granted);
    }

    @Override
    public void release(Permit p) {
        if (p == null || !p.admitted()) {
            return;
        }
        tx.inNewTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("update shared_counter set used = used - 1"
                    + " where counter_key = ? and window_start_ms = ? and used > 0")) {
                st.setString(1, p.key());
                st.setLong(2, p.windowStart());
                return st.executeUpdate();
            }
        });
    }

    @Override
    public int counted(String rawKey) {
        String key = SharedCounter.boundedKey(rawKey);
        long now = clock.millis();
        return tx.inNewTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "select used from shared_counter" + " where counter_key = ? and window_start_ms + window_ms > ?")) {
                st.setString(1, key);
                st.setLong(2, now);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    @Override
    public void sweep() {
        long now = clock.millis();
        tx.inNewTransaction(c -> {
            try (PreparedStatement st =
                    c.prepareStatement("delete from shared_counter where window_start_ms + window_ms <= ?")) {
                st.setLong(1, now);
                return st.executeUpdate();
            }
        });
    }

    @Override
    public void reset(String prefix) {
        tx.inNewTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("delete from shared_counter where counter_key like ?")) {
                st.setString(1, prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                return st.executeUpdate();
            }
        });
    }

    @Override
    public String describe() {
        return "database (table shared_counter)";
    }

    /** {window start, uses} of the key's row; null when it has none. */
    private static long[] window(Connection c, String key) throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement("select window_start_ms, used from shared_counter where counter_key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : null;
            }
        }
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
