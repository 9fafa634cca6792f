package org.gongkai.process;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.runtime.PreventFurtherStepsException;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.cases.CourtCase;
import org.gongkai.cases.Party;
import org.gongkai.courts.CaseNumber;
import org.gongkai.courts.CaseNumberParser;
import org.gongkai.courts.CourtService;
import org.gongkai.judgments.Judgment;
import org.gongkai.platform.ClockProducer;
import org.gongkai.platform.GongkaiConfig;
import org.gongkai.platform.GongkaiMain;
import org.gongkai.platform.Hashing;
import org.gongkai.platform.JobLease;
import org.gongkai.platform.Json;
import org.gongkai.platform.Links;
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.Secrets;
import org.gongkai.process.ProcessViews.AccessView;
import org.gongkai.process.ProcessViews.CaseInfo;
import org.gongkai.process.ProcessViews.CaseView;
import org.gongkai.process.ProcessViews.DocumentView;
import org.gongkai.process.ProcessViews.EventView;
import org.gongkai.process.ProcessViews.HearingView;
import org.gongkai.process.ProcessViews.InboxItem;
import org.gongkai.process.ProcessViews.JudgmentLink;
import org.gongkai.process.ProcessViews.Panel;
import org.gongkai.process.ProcessViews.PartyEntry;
import org.gongkai.process.ProcessViews.PartyInfo;
import org.gongkai.process.ProcessViews.PublicCaseView;
import org.gongkai.process.ProcessViews.TimeLimit;
import org.jboss.logging.Logger;

