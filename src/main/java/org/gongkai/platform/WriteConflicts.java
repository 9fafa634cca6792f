package org.gongkai.platform;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises the failures a concurrent write causes, on H2 and PostgreSQL alike, so that
 * they are retried ({@link ConflictRetryInterceptor}) and never reach the client as a 500.
 */
public final class WriteConflicts {
    public enum Kind {
        UNIQUE_KEY,
        VERSION,
        LOCK
    }

    private WriteConflicts() {}

    /** The 409 a client gets when the retry lost again: no database text (it can quote key values). */
    public static ProblemException problem() {
        return new ProblemException(
                409,
                "Conflict",
                "并发冲突：同一记录正被另一请求同时修改，已重试一次仍未完成，请稍后重试"
                        + " (a concurrent request changed the same record; retried once; try again)");
    }

    /** The kind of write conflict somewhere in the cause chain of {@code e}, or null when it is none. */
    public static Kind classify(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return classify(e, seen, 0);
    }

    private static Kind classify(Throwable t, Set<Throwable> seen, int depth) {
        if (t == null || depth > 32 || !seen.add(t) || t instanceof ProblemException) {
            return null;
        }
        Kind k = kindOf(t);
        if (k != null) {
            return k;
        }
        for (Throwable s : t.getSuppressed()) {
            k = classify(s, seen, depth + 1);
            if (k != null) {
                return k;
            }
        }
        if (t instanceof SQLException sql) {
            k = classify(sql.getNextException(), seen, depth + 1);
            if (k != null) {
                return k;
            }
        }
        return classify(t.getCause(), seen, depth + 1);
    }

    private static Kind kindOf(Throwable t) {
        if (t instanceof jakarta.persistence.OptimisticLockException
                || t instanceof org.hibernate.StaleStateException) {
            return Kind.VERSION;
        }
        if (t instanceof jakarta.persistence.PessimisticLockException
                || t instanceof jakarta.persistence.LockTimeoutException
                || t instanceof org.hibernate.PessimisticLockException
                || t instanceof org.hibernate.exception.LockAcquisitionException
                || t instanceof org.hibernate.exception.LockTimeoutException) {
            return Kind.LOCK;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            return switch (sql.getSQLState()) {
                // unique_violation (PostgreSQL and H2): the row the loser wanted to create exists now
                case "23505" -> Kind.UNIQUE_KEY;
                // serialization failure / deadlock detected (both), lock_not_available (PostgreSQL),
                // concurrent update and lock timeout (H2)
                case "40001", "40P01", "55P03", "90131", "HYT00" -> Kind.LOCK;
                default -> null;
            };
        }
        return null;
    }
}
