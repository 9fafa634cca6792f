package org.gongkai.platform;

import io.vertx.core.Future;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link SharedCounter} in Redis ({@code GONGKAI_STATE=redis}, {@code GONGKAI_REDIS_URL}, default
 * redis://127.0.0.1:6379): one hash per key ({@code s} window start, {@code n} uses, {@code w}
 * window length), changed only by Lua scripts, which Redis runs one at a time, so checking and
 * counting are one atomic step across every node.
 *
 * <p>Window arithmetic uses the portal's clock (passed in as {@code now}); Redis's own expiry
 * (twice the window after the last admitted use) only frees memory, so {@link #sweep()} has
 * nothing to do. Keys carry a prefix ({@code gongkai.redis.prefix}) so that several portals, or
 * tests, can share one Redis. The counters are only as durable as Redis: run it with
 * {@code appendonly yes}, or a Redis restart resets every lockout and wrong-number budget.
 */
public final class RedisCounter implements SharedCounter {
    private static final String RESERVE = """
            local v = redis.call('HMGET', KEYS[1], 's', 'n')
            local s = v[1]
            local n = tonumber(v[2])
            if s == false or tonumber(ARGV[1]) - tonumber(s) >= tonumber(ARGV[2]) then
              s = ARGV[1]
              n = 0
            end
            local k = math.min(tonumber(ARGV[4]), tonumber(ARGV[3]) - n)
            if k > 0 then
              redis.call('HSET', KEYS[1], 's', s, 'n', n + k, 'w', ARGV[2])
              redis.call('PEXPIRE', KEYS[1], 2 * tonumber(ARGV[2]))
              return {k, s, n + k}
            end
            return {0, s, n}
            """;
    private static final String RELEASE = """
            local v = redis.call('HMGET', KEYS[1], 's', 'n')
            if v[1] == ARGV[1] and tonumber(v[2]) > 0 then
              return redis.call('HINCRBY', KEYS[1], 'n', -1)
            end
            return -1
            """;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final RedisAPI redis;
    private final String prefix;
    private final Clock clock;

    public RedisCounter(RedisAPI redis, String prefix, Clock clock) {
        this.redis = redis;
        this.prefix = prefix;
        this.clock = clock;
    }

    @Override
    public Block reserve(String rawKey, int max, long windowMillis, int uses) {
        String key = SharedCounter.boundedKey(rawKey);
        long now = clock.millis();
        Response r = await(redis.eval(List.of(
                RESERVE,
                "1",
                prefix + key,
                Long.toString(now),
                Long.toString(windowMillis),
                Integer.toString(max),
                Integer.toString(Math.max(1, uses)))));
        int granted = r.get(0).toInteger();
        long start = Long.parseLong(r.get(1).toString());
        int used = r.get(2).toInteger();
        long left = Math.max(1, start + windowMillis - now);
        return new Block(new Permit(key, start, granted > 0 ? 0 : left, used, left), granted);
    }

    @Override
    public void release(Permit p) {
        if (p == null || !p.admitted()) {
            return;
        }
        await(redis.eval(List.of(RELEASE, "1", prefix + p.key(), Long.toString(p.windowStart()))));
    }

    @Override
    public int counted(String rawKey) {
        Response r = await(redis.hmget(List.of(prefix + SharedCounter.boundedKey(rawKey), "s", "n", "w")));
        if (r.get(0) == null || r.get(1) == null || r.get(2) == null) {
            return 0;
        }
        long start = Long.parseLong(r.get(0).toString());
        long window = Long.parseLong(r.get(2).toString());
        return clock.millis() - start >= window ? 0 : r.get(1).toInteger();
    }

    @Override
    public void sweep() {
        // Redis expires the keys itself
    }

    @Override
    public void reset(String keyPrefix) {
        String pattern = (prefix + keyPrefix).replaceAll("([*?\\[\\]\\\\])", "\\\\$1") + "*";
        String cursor = "0";
        do {
            Response page = await(redis.scan(List.of(cursor, "MATCH", pattern, "COUNT", "1000")));
            cursor = page.get(0).toString();
            List<String> keys = new ArrayList<>();
            page.get(1).forEach(k -> keys.add(k.toString()));
            if (!keys.isEmpty()) {
                await(redis.del(keys));
            }
        } while (!"0".equals(cursor));
    }

    @Override
    public String describe() {
        return "redis (key prefix " + prefix + ")";
    }

    /** Answers the PING (startup check: a portal configured for Redis must not start without it). */
    public String ping() {
        return await(redis.ping(List.of())).toString();
    }

    private static Response await(Future<Response> f) {
        try {
            return f.toCompletionStage().toCompletableFuture().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Redis", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "Redis did not answer: " + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        }
    }
}
