package org.gongkai.alerts;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.judgments.JudgmentService;
import org.gongkai.platform.Hashing;
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.ProblemException;

/**
 * Saved searches with alerts: register, read, pause, resume, delete, test and redeliver, each for the
 * alerts of the calling key only (another key's alert is a 404, as if it did not exist).
 */
@ApplicationScoped
@Transactional
public class AlertService {
    /** What a client sends to register an alert. {@code q} is accepted for {@code query}. */
    public record AlertRequest(
            String name,
            String query,
            String q,
            Map<String, List<String>> filters,
            String from,
            String to,
            String callbackUrl) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AlertView(
            long id,
            String name,
            String status,
            SavedSearch search,
            String searchUrl,
            String feedUrl,
            String callbackUrl,
            Instant createdAt,
            Instant pausedAt,
            String deliveries) {}

    /** The answer of a registration: the signing secret is shown here and never again. */
    public record Created(AlertView alert, String secret, String signature) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DeliveryView(
            long id,
            String kind,
            String status,
            int matches,
            int attempts,
            Instant createdAt,
            Instant nextAttemptAt,
            Instant deliveredAt,
            Integer lastCode,
            String lastError) {}

    @Inject
    EntityManager em;

    @Inject
    JudgmentService judgments;

    @Inject
    AlertWorker worker;

    @Inject
    WebhookSender sender;

    @Inject
    AlertsConfig config;

    @Inject
    MutableClock clock;

