package org.gongkai.platform;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.platform.SharedCounter.Permit;

/**
 * The published usage limits of the API (issue 15). Every request under {@code /api/} is counted
 * in a window of one minute, in the portal's one {@link SharedCounter}, so the limit holds across
 * web nodes (issue 12):
 * <ul>
 *   <li>without a key: {@code gongkai.api.anonymous-per-minute} per client address;</li>
 *   <li>with a key ({@code Authorization: Bearer <key>} or {@code X-Api-Key: <key>}, a key some
 *       {@link ApiKeys} knows): {@code gongkai.api.key-per-minute} per key. An unknown or revoked
 *       key counts as no key;</li>
 *   <li>the publishing and admin API ({@code /api/publish}, {@code /api/admin}), which need a
 *       token anyway, are counted per token by {@code publishing.TokenService}
 *       ({@code gongkai.publish.rate-per-minute}) through {@link #count}.</li>
 * </ul>
 * Every response of the API says where the client stands in the window it was counted in:
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code RateLimit-Reset} (seconds until the
 * window ends); a limit of 200 or more is counted in blocks of a hundredth ({@link QuotaBlocks}); over the limit the answer is 429 problem+json with {@code Retry-After}. A limit of
 * 0 turns the public limit off (benchmarks on one machine); then no headers are sent either.
 *
 * <p>The enforcement registers keep their own lower per-address limits on top of this one (rules
 * §4, no bulk harvesting of personal data), and so does the litigant lockout.
 */
@ApplicationScoped
public class ApiUsage {
    public static final String KEY_HEADER = "X-Api-Key";
    private static final long WINDOW_SECONDS = 60;
    int anonymousPerMinute;
    int keyPerMinute;

    @jakarta.inject.Inject
    void configure(GongkaiConfig c) {
        anonymousPerMinute = c.api().anonymousPerMinute();
        keyPerMinute = c.api().keyPerMinute();
    }

    @Inject
    SharedCounter counter;

    @Inject
    Instance<ApiKeys> keys;

    @Inject
    Counted counted;

    @Inject
    java.time.Clock clock;

    private RateLimiter anonymous;
    private RateLimiter keyed;
    // counted in blocks: a client near a high limit must not cost a committed transaction per request (issue 16)
    private QuotaBlocks anonymousBlocks;
    private QuotaBlocks keyedBlocks;

    @PostConstruct
    void init() {
        anonymous = new RateLimiter("api-anon", anonymousPerMinute, WINDOW_SECONDS * 1000, counter);
        keyed = new RateLimiter("api-key", keyPerMinute, WINDOW_SECONDS * 1000, counter);
        anonymousBlocks = new QuotaBlocks(anonymous, clock);
        keyedBlocks = new QuotaBlocks(keyed, clock);
    }

    /** The window this request was counted in, for the response headers (methods only: it is reached through a proxy). */
    @RequestScoped
    public static class Counted {
        private int limit;
        private Permit permit;

        void set(int limit, Permit permit) {
            this.limit = limit;
            this.permit = permit;
        }

        int limit() {
            return limit;
        }

        Permit permit() {
            return permit;
        }
    }

    /** The limits as configured, for the documentation of the API. */
    public record Limits(int anonymousPerMinute, int keyPerMinute) {}

    public Limits limits() {
        return new Limits(anonymousPerMinute, keyPerMinute);
    }

    /**
     * Counts one request of {@code key} against {@code limiter}, remembers it for the response
     * headers, and throws 429 when it is over the limit.
     */
    public Permit count(RateLimiter limiter, String key, Function<Err, String> what) {
        return counted(limiter, limiter.tryAcquire(key, limiter.limit()), what);
    }

    private Permit counted(RateLimiter limiter, Permit p, Function<Err, String> what) {
        counted.set(limiter.limit(), p);
        if (!p.admitted()) {
            throw limiter.refusal(p, what);
        }
        return p;
    }

    /** Counts a request under /api/ other than the publishing and admin API (see {@link ApiUsageFilter}). */
    void countPublicApi(ContainerRequestContext ctx, HttpServerRequest request) {
        Optional<String> holder = holder(presentedKey(ctx));
        RateLimiter limiter = holder.isPresent() ? keyed : anonymous;
        if (limiter.limit() <= 0) {
            return;
        }
        QuotaBlocks blocks = holder.isPresent() ? keyedBlocks : anonymousBlocks;
        counted(
                limiter,
                blocks.acquire(holder.orElseGet(() -> clientAddress(request))),
                holder.isPresent() ? Err::rate_api_per_key : Err::rate_api_per_address);
    }

    /** Writes the RateLimit headers of the window this request was counted in (none when it was not). */
    void headers(ContainerResponseContext response) {
        Permit p = counted.permit();
        if (p == null) {
            return;
        }
        int limit = counted.limit();
        var h = response.getHeaders();
        h.putSingle("RateLimit-Limit", limit);
        h.putSingle("RateLimit-Remaining", Math.max(0, limit - p.used()));
        // never more than the window: another node's clock may have started it a little ahead of ours
        long reset = Math.min(p.resetSeconds(), WINDOW_SECONDS);
        h.putSingle("RateLimit-Reset", reset);
        if (!p.admitted()) {
            h.putSingle("Retry-After", reset);
        }
    }

    private Optional<String> holder(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        for (ApiKeys k : keys) {
            Optional<String> h = k.holder(key.strip());
            if (h.isPresent()) {
                return h;
            }
        }
        return Optional.empty();
    }

    private static String presentedKey(ContainerRequestContext ctx) {
        String key = ctx.getHeaderString(KEY_HEADER);
        if (key != null && !key.isBlank()) {
            return key;
        }
        String auth = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        return auth != null && auth.length() > 7 && auth.regionMatches(true, 0, "Bearer ", 0, 7)
                ? auth.substring(7)
                : null;
    }

    /**
     * The client's address: the socket's remote address, or the forwarded one behind a reverse
     * proxy with GONGKAI_BEHIND_PROXY=true (quarkus.http.proxy.*).
     */
    public static String clientAddress(HttpServerRequest request) {
        if (request == null || request.remoteAddress() == null) {
            return "unknown";
        }
        return request.remoteAddress().hostAddress();
    }
}