/**
 * The party side of the process channel (spec 2.1–2.3): access with case number, identity
 * number and query code; the case as the party may see it; served documents; the party's
 * feeds; and the public timeline of cases of major public interest.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LitigantAccess {
    private static final Logger LOG = Logger.getLogger(LitigantAccess.class);
    /** The one answer to every kind of wrong value: nothing is revealed. */
    public static final String WRONG_VALUES = "案号、身份证件号码或查询码不正确";

    public static final String COOKIE = "gongkai_process";

    /** A verified session: the party and its case. */
    public record PartySession(long caseId, long partyId) {}

    /** A successful access: the cookie value and what the response shows. */
    public record Granted(String cookieValue, long maxAgeSeconds, AccessView view) {}

    @Inject
    GongkaiConfig config;

    @Inject
    MutableClock clock;

    @Inject
    AccessLockout lockout;

    @Inject
    CourtService courts;

    @Inject
    JobLease lease;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    String secretFile;

    @jakarta.inject.Inject
    void configure(org.gongkai.platform.GongkaiConfig c) {
        secretFile = c.session().secretFile();
    }

    private SessionCodec codec;

    @PostConstruct
    void init() {
        codec = new SessionCodec(
                sessionSecret(config.session().secret(), dbKind, Path.of(secretFile)),
                config.session().ttl(),
                clock);
    }

    /**
     * The key that signs litigant session cookies. Every web node must use the same one, or a
     * cookie set by one node is refused by the next (issue 12):
     * <ul>
     *   <li>{@code GONGKAI_SESSION_SECRET} when it is set (at least 32 characters);</li>
     *   <li>on the embedded H2 database (one node by construction) a key generated once into
     *       {@code data/session.key}, so sessions also survive a restart;</li>
     *   <li>on PostgreSQL, where several nodes may share the database, no fallback: a key generated
     *       per node would log parties out at random behind a load balancer, so the portal refuses
     *       to start and says what to set.</li>
     * </ul>
     */
    static String sessionSecret(Optional<String> configured, String dbKind, Path file) {
        String what = "gongkai.session.secret (GONGKAI_SESSION_SECRET)";
        Optional<String> given = Secrets.configured(what, configured);
        if (given.isPresent()) {
            return given.get();
        }
        if ("postgresql".equals(dbKind)) {
            throw new IllegalStateException(
                    "gongkai: 拒绝启动：未设置 GONGKAI_SESSION_SECRET（GONGKAI_SESSION_SECRET is not set:"
                            + " on PostgreSQL the portal may run as several nodes, and every node must sign litigant sessions with"
                            + " the same secret. Set GONGKAI_SESSION_SECRET to at least " + Secrets.MIN_CHARS
                            + " random characters, the same on every node, e.g. the output of `openssl rand -hex 32`）");
        }
        return Secrets.configuredOrFile(what, Optional.empty(), file);
    }

    /** Resolves the key when the portal starts, so a missing one stops it at once, not at the first login. */
    void checkAtStart(@Observes StartupEvent ev) {
        if (GongkaiMain.servesPortal()) {
            try {
                init();
            } catch (IllegalStateException e) {
                throw new IllegalStateException(e.getMessage(), new PreventFurtherStepsException(e.getMessage(), 3));
            }
        }
    }

    // ---- access ----

    /**
     * Checks the three values. Wrong case number (also unparseable), wrong identity number,
     * wrong code and a party who left all give the same 401; a client with too many failures
     * gets 429 (see {@link AccessLockout}: per case and client, never for everyone). A success
     * starts a server-side session (its id is in the signed cookie value).
     */
    @Transactional
    public Granted access(String caseNumber, String idNumber, String queryCode, String client) {
        Optional<CaseNumber> cn = CaseNumberParser.tryParse(caseNumber == null ? "" : caseNumber, clock);
        String caseKey =
                cn.map(CaseNumber::canonical).orElse(caseNumber == null ? "" : caseNumber.replaceAll("\\s", ""));
        AccessLockout.Attempt attempt = lockout.begin(caseKey, client);
        Party match = null;
        boolean settled = false;
        try {
            String id = QueryCodes.normaliseId(idNumber);
            if (cn.isPresent() && !id.isEmpty()) {
                CourtCase c = CourtCase.findByCaseNumber(cn.get().canonical()).orElse(null);
                if (c != null) {
                    for (Party p : c.parties) {
                        boolean idOk = p.idNumber != null && Hashing.constantTimeEquals(p.idNumber, id);
                        boolean codeOk = QueryCodes.matches(queryCode, p.queryCodeHash);
                        if (idOk && codeOk && p.active) {
                            match = p;
                        }
                    }
                } else {
                    QueryCodes.matches(queryCode, null);
                }
            }
            if (match == null) {
                attempt.failed();
                settled = true;
                throw new ProblemException(
                        401, "Unauthorized", org.gongkai.platform.Texts.msg().access_wrong_values());
            }
            attempt.succeeded();
            settled = true;
        } finally {
            if (!settled) {
                // an internal failure is not the client's wrong answer
                attempt.succeeded();
            }
        }
        String sessionId = SessionCodec.newSessionId();
        LitigantSession row = new LitigantSession();
        row.idHash = Hashing.sha256(sessionId);
        row.partyId = match.id;
        row.createdAt = now();
        row.expiresAt = row.createdAt.plus(codec.ttl());
        row.persist();
        String value = codec.issue(sessionId, match.courtCase.id, match.id, binding(match));
        return new Granted(
                value,
                codec.ttl().toSeconds(),
                new AccessView(match.courtCase.caseNumber, new PartyInfo(match.name, match.role)));
    }

    /**
     * The session behind a cookie value, when it is valid, unexpired, not ended on the server
     * and the party is still joined with the same query code.
     */
    public Optional<PartySession> session(String cookieValue) {
        return codec.verify(cookieValue, partyId -> {
                    Party p = Party.findById(partyId);
                    return p == null || !p.active ? null : binding(p);
                })
                .filter(s -> {
                    Party p = Party.findById(s.partyId());
                    return p.courtCase.id == s.caseId();
                })
                .filter(s -> LitigantSession.findByIdHash(Hashing.sha256(s.sessionId()))
                        .filter(r ->
                                r.endedAt == null && r.partyId == s.partyId() && r.expiresAt.isAfter(clock.instant()))
                        .isPresent())
                .map(s -> new PartySession(s.caseId(), s.partyId()));
    }

    public PartySession requireSession(String cookieValue) {
        return session(cookieValue)
                .orElseThrow(() -> new ProblemException(
                        401, "Unauthorized", org.gongkai.platform.Texts.msg().access_session_invalid()));
    }

    /** Logout: ends the session on the server, so the same cookie value is refused from now on. */
    @Transactional
    public void logout(String cookieValue) {
        codec.verify(cookieValue, partyId -> {
                    Party p = Party.findById(partyId);
                    return p == null ? null : binding(p);
                })
                .flatMap(s -> LitigantSession.findByIdHash(Hashing.sha256(s.sessionId())))
                .ifPresent(r -> {
                    if (r.endedAt == null) {
                        r.endedAt = now();
                        r.endReason = "LOGOUT";
                    }
                });
    }

    /** Forgets sessions a day after they expired (ended ones included): nothing can use them any more. */
    @Scheduled(every = "1h", delayed = "10m")
    void purgeSessions() {
        // one node per hour (issue 12)
        lease.runOnce("litigant-session-purge", JobLease.interval("1h"), java.time.Duration.ofMinutes(10), () -> {
            long n = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .call(() ->
                            LitigantSession.deleteExpiredBefore(clock.instant().minus(java.time.Duration.ofDays(1))));
            if (n > 0) {
                LOG.debugf("purged %d expired litigant sessions", n);
            }
        });
    }

    private static String binding(Party p) {
        return p.id + ":" + (p.queryCodeHash == null ? "" : p.queryCodeHash);
    }

    // ---- the party's view ----

    public CaseView caseView(PartySession s) {
        Party me = Party.findById(s.partyId());
        CourtCase c = me.courtCase;
        List<ProcessEvent> events = visibleEvents(c);
        List<PartyEntry> parties = c.parties.stream()
                .filter(p -> p.active || p.id.equals(me.id))
                .map(p -> p.id.equals(me.id)
                        ? new PartyEntry(p.name, p.role, true)
                        : new PartyEntry(PublishedNames.of(p), p.role, false))
                .toList();
        List<HearingView> hearings =
                Hearing.listByCase(c).stream().map(this::hearingView).toList();
        List<InboxItem> inbox = DocumentDelivery.listByParty(me).stream()
                .map(d -> new InboxItem(
                        d.document.id,
                        d.document.title,
                        d.document.kind,
                        china(d.deliveredAt),
                        china(d.firstReadAt),
                        Links.processDocument(d.document.id)))
                .toList();
        String token = me.feedToken;
        var mask = PublishedNames.maskerFor(c, me.id);
        return new CaseView(
                caseInfo(c),
                new PartyInfo(me.name, me.role),
                parties,
                panel(events, mask),
                events.stream().map(e -> eventView(e, mask)).toList(),
                c.closingDate != null ? List.of() : timeLimits(events, mask),
                hearings,
                inbox,
                judgments(c),
                token == null ? null : Links.processFeedAtom(token),
                token == null ? null : Links.processFeedIcs(token));
    }

    /** The served document's original text; the first read is recorded once. 404 for anything not in the inbox. */
    @Transactional
    public DocumentView readDocument(PartySession s, long documentId) {
        Party me = Party.findById(s.partyId());
        DocumentDelivery d = DocumentDelivery.findByDocumentAndParty(documentId, me)
                .orElseThrow(() -> ProblemException.notFound(
                        org.gongkai.platform.Texts.txt().err_no_served_document(String.valueOf(documentId))));
        if (d.firstReadAt == null) {
            d.firstReadAt = now();
        }
        ServedDocument doc = d.document;
        return new DocumentView(
                doc.id,
                doc.courtCase.caseNumber,
                doc.title,
                doc.kind,
                china(d.deliveredAt),
                china(d.firstReadAt),
                doc.body);
    }

    // ---- public timeline of cases of major public interest ----

    public Optional<PublicCaseView> publicTimeline(String caseNumber) {
        Optional<CaseNumber> cn = CaseNumberParser.tryParse(caseNumber == null ? "" : caseNumber, clock);
        if (cn.isEmpty()) {
            return Optional.empty();
        }
        return CourtCase.findByCaseNumber(cn.get().canonical())
                .filter(c -> c.publicInterest)
                .map(c -> {
                    List<ProcessEvent> events = visibleEvents(c);
                    List<PartyEntry> parties = c.parties.stream()
                            .filter(p -> p.active)
                            .map(p -> new PartyEntry(PublishedNames.of(p), p.role, false))
                            .toList();
                    List<HearingView> hearings = Hearing.listByCase(c).stream()
                            .filter(h -> h.open)
                            .map(this::hearingView)
                            .toList();
                    var mask = PublishedNames.maskerFor(c, null);
                    return new PublicCaseView(
                            caseInfo(c),
                            parties,
                            panel(events, mask),
                            events.stream().map(e -> eventView(e, mask)).toList(),
                            hearings,
                            judgments(c));
                });
    }

    // ---- party feeds (timeline only, no document text) ----

    public record FeedData(
            String caseNumber,
            String token,
            List<EventView> timeline,
            List<HearingView> hearings,
            List<TimeLimit> timeLimits,
            Instant updated) {}

    public Optional<FeedData> feed(String token) {
        if (token == null || !token.matches("[0-9a-f]{40}")) {
            return Optional.empty();
        }
        return Party.findByFeedToken(token).filter(p -> p.active).map(p -> {
            List<ProcessEvent> events = visibleEvents(p.courtCase);
            List<HearingView> hearings = Hearing.listByCase(p.courtCase).stream()
                    .map(this::hearingView)
                    .toList();
            Instant updated = events.stream()
                    .map(e -> e.correctedAt != null && e.correctedAt.isAfter(e.createdAt) ? e.correctedAt : e.createdAt)
                    .max(Comparator.naturalOrder())
                    .orElse(p.joinedAt);
            var mask = PublishedNames.maskerFor(p.courtCase, p.id);
            return new FeedData(
                    p.courtCase.caseNumber,
                    token,
                    events.stream().map(e -> eventView(e, mask)).toList(),
                    hearings,
                    timeLimits(events, mask),
                    updated);
        });
    }

    // ---- shared building blocks ----

    static List<ProcessEvent> visibleEvents(CourtCase c) {
        return ProcessEvent.listByCase(c).stream()
                .filter(ProcessEvent::visibleOutsideCourt)
                .toList();
    }

    CaseInfo caseInfo(CourtCase c) {
        return new CaseInfo(
                c.caseNumber,
                c.courtCode,
                courts.courtName(c.courtCode),
                c.cause,
                c.filingDate,
                c.closingDate,
                c.procedure);
    }

    /** The event with natural persons' names masked by {@code mask} (all but the viewing party's own). */
    EventView eventView(ProcessEvent e, java.util.function.UnaryOperator<String> mask) {
        List<String> docs =
                e.documents == null ? List.of() : Json.read(e.documents, new TypeReference<List<String>>() {});
        return new EventView(
                e.id,
                e.type.name(),
                e.type.label(),
                china(e.time),
                mask.apply(e.actor),
                mask.apply(e.description),
                docs.stream().map(mask).toList(),
                e.deadline,
                e.correctedAt != null,
                china(e.correctedAt));
    }

    HearingView hearingView(Hearing h) {
        return new HearingView(
                h.id,
                h.courtCase.caseNumber,
                h.courtCode,
                courts.courtName(h.courtCode),
                h.courtroom,
                china(h.time),
                h.presidingJudge,
                h.open,
                h.cause,
                h.partyNameList(),
                h.time.isAfter(now()),
                china(h.createdAt == null ? h.time : h.createdAt));
    }

    /** The latest panel formed: its description lists the members. */
    static Panel panel(List<ProcessEvent> visible, java.util.function.UnaryOperator<String> mask) {
        ProcessEvent last = null;
        for (ProcessEvent e : visible) {
            if (e.type == EventType.PANEL_FORMED) {
                last = e;
            }
        }
        return last == null ? null : new Panel(mask.apply(last.description), mask.apply(last.actor), china(last.time));
    }

    /** Time limits with a deadline; the days remaining count from today in China (negative when past). */
    List<TimeLimit> timeLimits(List<ProcessEvent> visible, java.util.function.UnaryOperator<String> mask) {
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.CHINA));
        List<TimeLimit> out = new ArrayList<>();
        for (ProcessEvent e : visible) {
            if (e.type.isTimeLimit() && e.deadline != null) {
                String label = e.description != null && e.description.length() <= 60
                        ? mask.apply(e.description)
                        : e.type.label();
                out.add(new TimeLimit(label, e.deadline, ChronoUnit.DAYS.between(today, e.deadline)));
            }
        }
        return out;
    }

    static List<JudgmentLink> judgments(CourtCase c) {
        // published documents, and stubs (rule 1.2: only case number, court, date and the reason are public)
        return Judgment.listByCaseNumber(c.caseNumber).stream()
                .filter(j -> j.status != null && (j.status.isPublic() || j.status == Judgment.Status.STUB))
                .map(j -> new JudgmentLink(
                        j.id,
                        j.status == Judgment.Status.STUB
                                ? org.gongkai.platform.Texts.txt().stub_title(j.documentKind, j.stubReason)
                                : j.title,
                        j.decisionDate,
                        Links.judgment(j.id)))
                .toList();
    }

    static OffsetDateTime china(Instant i) {
        return i == null ? null : i.atZone(ClockProducer.CHINA).toOffsetDateTime();
    }

    /** Now, at the precision the database keeps (microseconds), so responses match what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
