package org.gongkai.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongkai.courts.CourtService;
import org.gongkai.platform.AuditService;
import org.gongkai.platform.Caller;
import org.gongkai.platform.Err;
import org.gongkai.platform.GongkaiConfig;
import org.gongkai.platform.Hashing;
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.RateLimiter;
import org.gongkai.platform.Texts;

/** Issues, checks and revokes the courts' publishing tokens. */
@ApplicationScoped
public class TokenService implements org.gongkai.platform.ApiKeys {
    public record IssuedToken(long id, String token, String court, String courtName) {}

    public record TokenView(
            long id,
            String court,
            String prefix,
            String label,
            Instant createdAt,
            Instant revokedAt,
            Instant lastUsedAt) {}

    @Inject
    GongkaiConfig config;

    @Inject
    CourtService courts;

    @Inject
    AuditService audit;

    @Inject
    MutableClock clock;

    @Inject
    org.gongkai.platform.SharedCounter counter;

    @Inject
    org.gongkai.platform.ApiUsage usage;

    private RateLimiter limiter;

    RateLimiter limiter() {
        if (limiter == null) {
            limiter = new RateLimiter("publish", config.publish().ratePerMinute(), 60_000, counter);
        }
        return limiter;
    }

    public boolean adminApiEnabled() {
        return config.adminToken().filter(t -> !t.isBlank()).isPresent();
    }

    public int maxBodyBytes() {
        return config.publish().maxBodyBytes();
    }

    /**
     * A court's token or the administrator token as an API key for the public API's usage limit
     * (until re-users have keys of their own, these are the API keys).
     */
    @Override
    @Transactional
    public Optional<String> holder(String key) {
        if (adminApiEnabled()
                && Hashing.constantTimeEquals(key, config.adminToken().get())) {
            return Optional.of("admin");
        }
        return ApiToken.findActiveByHash(Hashing.sha256(key)).map(t -> "token:" + t.id);
    }

    /** Resolves a bearer token into the caller; false when unknown or revoked. */
    @Transactional
    public boolean authenticate(String token, Caller caller) {
        if (adminApiEnabled()
                && Hashing.constantTimeEquals(token, config.adminToken().get())) {
            usage.count(limiter(), "admin", Err::rate_publishing_api);
            caller.asAdmin("admin");
            return true;
        }
        var found = ApiToken.findActiveByHash(Hashing.sha256(token));
        if (found.isEmpty()) {
            return false;
        }
        ApiToken t = found.get();
        usage.count(limiter(), "token:" + t.id, Err::rate_publishing_api);
        t.used(clock.instant());
        caller.asCourt(t.courtCode, "token:" + t.id);
        return true;
    }

    @Transactional
    public IssuedToken issue(String court, String label, String actor) {
        if (court == null || court.isBlank()) {
            throw ProblemException.invalidField("court", Texts.txt().err_court_required());
        }
        var c = courts.require(court, "court");
        ApiToken t = new ApiToken();
        String token = t.issue("gk_", clock.instant());
        t.courtCode = c.code();
        t.label = label;
        t.persist();
        audit.record(actor, c.code(), "TOKEN_ISSUED", "token", String.valueOf(t.id), null, t.tokenPrefix + "…");
        return new IssuedToken(t.id, token, c.code(), c.name());
    }

    @Transactional
    public List<TokenView> list() {
        List<ApiToken> all = ApiToken.listAll(io.quarkus.panache.common.Sort.by("id"));
        return all.stream()
                .map(t -> new TokenView(
                        t.id, t.courtCode, t.tokenPrefix, t.label, t.createdAt, t.revokedAt, t.lastUsedAt))
                .toList();
    }

    @Transactional
    public TokenView revoke(long id, String actor) {
        ApiToken t = ApiToken.findById(id);
        if (t == null) {
            throw ProblemException.notFound(Texts.txt().pub_no_token(String.valueOf(id)));
        }
        if (t.revokedAt == null) {
            t.revokedAt = clock.instant();
            audit.record(actor, t.courtCode, "TOKEN_REVOKED", "token", String.valueOf(t.id), null, t.tokenPrefix + "…");
        }
        return new TokenView(t.id, t.courtCode, t.tokenPrefix, t.label, t.createdAt, t.revokedAt, t.lastUsedAt);
    }
}
