package org.gongkai.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.platform.Err;
import org.gongkai.platform.Hashing;
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.RateLimiter;

/**
 * Issues and checks the re-users' API keys, the way {@code publishing.TokenService} does for the courts'
 * tokens: a random key shown once, only its SHA-256 stored, a per-key rate limit. A key is created with
 * a contact only (an e-mail address or a URL where its holder can be reached) and nothing else about
 * the person (data minimisation, PIPL Art. 6).
 */
@ApplicationScoped
public class ApiKeyService implements org.gongkai.platform.ApiKeys {
    public record IssuedKey(long id, String key, String prefix, Instant createdAt, String note) {}

    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    static final Pattern URL = Pattern.compile("https?://[^\\s]+", Pattern.CASE_INSENSITIVE);

    @Inject
    AlertsConfig config;

    @Inject
    MutableClock clock;
    /** The portal's one counter: a key's limit holds across web nodes (issue 12). */
    @Inject
    org.gongkai.platform.SharedCounter counter;

    private volatile RateLimiter perKey;
    private volatile RateLimiter perAddress;

    RateLimiter perKey() {
        if (perKey == null) {
            perKey = new RateLimiter("alert-key", config.ratePerMinute(), 60_000, counter);
        }
        return perKey;
    }

    RateLimiter perAddress() {
        if (perAddress == null) {
            perAddress = new RateLimiter("key-issue", config.keysPerHour(), 3_600_000, counter);
        }
        return perAddress;
    }

    @Transactional
    public IssuedKey issue(String contact, String clientAddress) {
        String c = contact == null ? "" : contact.strip();
        if (c.isEmpty()
                || c.length() > 200
                || !(EMAIL.matcher(c).matches() || URL.matcher(c).matches())) {
            throw ProblemException.invalidField(
                    "contact",
                    "请只填写一个联系方式：电子邮箱或网址，最多 200 个字符"
                            + "（one contact only: an e-mail address or a URL, at most 200 characters; no other personal data）");
        }
        perAddress().acquire("keys:" + clientAddress, Err::rate_key_creation);
        ApiKey k = new ApiKey();
        String key = k.issue("gka_", clock.instant());
        k.contact = c;
        k.persist();
        return new IssuedKey(
                k.id,
                key,
                k.tokenPrefix,
                k.createdAt,
                "密钥只显示这一次，请妥善保存（the key is shown only once; Gongkai keeps only its hash）");
    }

    /** A re-user's key as an API key for the public API's usage limit ({@link org.gongkai.platform.ApiUsage}). */
    @Override
    @Transactional
    public Optional<String> holder(String key) {
        return ApiKey.findActiveByHash(Hashing.sha256(key)).map(k -> "key:" + k.id);
    }

    /** The id of the key, counted against its rate limit (429 past it); empty when unknown or revoked. */
    @Transactional
    public Optional<Long> authenticate(String key) {
        Optional<ApiKey> found = ApiKey.findActiveByHash(Hashing.sha256(key));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiKey k = found.get();
        perKey().acquire("key:" + k.id, Err::rate_alerts_api);
        k.used(clock.instant());
        return Optional.of(k.id);
    }

    /** Revokes the key; its alerts are deleted first ({@link AlertService#deleteAll}). */
    @Transactional
    public void revoke(long keyId) {
        ApiKey k = ApiKey.findById(keyId);
        if (k != null && k.revokedAt == null) {
            k.revokedAt = clock.instant();
        }
    }
}
