package org.gongkai.alerts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.changes.ChangeEntry;
import org.gongkai.changes.ChangeKind;
import org.gongkai.judgments.JudgmentRecords;
import org.gongkai.judgments.JudgmentService;
import org.gongkai.platform.Json;
import org.gongkai.platform.Links;
import org.gongkai.platform.MutableClock;
import org.gongkai.search.query.SearchHit;
import org.jboss.logging.Logger;

/**
 * Delivers the alerts, on every portal node at once. Two steps, each safe to run on several nodes:
 *
 * <ol>
 *   <li><b>Match</b>: for each active alert, the node that gets its row lock ({@code FOR UPDATE SKIP
 *   LOCKED}; the others skip it) reads the change feed after the alert's {@code last_seq}, takes the
 *   judgments published or corrected there, runs the saved search restricted to them, records each new
 *   (alert, document) pair in {@code alert_match} (primary key: once per document, ever) with one
 *   delivery for all of them, and moves {@code last_seq} on, all in one transaction. A document the
 *   search index has not caught up with yet holds the cursor before it until it has.</li>
 *   <li><b>Send</b>: due deliveries are claimed with {@code FOR UPDATE SKIP LOCKED} and a lease (status
 *   SENDING until the lease ends), posted outside any transaction, and recorded: DELIVERED on 2xx,
 *   else retried with exponential backoff, DEAD after the last attempt (the dead-letter list).</li>
 * </ol>
 */
@ApplicationScoped
public class AlertWorker {
    private static final Logger LOG = Logger.getLogger("org.gongkai.alerts");
    static final int CHANGES_PER_SCAN = 500;
    static final int CLAIM_BATCH = 20;
    private static final List<String> MATCHED_KINDS = List.of(ChangeKind.PUBLISHED.wire(), ChangeKind.CORRECTED.wire());

    /** What one run did. */
    public record Run(int matched, int delivered, int failed, int dead) {}

    record Claim(
            long id,
            long alertId,
            AlertDelivery.Kind kind,
            String url,
            String secret,
            String payload,
            int matches,
            int attempt) {}

    private record Step(int matched, boolean more) {}

    @Inject
    EntityManager em;

    @Inject
    JudgmentService judgments;

    @Inject
    WebhookSender sender;

    @Inject
    AlertsConfig config;

    @Inject
    MutableClock clock;

    Backoff backoff() {
        return new Backoff(config.retryFirst(), config.retryCap(), config.maxAttempts());
    }

    @Scheduled(
            identity = "alert-delivery",
            every = "${gongkai.alerts.every:30s}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runOnce();
    }

    /** Matches new changes and sends what is due. */
    public Run runOnce() {
        int matched = scan();
        Run sent = sendDue();
        return new Run(matched, sent.delivered(), sent.failed(), sent.dead());
    }

