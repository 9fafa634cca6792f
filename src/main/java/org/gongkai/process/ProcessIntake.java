package org.gongkai.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.gongkai.cases.CourtCase;
import org.gongkai.cases.Party;
import org.gongkai.courts.CaseNumber;
import org.gongkai.courts.Court;
import org.gongkai.courts.CourtService;
import org.gongkai.platform.AuditService;
import org.gongkai.platform.Caller;
import org.gongkai.platform.ClockProducer;
import org.gongkai.platform.Hashing;
import org.gongkai.platform.Json;
import org.gongkai.platform.Links;
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.Receipt;
import org.gongkai.platform.RetryOnConflict;
import org.gongkai.platform.Texts;
import org.gongkai.process.Submissions.CaseSubmission;
import org.gongkai.process.Submissions.EventSubmission;
import org.gongkai.process.Submissions.HearingSubmission;
import org.gongkai.process.Submissions.PartySubmission;
import org.gongkai.process.Submissions.ServiceSubmission;
import org.gongkai.publishing.PublicFields;
import org.gongkai.publishing.deid.FieldContext;
import org.gongkai.publishing.deid.PartyInput;
import org.gongkai.publishing.deid.PersonNames;

/**
 * The court side of the process channel: cases and parties, process events, hearings and
 * electronic service. The publishing API and the bulk importer (inside its own transaction,
 * caller {@code asAdmin("import")}) both call these methods. Registering a case, adding an
 * event and adding a hearing are idempotent and say whether something was created.
 *
 * <p>Concurrency: every write first locks the case row (SELECT … FOR UPDATE), so writes to one
 * case run one after the other and an idempotency check ("is this event already there?")
 * cannot be passed by two requests at once; a case created by two requests at once is a
 * unique-key race on the case number, which {@link RetryOnConflict} retries once.
 */
@ApplicationScoped
@Transactional
@RetryOnConflict
public class ProcessIntake {
    public record PartyReceipt(long id, String name, String role, String queryCode) {}

    public record CaseReceipt(String caseNumber, List<PartyReceipt> parties) {}

    /** {@code created} false: the case was already registered and nothing changed. */
    public record Registered(CaseReceipt receipt, boolean created) {}

    /** A case event or hearing: its receipt, and whether this write created it (201) or found it (200). */
    public record Created(long id, String status, String url, boolean created) {
        public Receipt receipt() {
            return new Receipt(id, status, url);
        }
    }

    public record Delivery(long partyId, Instant deliveredAt) {}

    public record Served(long id, List<Delivery> deliveries) {}

    /** {@code created} false: the same document was already served to the same parties. */
    public record ServeOutcome(Served served, boolean created) {}

    public record ProofOfService(long partyId, String name, String role, Instant deliveredAt, Instant firstReadAt) {}

    public record ServedDocumentView(
            long id, String title, String kind, Instant servedAt, String servedBy, List<ProofOfService> deliveries) {}

    public record EventReceipt(long id, boolean carriedOut, Instant correctedAt) {}

    public record LeaveReceipt(long id, boolean active, Instant leftAt) {}

    @Inject
    CourtService courts;

    @Inject
    AuditService audit;

    @Inject
    MutableClock clock;

    // ---- cases and parties ----

