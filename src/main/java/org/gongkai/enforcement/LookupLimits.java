package org.gongkai.enforcement;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongkai.platform.Err;
import org.gongkai.platform.RateLimiter;
import org.gongkai.platform.SharedCounter;

/**
 * Per-client rate limits on the public enforcement registers (rules §4: no bulk harvesting of
 * personal data). Three buckets per client IP: lookups by name / ID number / credit code,
 * browsing (lists, pages, feeds) and exports. Over the limit → 429 with Retry-After.
 *
 * <p>These limits slow one client down; they do not protect an ID number, since a client can
 * change its address. What does is the {@link WrongNumberBudget} of each name, shared by all
 * clients and answered without any sign that it was reached.
 *
 * <p>The windows are kept in the portal's one {@link SharedCounter}, so every web node counts
 * against the same limits.
 *
 * <p>The client is the socket's remote address. Behind a reverse proxy set
 * GONGKAI_BEHIND_PROXY=true (quarkus.http.proxy.*): the platform then puts the forwarded client
 * address in remoteAddress(), for these limits and the litigant lockout alike.
 */
@ApplicationScoped
public class LookupLimits {
    int lookupsPerMinute;
    int browsePerMinute;
    int exportsPerMinute;

    @jakarta.inject.Inject
    void configure(EnforcementConfig c) {
        lookupsPerMinute = c.lookupsPerMinute();
        browsePerMinute = c.browsePerMinute();
        exportsPerMinute = c.exportsPerMinute();
    }

    @Inject
    WrongNumberBudget wrongNumbers;

    @Inject
    SharedCounter counter;

    private RateLimiter lookups;
    private RateLimiter browse;
    private RateLimiter exports;

    @PostConstruct
    void init() {
        lookups = new RateLimiter("enf-lookup", lookupsPerMinute, 60_000, counter);
        browse = new RateLimiter("enf-browse", browsePerMinute, 60_000, counter);
        exports = new RateLimiter("enf-export", exportsPerMinute, 60_000, counter);
    }

    /** A list or page request: a lookup when it names a debtor, else browsing. */
    public void list(HttpServerRequest request, FilterParams params) {
        if (params != null && params.isLookup()) {
            lookups.acquire(client(request), Err::rate_enforcement_lookups);
        } else {
            browse.acquire(client(request), Err::rate_enforcement_browsing);
        }
    }

    public void browse(HttpServerRequest request) {
        browse.acquire(client(request), Err::rate_enforcement_browsing);
    }

    public void export(HttpServerRequest request) {
        exports.acquire(client(request), Err::rate_enforcement_exports);
    }

    public String client(HttpServerRequest request) {
        return org.gongkai.platform.ApiUsage.clientAddress(request);
    }

    /** Forgets every window and every name's wrong-number count (tests; an operator after a false alarm). */
    public void reset() {
        lookups.reset();
        browse.reset();
        exports.reset();
        wrongNumbers.reset();
    }

    void sweep() {
        counter.sweep(); // every window of every limiter, the wrong-number budgets included
    }
}
