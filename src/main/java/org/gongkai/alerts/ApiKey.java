package org.gongkai.alerts;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import org.gongkai.platform.HashedSecret;

/**
 * A re-user's API key for the alert endpoints. Only the SHA-256 of the key is stored; the contact
 * (an e-mail address or a URL) is the only thing known about its holder and is never shown publicly
 * nor logged.
 */
@Entity
@Table(name = "alert_api_key")
public class ApiKey extends HashedSecret {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String contact;

    public static Optional<ApiKey> findActiveByHash(String hash) {
        return find("tokenHash = ?1 and revokedAt is null", hash).firstResultOptional();
    }
}