    public Registered registerCase(CaseSubmission s, Caller caller) {
        if (s == null) {
            throw ProblemException.badRequest(Texts.txt().pub_body_case());
        }
        CaseNumber cn = courts.parseCaseNumber(s.caseNumber(), "caseNumber");
        Court court = courtOf(cn, s.court());
        caller.requireCourt(court.code());
        LocalDate filing = pastDate(s.filingDate(), "filingDate", true);
        String cause = text(s.cause(), "cause", 200, false);
        List<PartySubmission> parties = s.parties() == null ? List.of() : s.parties();
        for (int i = 0; i < parties.size(); i++) {
            validateParty(parties.get(i), "parties[" + i + "].");
        }
        cause = publicCause(cause, cn.category(), s.causeFreeText(), submittedContext(parties, cn.category(), cause));
        CourtCase c = findCaseForUpdate(cn.canonical()).orElse(null);
        if (c != null && (c.filingDate != null || !c.parties.isEmpty())) {
            return new Registered(new CaseReceipt(c.caseNumber, List.of()), false);
        }
        if (c == null) {
            c = newCase(cn, court);
        }
        c.cause = cause != null ? cause : c.cause;
        c.filingDate = filing;
        c.publicInterest = Boolean.TRUE.equals(s.publicInterest());
        List<PartyReceipt> receipts = new ArrayList<>();
        for (PartySubmission p : parties) {
            receipts.add(createParty(c, p));
        }
        audit.record(
                caller.actor(),
                c.courtCode,
                "CASE_REGISTERED",
                "case",
                c.caseNumber,
                null,
                receipts.size() + " parties" + (c.publicInterest ? ", public interest" : ""));
        return new Registered(new CaseReceipt(c.caseNumber, receipts), true);
    }

    public PartyReceipt addParty(String caseNumber, PartySubmission p, Caller caller) {
        CourtCase c = lockCase(caseNumber, caller);
        if (p == null) {
            throw ProblemException.badRequest(Texts.txt().pub_body_party());
        }
        validateParty(p, "");
        requireNotYetParty(c, p);
        PartyReceipt r = createParty(c, p);
        audit.record(caller.actor(), c.courtCode, "PARTY_ADDED", "party", String.valueOf(r.id()), null, c.caseNumber);
        return r;
    }

    public PartyReceipt reissueQueryCode(String caseNumber, long partyId, Caller caller) {
        Party p = loadParty(caseNumber, partyId, caller);
        if (!p.active) {
            throw new ProblemException(409, "Conflict", Texts.txt().pub_party_left(String.valueOf(partyId)));
        }
        String code = QueryCodes.generate();
        p.queryCodeHash = QueryCodes.hash(code);
        p.feedToken = newFeedToken();
        audit.record(
                caller.actor(),
                p.courtCase.courtCode,
                "QUERY_CODE_REISSUED",
                "party",
                String.valueOf(p.id),
                null,
                p.courtCase.caseNumber);
        return new PartyReceipt(p.id, p.name, p.role, code);
    }

    public LeaveReceipt leave(String caseNumber, long partyId, Caller caller) {
        Party p = loadParty(caseNumber, partyId, caller);
        if (p.active) {
            p.active = false;
            p.leftAt = now();
            p.feedToken = null;
            audit.record(
                    caller.actor(),
                    p.courtCase.courtCode,
                    "PARTY_LEFT",
                    "party",
                    String.valueOf(p.id),
                    null,
                    p.courtCase.caseNumber);
        }
        return new LeaveReceipt(p.id, false, p.leftAt);
    }

    // ---- process events ----

    public Created addEvent(String caseNumber, EventSubmission s, Caller caller) {
        CourtCase c = lockCase(caseNumber, caller);
        ValidEvent v = validateEvent(s);
        for (ProcessEvent e :
                ProcessEvent.<ProcessEvent>list("courtCase = ?1 and type = ?2 and time = ?3", c, v.type, v.time)) {
            if (Objects.equals(e.description, v.description)) {
                return new Created(e.id, "RECORDED", Links.publicCase(c.caseNumber), false);
            }
        }
        ProcessEvent e = new ProcessEvent();
        e.courtCase = c;
        e.createdAt = now();
        e.createdBy = caller.actor();
        apply(e, v);
        e.persist();
        syncClosingDate(c);
        audit.record(
                caller.actor(),
                c.courtCode,
                "PROCESS_EVENT_ADDED",
                "process_event",
                String.valueOf(e.id),
                null,
                c.caseNumber + " " + e.type);
        return new Created(e.id, "RECORDED", Links.publicCase(c.caseNumber), true);
    }

