package org.gongkai.process;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A litigant session the server can end: the cookie carries a random session id, only its
 * SHA-256 is stored (a copy of the table does not yield usable cookies, which also need the
 * HMAC key). Ended by logout; a reissued query code or a party who left the case invalidate it
 * through the cookie's binding as well.
 */
@Entity
@Table(name = "litigant_session")
public class LitigantSession extends PanacheEntityBase {
    @Id
    @Column(name = "id_hash")
    public String idHash;

    @Column(name = "party_id")
    public long partyId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "ended_at")
    public Instant endedAt;
    /** LOGOUT, or another reason an operator or a later rule ends it with. */
    @Column(name = "end_reason")
    public String endReason;

    public static Optional<LitigantSession> findByIdHash(String idHash) {
        return findByIdOptional(idHash);
    }

    /** Sessions that ended or expired before {@code cutoff}: nothing can use them any more. */
    public static long deleteExpiredBefore(Instant cutoff) {
        return delete("expiresAt < ?1", cutoff);
    }
}