    public Created register(long keyId, AlertRequest r, String portalBase) {
        if (r == null) {
            throw ProblemException.badRequest("请求体必须是 JSON：{query, filters, from, to, callbackUrl}");
        }
        String url = sender.urls().check(r.callbackUrl()).toString();
        if (r.name() != null && r.name().length() > 100) {
            throw ProblemException.invalidField(
                    "name", org.gongkai.platform.Texts.err().alert_name_too_long());
        }
        if (r.query() != null && r.q() != null && !r.query().equals(r.q())) {
            throw ProblemException.invalidField(
                    "query", org.gongkai.platform.Texts.err().alert_query_twice());
        }
        String q = r.query() != null ? r.query() : r.q();
        if (q != null && q.length() > 1000) {
            throw ProblemException.invalidField(
                    "query", org.gongkai.platform.Texts.err().alert_query_too_long());
        }
        SavedSearch search = new SavedSearch(
                q == null || q.isBlank() ? null : q.strip(), r.filters(), blank(r.from()), blank(r.to()));
        // the query language is checked now, by the search the alert will run: a bad query is a 400 here,
        // not a silent alert that never fires
        judgments.search(search.request().withSize(1));
        long held = Alert.count("keyId", keyId);
        if (held >= config.maxPerKey()) {
            throw new ProblemException(
                    409,
                    "Conflict",
                    "每个密钥最多 " + config.maxPerKey() + " 个提醒（at most " + config.maxPerKey()
                            + " alerts per key; delete one first）");
        }
        Alert a = new Alert();
        a.keyId = keyId;
        a.name = blank(r.name());
        a.searchJson = search.json();
        a.callbackUrl = url;
        a.secret = Hashing.randomToken("whsec_", 24);
        a.portalBase = portalBase;
        a.status = Alert.Status.ACTIVE;
        Long last = em.createQuery("select max(e.seq) from ChangeEntry e", Long.class)
                .getSingleResult();
        a.lastSeq = last == null ? 0 : last; // documents published from now on
        a.createdAt = clock.instant();
        a.persist();
        return new Created(
                view(a),
                a.secret,
                WebhookSignature.HEADER
                        + ": t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + \".\" + body)>；密钥只显示这一次（the secret is shown only once）");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AlertView> list(long keyId) {
        return Alert.listByKey(keyId).stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AlertView get(long keyId, long id) {
        return view(owned(keyId, id));
    }

    public AlertView pause(long keyId, long id) {
        Alert a = owned(keyId, id);
        if (a.status != Alert.Status.PAUSED) {
            a.status = Alert.Status.PAUSED;
            a.pausedAt = clock.instant();
        }
        return view(a);
    }

    /** Resumes; the documents published while paused are matched and delivered now (nothing is lost). */
    public AlertView resume(long keyId, long id) {
        Alert a = owned(keyId, id);
        a.status = Alert.Status.ACTIVE;
        a.pausedAt = null;
        return view(a);
    }

    /** Deletes the alert with its matches and deliveries: nothing more is sent, not even a pending retry. */
    public void delete(long keyId, long id) {
        Alert a = owned(keyId, id);
        em.createQuery("delete from AlertMatch m where m.alertId = :a")
                .setParameter("a", a.id)
                .executeUpdate();
        em.createQuery("delete from AlertDelivery d where d.alertId = :a")
                .setParameter("a", a.id)
                .executeUpdate();
        a.delete();
    }

    /** Deletes every alert of a key (when the key is revoked): nothing is sent on its behalf any more. */
    public int deleteAll(long keyId) {
        List<Alert> all = Alert.listByKey(keyId);
        all.forEach(a -> delete(keyId, a.id));
        return all.size();
    }

    /** A test delivery (no matches), due now; the caller sends it with {@link AlertWorker#deliverNow}. */
    public long createTest(long keyId, long id) {
        return worker.newDelivery(owned(keyId, id), AlertDelivery.Kind.TEST, List.of()).id;
    }

    /** A dead (or delivered) delivery made due again with a fresh count of attempts. */
    public long redeliver(long keyId, long id, long deliveryId) {
        AlertDelivery d = ownedDelivery(keyId, id, deliveryId);
        if (d.status == AlertDelivery.Status.SENDING || d.status == AlertDelivery.Status.CANCELLED) {
            throw new ProblemException(
                    409,
                    "Conflict",
                    "投递状态为 " + d.status + "，不能重新投递（cannot redeliver a delivery that is "
                            + d.status.name().toLowerCase(Locale.ROOT) + "）");
        }
        d.status = AlertDelivery.Status.PENDING;
        d.attempts = 0;
        d.nextAttemptAt = clock.instant();
        d.lastCode = null;
        d.lastError = null;
        return d.id;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeliveryView delivery(long keyId, long id, long deliveryId) {
        AlertDelivery d = ownedDelivery(keyId, id, deliveryId);
        return view(d);
    }

    /** The deliveries of an alert, newest first; {@code status=dead} is the dead-letter list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeliveryView> deliveries(long keyId, long id, String status) {
        owned(keyId, id);
        AlertDelivery.Status only = null;
        if (status != null && !status.isBlank()) {
            try {
                only = AlertDelivery.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField(
                        "status", "未知状态“" + status + "”，可用：pending, sending, delivered, dead, cancelled");
            }
        }
        AlertDelivery.Status s = only;
        return AlertDelivery.listByAlert(id).stream()
                .filter(d -> s == null || d.status == s)
                .limit(500)
                .map(AlertService::view)
                .toList();
    }

    private Alert owned(long keyId, long id) {
        Alert a = Alert.findById(id);
        if (a == null || a.keyId != keyId) {
            throw ProblemException.notFound(org.gongkai.platform.Texts.err().alert_not_found(String.valueOf(id)));
        }
        return a;
    }

    private AlertDelivery ownedDelivery(long keyId, long id, long deliveryId) {
        owned(keyId, id);
        AlertDelivery d = AlertDelivery.findById(deliveryId);
        if (d == null || d.alertId != id) {
            throw ProblemException.notFound(
                    org.gongkai.platform.Texts.err().alert_no_delivery(String.valueOf(id), String.valueOf(deliveryId)));
        }
        return d;
    }

    private AlertView view(Alert a) {
        SavedSearch s = SavedSearch.parse(a.searchJson);
        return new AlertView(
                a.id,
                a.name,
                a.status.name(),
                s,
                a.portalBase + s.pageUrl(),
                a.portalBase + s.feedUrl(),
                a.callbackUrl,
                a.createdAt,
                a.pausedAt,
                "/api/alerts/" + a.id + "/deliveries");
    }

    private static DeliveryView view(AlertDelivery d) {
        return new DeliveryView(
                d.id,
                d.kind.name(),
                d.status.name(),
                d.matchCount,
                d.attempts,
                d.createdAt,
                d.status == AlertDelivery.Status.PENDING ? d.nextAttemptAt : null,
                d.deliveredAt,
                d.lastCode,
                d.lastError);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