    /** A correction replaces the event's content; it is shown as corrected (已更正) with the time. */
    public EventReceipt correctEvent(String caseNumber, long id, EventSubmission s, Caller caller) {
        ProcessEvent e = loadEvent(caseNumber, id, caller);
        ValidEvent v = validateEvent(s);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("type", e.type);
        before.put("time", e.time);
        before.put("actor", e.actor);
        before.put("description", e.description);
        before.put("documents", e.documents);
        before.put("deadline", e.deadline);
        before.put("carriedOut", e.carriedOut);
        before.put("secret", e.secret);
        apply(e, v);
        e.correctedAt = now();
        syncClosingDate(e.courtCase);
        audit.record(
                caller.actor(),
                e.courtCase.courtCode,
                "PROCESS_EVENT_CORRECTED",
                "process_event",
                String.valueOf(e.id),
                "correction",
                "before: " + Json.write(before));
        return new EventReceipt(e.id, e.carriedOut, e.correctedAt);
    }

    /** Preservation or preliminary enforcement carried out: from now on the parties see it. */
    public EventReceipt markCarriedOut(String caseNumber, long id, Caller caller) {
        ProcessEvent e = loadEvent(caseNumber, id, caller);
        if (!e.carriedOut) {
            e.carriedOut = true;
            audit.record(
                    caller.actor(),
                    e.courtCase.courtCode,
                    "PROCESS_EVENT_CARRIED_OUT",
                    "process_event",
                    String.valueOf(e.id),
                    null,
                    e.courtCase.caseNumber);
        }
        return new EventReceipt(e.id, true, e.correctedAt);
    }

    // ---- hearings ----

    public Created addHearing(HearingSubmission s, Caller caller) {
        if (s == null) {
            throw ProblemException.badRequest(Texts.txt().pub_body_hearing());
        }
        CaseNumber cn = courts.parseCaseNumber(s.caseNumber(), "caseNumber");
        Court court = courtOf(cn, s.court());
        caller.requireCourt(court.code());
        String courtroom = text(s.courtroom(), "courtroom", 200, true);
        Instant time = dateTime(s.time(), "time");
        String judge = text(s.presidingJudge(), "presidingJudge", 100, true);
        if (s.open() == null) {
            throw ProblemException.invalidField("open", Texts.txt().pub_open_required());
        }
        String cause = text(s.cause(), "cause", 200, false);
        PublicFields.isFreeText("cause", cause, cn.category(), Boolean.TRUE.equals(s.causeFreeText()));
        CourtCase c = findCaseForUpdate(cn.canonical()).orElseGet(() -> newCase(cn, court));
        Hearing existing =
                Hearing.<Hearing>find("courtCase = ?1 and time = ?2", c, time).firstResult();
        if (existing != null) {
            return new Created(existing.id, hearingStatus(existing), Links.hearings(), false);
        }
        List<String> names = new ArrayList<>();
        if (s.parties() != null && !s.parties().isEmpty()) {
            for (String n : s.parties()) {
                if (n == null || n.isBlank()) {
                    continue;
                }
                names.add(PublishedNames.forHearing(n, c));
            }
        } else {
            c.parties.stream().filter(p -> p.active).forEach(p -> names.add(PublishedNames.of(p)));
        }
        Hearing h = new Hearing();
        h.courtCase = c;
        h.courtCode = court.code();
        applyHearingFields(h, c, courtroom, judge, cause, s.causeFreeText());
        h.time = time;
        h.open = s.open();
        String joined = String.join(Hearing.SEPARATOR, names);
        h.partyNames = joined.length() > 2000 ? joined.substring(0, 2000) : joined;
        h.createdAt = now();
        h.createdBy = caller.actor();
        h.persist();
        audit.record(
                caller.actor(),
                c.courtCode,
                "HEARING_ADDED",
                "hearing",
                String.valueOf(h.id),
                null,
                c.caseNumber + (h.open ? " open" : " closed"));
        return new Created(h.id, hearingStatus(h), Links.hearings(), true);
    }

    /** An open hearing is announced publicly (开庭公告); a closed one is shown to the parties only. */
    private static String hearingStatus(Hearing h) {
        return h.open ? "ANNOUNCED" : "PARTIES_ONLY";
    }

    // ---- electronic service ----

