package org.gongkai.platform;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.RedisOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Chooses where the portal's shared counters live ({@code gongkai.state}, env GONGKAI_STATE):
 * {@code database} (default: the portal's own database, H2 or PostgreSQL), {@code redis}
 * ({@code GONGKAI_REDIS_URL}) or {@code memory} (one process only). Every node of one portal
 * must use the same store.
 */
@ApplicationScoped
public class SharedState {
    private static final Logger LOG = Logger.getLogger(SharedState.class);
    String store;
    String redisUrl;
    String redisPrefix;

    @jakarta.inject.Inject
    void configure(GongkaiConfig c) {
        store = c.state();
        redisUrl = c.redis().url();
        redisPrefix = c.redis().prefix();
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MutableClock clock;

    @Inject
    Vertx vertx;

    private Redis redis;

    @Produces
    @Singleton
    SharedCounter counter() {
        SharedCounter c = switch (store.strip().toLowerCase(Locale.ROOT)) {
            case "database", "db" -> new DatabaseCounter(this::inNewTransaction, clock);
            case "redis" -> redisCounter();
            case "memory" -> new MemoryCounter(clock);
            default ->
                throw new IllegalStateException(
                        "gongkai.state (GONGKAI_STATE) must be database, redis or memory, not '" + store + "'");
        };
        LOG.infof("rate limits and lockouts are counted in: %s", c.describe());
        return c;
    }

    private RedisCounter redisCounter() {
        redis = Redis.createClient(
                vertx,
                new RedisOptions()
                        .setConnectionString(redisUrl)
                        .setMaxPoolSize(16)
                        .setMaxPoolWaiting(256));
        RedisCounter c = new RedisCounter(RedisAPI.api(redis), redisPrefix, clock);
        try {
            c.ping();
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "gongkai: GONGKAI_STATE=redis but Redis at " + redisUrl + " does not answer (" + e.getMessage()
                            + "); start Redis or set GONGKAI_REDIS_URL",
                    e);
        }
        return c;
    }

    /** One unit of SQL in a transaction of its own, outside (suspending) the caller's transaction. */
    private <T> T inNewTransaction(DatabaseCounter.SqlWork<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                return work.run(c);
            } catch (SQLException e) {
                throw new IllegalStateException("shared counter: " + e.getMessage(), e);
            }
        });
    }

    @PreDestroy
    void close() {
        if (redis != null) {
            redis.close();
        }
    }
}