    /** Step 1 for every active alert; returns the new matches found. */
    public int scan() {
        List<Long> ids = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select a.id from Alert a where a.status = :s order by a.id", Long.class)
                        .setParameter("s", Alert.Status.ACTIVE)
                        .getResultList());
        int matched = 0;
        for (long id : ids) {
            try {
                Step s;
                do {
                    s = QuarkusTransaction.requiringNew().call(() -> scanOne(id));
                    matched += s.matched();
                } while (s.more());
            } catch (RuntimeException e) {
                // the search index may be starting or repairing: the cursor did not move, the next run resumes
                LOG.warnf("alert %d: matching postponed (%s)", id, e.getClass().getSimpleName());
            }
        }
        return matched;
    }

    private Step scanOne(long alertId) {
        if (em.createNativeQuery("select id from alert where id = ?1 and status = 'ACTIVE' for update skip locked")
                .setParameter(1, alertId)
                .getResultList()
                .isEmpty()) {
            return new Step(0, false); // paused, deleted, or another node is matching it right now
        }
        Alert a = em.find(Alert.class, alertId);
        List<ChangeEntry> rows = ChangeEntry.listAfter(a.lastSeq, CHANGES_PER_SCAN);
        if (rows.isEmpty()) {
            return new Step(0, false);
        }
        Set<Long> waiting = judgments.awaitingIndex(rows.stream()
                .filter(AlertWorker::candidate)
                .map(e -> e.recordId)
                .toList());
        Map<Long, ChangeEntry> ready = new LinkedHashMap<>();
        long last = a.lastSeq;
        boolean blocked = false;
        for (ChangeEntry e : rows) {
            if (candidate(e)) {
                if (waiting.contains(e.recordId)) {
                    blocked = true;
                    break;
                }
                ready.remove(e.recordId);
                ready.put(e.recordId, e); // the latest change of the document in this batch
            }
            last = e.seq;
        }
        int found = 0;
        if (!ready.isEmpty()) {
            List<SearchHit> hits =
                    judgments.matchesAmong(SavedSearch.parse(a.searchJson).request(), ready.keySet());
            Set<Long> already = new HashSet<>(em.createQuery(
                            "select m.judgmentId from AlertMatch m where m.alertId = :a and m.judgmentId in :ids",
                            Long.class)
                    .setParameter("a", a.id)
                    .setParameter("ids", ready.keySet())
                    .getResultList());
            List<AlertPayload.Match> matches = new ArrayList<>();
            for (SearchHit h : hits.stream()
                    .filter(h -> !already.contains(h.id()))
                    .sorted(java.util.Comparator.comparingLong(h -> ready.get(h.id()).seq))
                    .toList()) {
                matches.add(AlertPayload.Match.of(h, a.portalBase + Links.judgment(h.id()), ready.get(h.id()).hash));
            }
            if (!matches.isEmpty()) {
                AlertDelivery d = newDelivery(a, AlertDelivery.Kind.MATCH, matches);
                for (AlertPayload.Match m : matches) {
                    AlertMatch am = new AlertMatch();
                    am.alertId = a.id;
                    am.judgmentId = m.id();
                    am.changeSeq = ready.get(m.id()).seq;
                    am.deliveryId = d.id;
                    em.persist(am);
                }
                found = matches.size();
            }
        }
        a.lastSeq = last;
        return new Step(found, !blocked && rows.size() == CHANGES_PER_SCAN);
    }

    private static boolean candidate(ChangeEntry e) {
        return JudgmentRecords.CHANNEL.equals(e.channel) && MATCHED_KINDS.contains(e.kind);
    }

    /** A delivery due now, its body written once (with its own id) and sent unchanged on every attempt. */
    AlertDelivery newDelivery(Alert a, AlertDelivery.Kind kind, List<AlertPayload.Match> matches) {
        AlertDelivery d = new AlertDelivery();
        d.alertId = a.id;
        d.kind = kind;
        d.payload = "{}";
        d.matchCount = matches.size();
        d.status = AlertDelivery.Status.PENDING;
        d.createdAt = clock.instant();
        d.nextAttemptAt = d.createdAt;
        d.persist();
        em.flush();
        d.payload = Json.write(new AlertPayload(d.id, AlertPayload.ref(a), kind == AlertDelivery.Kind.TEST, matches));
        return d;
    }

    /** Step 2: sends every due delivery of the active alerts. */
    public Run sendDue() {
        int delivered = 0;
        int failed = 0;
        int dead = 0;
        while (true) {
            Instant now = clock.instant();
            List<Long> due = QuarkusTransaction.requiringNew()
                    .call(() -> em.createQuery(
                                    "select d.id from AlertDelivery d, Alert a where a.id = d.alertId and a.status = :active and ("
                                            + "(d.status = :pending and d.nextAttemptAt <= :now) or (d.status = :sending and d.leaseUntil < :now))"
                                            + " order by d.id",
                                    Long.class)
                            .setParameter("active", Alert.Status.ACTIVE)
                            .setParameter("pending", AlertDelivery.Status.PENDING)
                            .setParameter("sending", AlertDelivery.Status.SENDING)
                            .setParameter("now", now)
                            .setMaxResults(CLAIM_BATCH)
                            .getResultList());
            if (due.isEmpty()) {
                break;
            }
            List<Claim> claims = QuarkusTransaction.requiringNew().call(() -> claim(due, false));
            if (claims.isEmpty()) {
                break; // all taken by other nodes meanwhile
            }
            for (Claim c : claims) {
                switch (attempt(c)) {
                    case DELIVERED -> delivered++;
                    case DEAD -> dead++;
                    default -> failed++;
                }
            }
        }
        return new Run(0, delivered, failed, dead);
    }

    /** Sends one delivery now, whatever its state (a test, a redelivery); its status after the attempt. */
    public AlertDelivery.Status deliverNow(long deliveryId) {
        List<Claim> c = QuarkusTransaction.requiringNew().call(() -> claim(List.of(deliveryId), true));
        return c.isEmpty() ? AlertDelivery.Status.SENDING : attempt(c.get(0));
    }

    /**
     * Locks the deliveries that no other node holds and that are still due, marks them SENDING under a lease
     * and drops from their bodies any document that left the public since it matched (withdrawn, withheld).
     */
    private List<Claim> claim(List<Long> ids, boolean any) {
        @SuppressWarnings("unchecked")
        List<Number> locked = em.createNativeQuery(
                        "select id from alert_delivery where id in (?1) order by id for update skip locked")
                .setParameter(1, ids)
                .getResultList();
        Instant now = clock.instant();
        List<Claim> out = new ArrayList<>();
        for (Number n : locked) {
            AlertDelivery d = em.find(AlertDelivery.class, n.longValue());
            boolean due = (d.status == AlertDelivery.Status.PENDING && !d.nextAttemptAt.isAfter(now))
                    || (d.status == AlertDelivery.Status.SENDING && d.leaseUntil != null && d.leaseUntil.isBefore(now));
            if (!(due || (any && d.status != AlertDelivery.Status.SENDING))) {
                continue;
            }
            Alert a = em.find(Alert.class, d.alertId);
            if (d.kind == AlertDelivery.Kind.MATCH) {
                AlertPayload p = Json.read(d.payload, AlertPayload.class);
                Set<Long> gone = new HashSet<>();
                for (AlertPayload.Match m : p.matches()) {
                    ChangeEntry.findLatest(JudgmentRecords.CHANNEL, m.id())
                            .filter(e -> e.hash == null)
                            .ifPresent(e -> gone.add(m.id()));
                }
                if (!gone.isEmpty()) {
                    p = p.without(gone);
                    d.payload = Json.write(p);
                    d.matchCount = p.matches().size();
                }
                if (d.matchCount == 0) {
                    d.status = AlertDelivery.Status.CANCELLED;
                    d.lastError = "every match left the public before delivery";
                    continue;
                }
            }
            d.status = AlertDelivery.Status.SENDING;
            d.leaseUntil = now.plus(config.lease());
            out.add(new Claim(
                    d.id, d.alertId, d.kind, a.callbackUrl, a.secret, d.payload, d.matchCount, d.attempts + 1));
        }
        return out;
    }

    private AlertDelivery.Status attempt(Claim c) {
        WebhookSender.Outcome o = sender.post(c.url(), c.secret(), c.id(), c.payload());
        return QuarkusTransaction.requiringNew().call(() -> {
            AlertDelivery d = em.find(AlertDelivery.class, c.id());
            if (d == null) {
                return AlertDelivery.Status.CANCELLED; // the alert was deleted meanwhile
            }
            Instant now = clock.instant();
            d.attempts++;
            d.lastCode = o.code();
            d.lastError = o.error();
            d.leaseUntil = null;
            if (o.delivered()) {
                d.status = AlertDelivery.Status.DELIVERED;
                d.deliveredAt = now;
            } else if (backoff().exhausted(d.attempts)) {
                d.status = AlertDelivery.Status.DEAD;
            } else {
                d.status = AlertDelivery.Status.PENDING;
                d.nextAttemptAt = now.plus(backoff().after(d.attempts));
            }
            // no URL, no contact, no document data: ids, counts and outcomes only
            LOG.infof(
                    "alert delivery %d (alert %d, %s, %d match%s) attempt %d/%d: %s in %d ms -> %s%s",
                    d.id,
                    d.alertId,
                    c.kind().name().toLowerCase(java.util.Locale.ROOT),
                    c.matches(),
                    c.matches() == 1 ? "" : "es",
                    d.attempts,
                    config.maxAttempts(),
                    o.code() != null ? "HTTP " + o.code() : o.error(),
                    o.millis(),
                    d.status,
                    d.status == AlertDelivery.Status.PENDING ? ", next at " + d.nextAttemptAt : "");
            return d.status;
        });
    }
}