    public ServeOutcome serve(String caseNumber, ServiceSubmission s, Caller caller) {
        CourtCase c = lockCase(caseNumber, caller);
        if (s == null) {
            throw ProblemException.badRequest(Texts.txt().pub_body_service());
        }
        boolean all = Boolean.TRUE.equals(s.all());
        if (all == (s.partyId() != null)) {
            throw ProblemException.invalidField("partyId", Texts.txt().pub_party_or_all());
        }
        String title = text(s.title(), "title", 500, true);
        String kind = text(s.kind(), "kind", 64, true);
        if (s.text() == null || s.text().isBlank()) {
            throw ProblemException.invalidField("text", Texts.txt().pub_service_text_required());
        }
        List<Party> recipients = c.parties.stream()
                .filter(p -> p.active)
                .filter(p -> all || p.id.equals(s.partyId()))
                .toList();
        if (recipients.isEmpty()) {
            throw all
                    ? ProblemException.invalidField("all", Texts.txt().pub_no_active_party_case())
                    : ProblemException.invalidField(
                            "partyId", Texts.txt().pub_no_active_party(String.valueOf(s.partyId()), c.caseNumber));
        }
        ServedDocument same = alreadyServed(c, title, kind, s.text(), recipients);
        if (same != null) {
            return new ServeOutcome(served(same), false);
        }
        ServedDocument d = new ServedDocument();
        d.courtCase = c;
        // title and kind are listed in the parties' inboxes: de-identified like every field (the body is the
        // original document, served only to its recipients)
        FieldContext ctx = PublishedNames.context(c, null);
        d.title = PublicFields.fit(PublishedNames.deidentify(title, ctx), 500);
        d.kind = PublicFields.fit(PublishedNames.deidentify(kind, ctx), 64);
        d.body = s.text();
        d.servedAt = now();
        d.servedBy = caller.actor();
        for (Party p : recipients) {
            DocumentDelivery dd = new DocumentDelivery();
            dd.document = d;
            dd.party = p;
            dd.deliveredAt = d.servedAt;
            d.deliveries.add(dd);
        }
        d.persist();
        audit.record(
                caller.actor(),
                c.courtCode,
                "DOCUMENT_SERVED",
                "served_document",
                String.valueOf(d.id),
                null,
                c.caseNumber + " → " + recipients.size() + " parties");
        return new ServeOutcome(served(d), true);
    }

    private static Served served(ServedDocument d) {
        return new Served(
                d.id,
                d.deliveries.stream()
                        .map(dd -> new Delivery(dd.party.id, dd.deliveredAt))
                        .toList());
    }

