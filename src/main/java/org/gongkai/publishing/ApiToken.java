package org.gongkai.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import org.gongkai.platform.HashedSecret;

/** A court's publishing token. Only the SHA-256 hash of the token is stored. */
@Entity
@Table(name = "api_token")
public class ApiToken extends HashedSecret {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "court_code")
    public String courtCode;

    public String label;

    public static Optional<ApiToken> findActiveByHash(String hash) {
        return find("tokenHash = ?1 and revokedAt is null", hash).firstResultOptional();
    }
}
