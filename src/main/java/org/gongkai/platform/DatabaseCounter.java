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
 * <p>A reservation (of one use or a block, {@link #reserve}) reads the key's row {@code for update}
 * and writes the new count in its own transaction, committed before the caller goes on: the
 * database holds the row lock until the commit (H2 and PostgreSQL), so of two requests racing for
 * the last use, on one node or two, exactly one gets it. The first use of a key inserts its row;
 * two first uses at once collide on the primary key and the loser retries in a new transaction.
 * Plain SQL, the same on H2 and PostgreSQL.
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

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
