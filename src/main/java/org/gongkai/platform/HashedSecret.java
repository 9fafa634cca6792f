package org.gongkai.platform;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A bearer secret of which only the SHA-256 is stored (the courts' publishing tokens, the re-users' API
 * keys): issued once in plain text, recognised by its hash, shown afterwards by its first characters only.
 */
@MappedSuperclass
public abstract class HashedSecret extends PanacheEntityBase {
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "token_prefix")
    public String tokenPrefix;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    /** Draws a new secret ({@code prefix} + 48 hex digits), keeps its hash and prefix; returns it in plain text. */
    public String issue(String prefix, Instant now) {
        String secret = Hashing.randomToken(prefix, 24);
        tokenHash = Hashing.sha256(secret);
        tokenPrefix = secret.substring(0, 10);
        createdAt = now;
        return secret;
    }

    /** Notes a use, at most once a minute (a write per request would serialise a busy client's requests). */
    public void used(Instant now) {
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(60))) {
            lastUsedAt = now;
        }
    }
}