    /**
     * The same document (title, kind, text) already served to exactly these parties: a repeated
     * submission (a court's retry after a timeout) returns it instead of a second inbox entry.
     */
    private static ServedDocument alreadyServed(
            CourtCase c, String title, String kind, String body, List<Party> recipients) {
        java.util.Set<Long> to = new java.util.HashSet<>();
        recipients.forEach(p -> to.add(p.id));
        for (ServedDocument d :
                ServedDocument.<ServedDocument>list("courtCase = ?1 and title = ?2 and kind = ?3", c, title, kind)) {
            java.util.Set<Long> had = new java.util.HashSet<>();
            d.deliveries.forEach(dd -> had.add(dd.party.id));
            if (d.body.equals(body) && had.equals(to)) {
                return d;
            }
        }
        return null;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ServedDocumentView> servedDocuments(String caseNumber, Caller caller) {
        CourtCase c = loadCase(caseNumber, caller);
        return ServedDocument.listByCase(c).stream()
                .map(d -> new ServedDocumentView(
                        d.id,
                        d.title,
                        d.kind,
                        d.servedAt,
                        d.servedBy,
                        d.deliveries.stream()
                                .map(dd -> new ProofOfService(
                                        dd.party.id, dd.party.name, dd.party.role, dd.deliveredAt, dd.firstReadAt))
                                .toList()))
                .toList();
    }

    // ---- fields as published (issue 9) ----

    /**
     * The public hearing fields (开庭公告 are public): courtroom and presiding judge de-identified with the
     * case's parties as known names (the judge's own name is published, rule 1.4), the cause checked against
     * the lists (free text only with the flag, then de-identified), else the case's cause.
     */
    private static void applyHearingFields(
            Hearing h, CourtCase c, String courtroom, String judge, String cause, Boolean causeFreeText) {
        FieldContext ctx = PublishedNames.context(c, null);
        h.courtroom = PublicFields.fit(PublishedNames.deidentify(courtroom, ctx), 200);
        String judgeName = PersonNames.leadingName(judge);
        h.presidingJudge = PublicFields.fit(
                PublishedNames.deidentify(judge, judgeName == null ? ctx : ctx.publishing(List.of(judgeName))), 100);
        String published = publicCause(cause, c.category, causeFreeText, ctx);
        h.cause = published != null ? published : c.cause;
    }

    /** A cause of the lists as sent; free text (allowed by the flag, or administrative) de-identified. */
    private static String publicCause(String cause, String category, Boolean causeFreeText, FieldContext ctx) {
        if (cause == null) {
            return null;
        }
        boolean free = PublicFields.isFreeText("cause", cause, category, Boolean.TRUE.equals(causeFreeText));
        return free ? PublicFields.fit(PublishedNames.deidentify(cause, ctx.inCase(category, null)), 200) : cause;
    }

    /** The people of a case being registered, as the submission names them. */
    private static FieldContext submittedContext(List<PartySubmission> parties, String category, String cause) {
        List<PartyInput> people = new ArrayList<>();
        for (PartySubmission p : parties) {
            boolean person = "PERSON".equals(p.kind().trim().toUpperCase(Locale.ROOT));
            people.add(new PartyInput(
                    p.name().strip(),
                    p.role().strip(),
                    person ? PartyInput.Kind.PERSON : PartyInput.Kind.ORGANISATION,
                    QueryCodes.normaliseId(p.idNumber()),
                    false));
        }
        return FieldContext.of(people).inCase(category, cause);
    }

    // ---- helpers ----

    private record ValidEvent(
            EventType type,
            Instant time,
            String actor,
            String description,
            List<String> documents,
            LocalDate deadline,
            boolean carriedOut,
            boolean secret) {}

    private ValidEvent validateEvent(EventSubmission s) {
        if (s == null) {
            throw ProblemException.badRequest(Texts.txt().pub_body_event());
        }
        EventType type = EventType.parse(s.type())
                .orElseThrow(() -> ProblemException.invalidField(
                        "type",
                        Texts.txt()
                                .pub_unknown_event_type(
                                        s.type(),
                                        ProblemException.codes(java.util.Arrays.stream(EventType.values())
                                                .map(Enum::name)
                                                .toArray(String[]::new)))));
        Instant time = dateTime(s.time(), "time");
        String actor = text(s.actor(), "actor", 200, false);
        String description = s.description() == null || s.description().isBlank()
                ? null
                : s.description().strip();
        List<String> docs = new ArrayList<>();
        if (s.documents() != null) {
            for (int i = 0; i < s.documents().size(); i++) {
                docs.add(text(s.documents().get(i), "documents[" + i + "]", 500, true));
            }
        }
        LocalDate deadline = null;
        if (s.deadline() != null && !s.deadline().isBlank()) {
            if (!type.isTimeLimit()) {
                throw ProblemException.invalidField("deadline", Texts.txt().pub_deadline_only_time_limit());
            }
            deadline = date(s.deadline(), "deadline");
        } else if (type == EventType.TIME_LIMIT_SET || type == EventType.TIME_LIMIT_EXTENDED) {
            throw ProblemException.invalidField("deadline", Texts.txt().pub_deadline_required(type.name()));
        }
        return new ValidEvent(
                type,
                time,
                actor,
                description,
                docs,
                deadline,
                Boolean.TRUE.equals(s.carriedOut()),
                Boolean.TRUE.equals(s.secret()));
    }

    private static void apply(ProcessEvent e, ValidEvent v) {
        e.type = v.type;
        e.time = v.time;
        e.actor = v.actor;
        e.description = v.description;
        e.documents = v.documents.isEmpty() ? null : Json.write(v.documents);
        e.deadline = v.deadline;
        e.carriedOut = v.carriedOut || e.carriedOut;
        e.secret = v.secret;
    }

    /** court_case.closing_date follows the latest CLOSED event. */
    private static void syncClosingDate(CourtCase c) {
        ProcessEvent closed = ProcessEvent.<ProcessEvent>find(
                        "courtCase = ?1 and type = ?2 order by time desc", c, EventType.CLOSED)
                .firstResult();
        c.closingDate = closed == null ? null : LocalDate.ofInstant(closed.time, ClockProducer.CHINA);
    }

    CourtCase loadCase(String caseNumber, Caller caller) {
        CaseNumber cn = courts.parseCaseNumber(caseNumber, "caseNumber");
        CourtCase c = CourtCase.findByCaseNumber(cn.canonical())
                .orElseThrow(() -> ProblemException.notFound(Texts.txt().pub_no_case(cn.canonical())));
        caller.requireCourt(c.courtCode);
        return c;
    }

    private Party loadParty(String caseNumber, long partyId, Caller caller) {
        CourtCase c = lockCase(caseNumber, caller);
        return c.parties.stream()
                .filter(p -> p.id == partyId)
                .findFirst()
                .orElseThrow(() ->
                        ProblemException.notFound(Texts.txt().pub_no_party(String.valueOf(partyId), c.caseNumber)));
    }

    private ProcessEvent loadEvent(String caseNumber, long id, Caller caller) {
        CourtCase c = lockCase(caseNumber, caller);
        ProcessEvent e = ProcessEvent.findById(id);
        if (e == null || !e.courtCase.id.equals(c.id)) {
            throw ProblemException.notFound(Texts.txt().pub_no_event(String.valueOf(id), c.caseNumber));
        }
        return e;
    }

    /** The case, locked for the rest of this write (see the class comment); 404 when unknown. */
    private CourtCase lockCase(String caseNumber, Caller caller) {
        CaseNumber cn = courts.parseCaseNumber(caseNumber, "caseNumber");
        CourtCase c = findCaseForUpdate(cn.canonical())
                .orElseThrow(() -> ProblemException.notFound(Texts.txt().pub_no_case(cn.canonical())));
        caller.requireCourt(c.courtCode);
        return c;
    }

    /** Locked before it is read in this transaction, so the state seen is the one the previous writer committed. */
    private static java.util.Optional<CourtCase> findCaseForUpdate(String canonical) {
        return CourtCase.<CourtCase>find("caseNumber", canonical)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /**
     * One active party per identity number in a case: adding the same party again (a repeated
     * or concurrent submission) is a 409 naming the existing party, not a second login.
     */
    private static void requireNotYetParty(CourtCase c, PartySubmission p) {
        String id = QueryCodes.normaliseId(p.idNumber());
        c.parties.stream()
                .filter(x -> x.active && id.equals(x.idNumber))
                .findFirst()
                .ifPresent(x -> {
                    throw new ProblemException(
                            409,
                            "Conflict",
                            Texts.txt()
                                    .pub_party_exists(
                                            String.valueOf(x.id),
                                            "POST /api/publish/cases/{caseNumber}/parties/" + x.id + "/query-code"),
                            "idNumber");
                });
    }

    private CourtCase newCase(CaseNumber cn, Court court) {
        CourtCase c = new CourtCase();
        c.caseNumber = cn.canonical();
        c.courtCode = court.code();
        c.caseYear = cn.year();
        c.typeCode = cn.typeCode();
        c.category = cn.category();
        c.procedure = cn.procedure();
        c.createdAt = now();
        c.persist();
        return c;
    }

    private Court courtOf(CaseNumber cn, String court) {
        if (court == null || court.isBlank()) {
            if (cn.legacy() || cn.courtCode() == null) {
                throw ProblemException.invalidField("court", Texts.txt().pub_court_required_legacy());
            }
            return courts.require(cn.courtCode(), "caseNumber");
        }
        Court c = courts.require(court, "court");
        if (!cn.legacy() && !c.code().equals(cn.courtCode())) {
            throw ProblemException.invalidField(
                    "court", Texts.txt().pub_court_mismatch(c.code(), cn.courtCode(), cn.canonical()));
        }
        return c;
    }

    private void validateParty(PartySubmission p, String prefix) {
        if (p == null) {
            throw ProblemException.invalidField(
                    prefix.isEmpty() ? "parties" : prefix.substring(0, prefix.length() - 1),
                    Texts.txt().pub_party_missing());
        }
        text(p.name(), prefix + "name", 200, true);
        text(p.role(), prefix + "role", 32, true);
        String kind = p.kind() == null ? "" : p.kind().trim().toUpperCase(Locale.ROOT);
        if (!kind.equals("PERSON") && !kind.equals("ORGANISATION")) {
            throw ProblemException.invalidField(prefix + "kind", Texts.txt().pub_kind_required());
        }
        if (kind.equals("ORGANISATION")) {
            PublicFields.requireOrganisationName(prefix + "name", p.name());
        }
        String id = QueryCodes.normaliseId(p.idNumber());
        if (id.isEmpty()) {
            throw ProblemException.invalidField(prefix + "idNumber", Texts.txt().pub_party_id_required());
        }
        if (id.length() > 64) {
            throw ProblemException.invalidField(prefix + "idNumber", Texts.txt().pub_at_most("64"));
        }
        if (kind.equals("PERSON")) {
            // the number a party logs in with: a typo on intake would lock the party out for good
            PublicFields.requireSoundIdNumber(prefix + "idNumber", id, clock.today());
        }
        if (p.queryCode() != null) {
            String code = QueryCodes.normalise(p.queryCode());
            if (!code.matches("[A-Z0-9]{6,32}")) {
                throw ProblemException.invalidField(
                        prefix + "queryCode", Texts.txt().pub_query_code_format());
            }
        }
    }

    private PartyReceipt createParty(CourtCase c, PartySubmission s) {
        Party p = new Party();
        p.courtCase = c;
        p.name = s.name().strip();
        p.role = s.role().strip();
        p.kind = s.kind().trim().toUpperCase(Locale.ROOT);
        p.idNumber = QueryCodes.normaliseId(s.idNumber());
        String code = s.queryCode() != null ? QueryCodes.normalise(s.queryCode()) : QueryCodes.generate();
        p.queryCodeHash = QueryCodes.hash(code);
        p.feedToken = newFeedToken();
        p.active = true;
        p.joinedAt = now();
        p.persist();
        c.parties.add(p);
        return new PartyReceipt(p.id, p.name, p.role, code);
    }

    static String newFeedToken() {
        return Hashing.randomToken("", 20);
    }

    private static String text(String value, String field, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ProblemException.invalidField(field, Texts.txt().pub_required());
            }
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw ProblemException.invalidField(field, Texts.txt().pub_at_most(String.valueOf(max)));
        }
        return v;
    }

    private LocalDate pastDate(String value, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ProblemException.invalidField(field, Texts.txt().pub_date_required());
            }
            return null;
        }
        LocalDate d = date(value, field);
        if (d.isAfter(clock.today())) {
            throw ProblemException.invalidField(field, Texts.txt().pub_date_future(String.valueOf(d)));
        }
        return d;
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, Texts.txt().pub_not_date(value));
        }
    }

    /** ISO local date-time in China time (2026-03-01T09:30 or with seconds; a space instead of T works). */
    static Instant dateTime(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, Texts.txt().pub_datetime_required());
        }
        try {
            return LocalDateTime.parse(value.trim().replace(' ', 'T'))
                    .atZone(ClockProducer.CHINA)
                    .toInstant();
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(value.trim()).toInstant();
            } catch (DateTimeParseException e2) {
                throw ProblemException.invalidField(field, Texts.txt().pub_not_datetime(value));
            }
        }
    }

    /** Now, at the precision the database keeps (microseconds), so responses match what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
