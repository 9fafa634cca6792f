package org.gongkai.alerts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A saved judgment search whose new matches are posted to a callback URL. */
@Entity
@Table(name = "alert")
public class Alert extends PanacheEntityBase {
    public enum Status {
        ACTIVE,
        PAUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "key_id")
    public long keyId;

    public String name;
    /** The saved search ({@link SavedSearch}) as JSON. */
    @Column(name = "search_json")
    public String searchJson;

    @Column(name = "callback_url")
    public String callbackUrl;
    /** The HMAC key of the signatures; shown once, at creation. */
    public String secret;
    /** The portal's address as the alert's owner called it: the base of the URLs in payloads. */
    @Column(name = "portal_base")
    public String portalBase;

    @Enumerated(EnumType.STRING)
    public Status status;
    /** How far in the change feed the matching has got. */
    @Column(name = "last_seq")
    public long lastSeq;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "paused_at")
    public Instant pausedAt;

    public static List<Alert> listByKey(long keyId) {
        return list("keyId = ?1 order by id", keyId);
    }
}
