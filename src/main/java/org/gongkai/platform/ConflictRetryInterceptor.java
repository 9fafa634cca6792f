package org.gongkai.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * The one retry policy for court writes ({@link RetryOnConflict}): retry once on a unique-key
 * race or an optimistic/pessimistic lock failure, then 409.
 *
 * <p>It runs outside the {@code @Transactional} interceptor (priority 200), so the first
 * attempt has been rolled back entirely before the second starts: nothing of the losing
 * attempt is half-stored, and the second attempt reads what the winner committed (the
 * existing receipt, the new case record, the new version). Inside a caller's transaction (a
 * bulk-import record) it does nothing: that transaction is already marked for rollback, and
 * the caller's boundary decides.
 */
@RetryOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictRetryInterceptor {
    private static final Logger LOG = Logger.getLogger(ConflictRetryInterceptor.class);

    @Inject
    TransactionManager transactions;

    @AroundInvoke
    Object retryOnce(InvocationContext ctx) throws Exception {
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return ctx.proceed();
        }
        try {
            return ctx.proceed();
        } catch (Exception first) {
            WriteConflicts.Kind kind = WriteConflicts.classify(first);
            if (kind == null) {
                throw first;
            }
            // the message of a database error can quote key values: log the kind only
            LOG.infof(
                    "write conflict (%s) in %s.%s: retrying once",
                    kind,
                    ctx.getMethod().getDeclaringClass().getSimpleName(),
                    ctx.getMethod().getName());
            // a short random pause lets the winning transaction finish committing
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 60));
            try {
                return ctx.proceed();
            } catch (Exception second) {
                WriteConflicts.Kind again = WriteConflicts.classify(second);
                if (again == null) {
                    throw second;
                }
                LOG.warnf(
                        "write conflict (%s) in %s.%s again after one retry: answering 409",
                        again,
                        ctx.getMethod().getDeclaringClass().getSimpleName(),
                        ctx.getMethod().getName());
                throw WriteConflicts.problem();
            }
        }
    }
}
