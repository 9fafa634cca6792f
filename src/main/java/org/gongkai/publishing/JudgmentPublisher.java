package org.gongkai.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.cases.CourtCase;
import org.gongkai.changes.ChangeKind;
import org.gongkai.changes.ChangeRecorder;
import org.gongkai.changes.ReasonCategory;
import org.gongkai.courts.CaseNumber;
import org.gongkai.courts.CausesOfAction;
import org.gongkai.courts.Court;
import org.gongkai.courts.CourtService;
import org.gongkai.judgments.IndexOutbox;
import org.gongkai.judgments.Judgment;
import org.gongkai.judgments.JudgmentDocuments;
import org.gongkai.judgments.JudgmentParty;
import org.gongkai.judgments.JudgmentRecords;
import org.gongkai.judgments.JudgmentTitles;
import org.gongkai.judgments.PublicParty;
import org.gongkai.judgments.text.ExtractedParty;
import org.gongkai.judgments.text.JudgmentTextParser;
import org.gongkai.judgments.text.ParsedJudgment;
import org.gongkai.platform.AuditService;
import org.gongkai.platform.Caller;
import org.gongkai.platform.GongkaiConfig;
import org.gongkai.platform.Hashing;
import org.gongkai.platform.IdCardNumbers;
import org.gongkai.platform.IngestMeter;
import org.gongkai.platform.Json;
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.RetryOnConflict;
import org.gongkai.platform.Texts;
import org.gongkai.platform.WorkingDays;
import org.gongkai.publishing.PublicationRules.Decision;
import org.gongkai.publishing.deid.DeidOptions;
import org.gongkai.publishing.deid.DeidResult;
import org.gongkai.publishing.deid.Deidentifier;
import org.gongkai.publishing.deid.FieldContext;
import org.gongkai.publishing.deid.PartyInput;
import org.gongkai.publishing.deid.PersonNames;

/**
 * The only way a judgment becomes public: validates a court's submission, applies the
 * publication rules, de-identifies, stores original and public versions, writes the audit
 * log and the index outbox in the same transaction, and announces the change after commit.
 *
 * <p>Concurrency: every write runs in its own transaction and is retried once on a write
 * conflict ({@link RetryOnConflict}): the loser of two identical submissions finds the
 * winner's receipt, the loser of two documents of one new case finds the new case record.
 * Corrections, re-publications and withdrawals lock the judgment row first (SELECT … FOR
 * UPDATE), so they run one after the other on one document and cannot deadlock.
 */
@ApplicationScoped
@Transactional
public class JudgmentPublisher {
    public record Receipt(long id, String status, String url, boolean created) {}

    public static final Set<String> DOCUMENT_KINDS =
            Set.of("判决书", "裁定书", "调解书", "决定书", "通知书", "批复", "答复", "函", "令", "支付令", "限制消费令", "人身安全保护令", "其他");
    static final int MAX_TEXT_CHARS = 500_000;

    @Inject
    CourtService courts;

    @Inject
    AuditService audit;

    @Inject
    MutableClock clock;

    @Inject
    GongkaiConfig config;

    @Inject
    Event<IndexOutbox.Changed> changed;

    @Inject
    PublicFields fields;

    @Inject
    org.gongkai.judgments.SearchIndexService index;

    @Inject
    ChangeRecorder changes;

    private final JudgmentTextParser parser = new JudgmentTextParser();

    /**
     * A validated submission: everything below trusts these values. {@code causeFreeText}: the cause is not
     * (only) an entry of the cause or charge lists and is published de-identified.
     */
    record Valid(
            JudgmentSubmission raw,
            CaseNumber caseNumber,
            Court court,
            String kind,
            LocalDate decisionDate,
            LocalDate effectiveDate,
            String category,
            String procedure,
            String cause,
            boolean causeFreeText,
            List<PartyInput> parties) {}

    @RetryOnConflict
    public Receipt submit(JudgmentSubmission s, Caller caller, String source, String externalId) {
        Valid v = validate(s, source.equals("TEXT"));
        caller.requireCourt(v.court().code());
        String hash = submissionHash(v, externalId);
        var existing = externalId != null ? Judgment.findByExternalId(externalId) : Judgment.findBySubmissionHash(hash);
        if (existing.isPresent()) {
            Judgment j = existing.get();
            return new Receipt(j.id, j.status.apiStatus(), urlOf(j), false);
        }
        Judgment j = new Judgment();
        j.receivedAt = clock.instant();
        j.source = source;
        j.externalId = externalId;
        j.submissionHash = hash;
        apply(j, v);
        j.persist();
        audit.record(
                caller.actor(),
                v.court().code(),
                "PUBLISH",
                "judgment",
                String.valueOf(j.id),
                null,
                j.status + (j.ruleCode == null ? "" : " (" + j.ruleCode + ")") + " " + j.caseNumber);
        enqueue(j);
        IngestMeter.counted();
        announceNew(j);
        return new Receipt(j.id, j.status.apiStatus(), urlOf(j), true);
    }

    /**
     * Correction: replaces the document under the same id and permanent URL, with a visible
     * note. A withdrawn document is refused (409): a correction must not make it public again
     * unnoticed (rule 1.8); the court re-publishes it explicitly with {@link #republish}.
     */
    @RetryOnConflict
    public Receipt correct(long id, JudgmentSubmission s, Caller caller) {
        Judgment j = requireForUpdate(id);
        caller.requireCourt(j.courtCode);
        if (j.status == Judgment.Status.WITHDRAWN) {
            throw new ProblemException(
                    409,
                    "Conflict",
                    Texts.txt().pub_judgment_withdrawn("POST /api/publish/judgments/" + j.id + "/republish"));
        }
        return revise(j, s, caller, false);
    }

    /**
     * Re-publication of a withdrawn document (rule 1.8: withdrawn, corrected, republished): the
     * corrected submission goes through the whole pipeline again (rules, de-identification,
     * index), and the audit log records who re-published it, why, and the withdrawal it ends.
     */
    @RetryOnConflict
    public Receipt republish(long id, JudgmentSubmission s, Caller caller) {
        Judgment j = requireForUpdate(id);
        caller.requireCourt(j.courtCode);
        if (j.status != Judgment.Status.WITHDRAWN) {
            throw new ProblemException(
                    409,
                    "Conflict",
                    Texts.txt().pub_judgment_not_withdrawn(j.status.apiStatus(), "PUT /api/publish/judgments/" + j.id));
        }
        return revise(j, s, caller, true);
    }

    private Receipt revise(Judgment j, JudgmentSubmission s, Caller caller, boolean republish) {
        Valid v = validate(s, "TEXT".equals(j.source));
        if (!v.court().code().equals(j.courtCode)) {
            throw ProblemException.invalidField("court", Texts.txt().pub_correction_court_doc());
        }
        String withdrawnFor = j.withdrawReason;
        String note = s.correctionNote() == null || s.correctionNote().isBlank()
                ? "内容更正"
                : s.correctionNote().strip();
        CourtFields court =
                CourtFields.of(j).correctionNote("本文书已于" + clock.today() + (republish ? "更正后重新公开：" : "更正：") + note);
        (republish ? court.withdrawReason(null) : court).storeIn(j);
        apply(j, v);
        if (j.status == Judgment.Status.PUBLISHED) {
            j.status = Judgment.Status.REPUBLISHED;
        }
        j.submissionHash = Hashing.sha256(submissionHash(v, j.externalId) + ":correction:" + j.version);
        if (republish) {
            j.withdrawReason = null;
            audit.record(
                    caller.actor(),
                    j.courtCode,
                    "REPUBLISH",
                    "judgment",
                    String.valueOf(j.id),
                    note,
                    j.status + (j.ruleCode == null ? "" : " (" + j.ruleCode + ")") + "; withdrawn before: "
                            + withdrawnFor);
        } else {
            audit.record(
                    caller.actor(), j.courtCode, "CORRECT", "judgment", String.valueOf(j.id), note, j.status.name());
        }
        enqueue(j);
        announce(
                j,
                republish ? ChangeKind.PUBLISHED : ChangeKind.CORRECTED,
                republish ? null : ReasonCategory.CORRECTION);
        return new Receipt(j.id, j.status.apiStatus(), urlOf(j), false);
    }

    /** The court's own view of its document, original text included (never served publicly). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PublishJudgmentsResource.CourtCopy courtCopy(long id, Caller caller) {
        Judgment j = require(id);
        caller.requireCourt(j.courtCode);
        return new PublishJudgmentsResource.CourtCopy(
                j.id,
                j.caseNumber,
                j.courtCode,
                j.status.name(),
                j.documentKind,
                j.decisionDate,
                j.effectiveDate,
                j.publishDeadline,
                j.publishedAt,
                j.ruleCode,
                j.stubReason,
                j.withdrawReason,
                j.correctionNote,
                j.originalText,
                j.publicText);
    }

    @RetryOnConflict
    public Receipt withdraw(long id, String reason, Caller caller) {
        return withdraw(id, reason, null, caller);
    }

    /**
     * Withdraws a document (rule 1.8). {@code category}: the reason category the takedown register and the
     * change feed show (a {@link ReasonCategory} code); without one it is read from the reason.
     */
    @RetryOnConflict
    public Receipt withdraw(long id, String reason, String category, Caller caller) {
        Judgment j = requireForUpdate(id);
        caller.requireCourt(j.courtCode);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", Texts.txt().pub_withdraw_reason_required());
        }
        maxLength("reason", reason.strip(), 1000);
        ReasonCategory named = ReasonCategory.parse(category);
        if (category != null && !category.isBlank() && (named == null || !WITHDRAWAL_CATEGORIES.contains(named))) {
            throw ProblemException.invalidField(
                    "reasonCategory",
                    Texts.txt()
                            .pub_unknown_reason_category(
                                    category,
                                    ProblemException.codes(WITHDRAWAL_CATEGORIES.stream()
                                            .map(Enum::name)
                                            .toArray(String[]::new))));
        }
        if (j.status != Judgment.Status.WITHDRAWN) {
            j.status = Judgment.Status.WITHDRAWN;
            // the reason is public (the 410 answer): de-identified with the document's parties (rule 1.8, issue 9)
            CourtFields.of(j).withdrawReason(reason.strip()).storeIn(j);
            j.withdrawReason = fields.deidentify(reason.strip(), recordContext(j, partyInputs(j)), 1000);
            j.updatedAt = clock.instant();
            audit.record(
                    caller.actor(),
                    j.courtCode,
                    "WITHDRAW",
                    "judgment",
                    String.valueOf(j.id),
                    reason.strip(),
                    j.caseNumber);
            enqueue(j);
            announce(j, ChangeKind.WITHDRAWN, named != null ? named : ReasonCategory.ofWithdrawal(reason));
        }
        return new Receipt(j.id, "WITHDRAWN", urlOf(j), false);
    }

    /** One batch of {@link #redeidentify}: how many public documents were re-run, and the last id looked at (-1: none left). */
    public record RedeidBatch(int rerun, long lastId) {}

    /**
     * Re-runs de-identification and structure extraction on the public documents among up to
     * {@code batch} stored documents with id ≥ fromId (after a rule change), in one transaction.
     */
    public RedeidBatch redeidentify(long fromId, int batch) {
        List<Judgment> list =
                Judgment.find("id >= ?1 order by id", fromId).page(0, batch).list();
        int rerun = 0;
        for (Judgment j : list) {
            if (j.originalText != null && j.status.isPublic()) {
                adoptFieldsStoredBeforeV8(j);
                derivePublicVersion(j, partyInputs(j));
                enqueue(j);
                announce(j, ChangeKind.CORRECTED, ReasonCategory.CORRECTION);
                rerun++;
            }
        }
        return new RedeidBatch(rerun, list.isEmpty() ? -1 : list.get(list.size() - 1).id);
    }

    /**
     * {@link #redeidentify} for the given stored documents, in one transaction: the unit of work of the
     * parallel re-run ({@link #redeidentifyAll}). Returns how many public documents were re-run.
     */
    public int redeidentifyIds(List<Long> ids) {
        int rerun = 0;
        for (Judgment j : Judgment.<Judgment>list("id in ?1 order by id", ids)) {
            if (j.originalText != null && j.status.isPublic()) {
                adoptFieldsStoredBeforeV8(j);
                derivePublicVersion(j, partyInputs(j));
                enqueue(j);
                rerun++;
            }
        }
        return rerun;
    }

    /**
     * Re-runs de-identification on every stored document after a rule change, on every core (issue 12):
     * batches of {@code batch} documents, each in its own transaction, {@code workers} at a time.
     */
    @Transactional(Transactional.TxType.NEVER)
    public int redeidentifyAll(int batch, int workers) {
        List<Long> ids = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> Judgment.getEntityManager()
                        .createQuery("select j.id from Judgment j order by j.id", Long.class)
                        .getResultList());
        var self =
                io.quarkus.arc.Arc.container().instance(JudgmentPublisher.class).get();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, workers),
                Thread.ofPlatform().name("redeidentify-", 1).daemon(true).factory());
        try {
            List<java.util.concurrent.Future<Integer>> parts = new ArrayList<>();
            for (int k = 0; k < ids.size(); k += batch) {
                List<Long> chunk = List.copyOf(ids.subList(k, Math.min(ids.size(), k + batch)));
                parts.add(pool.submit(() -> self.redeidentifyIds(chunk)));
            }
            int total = 0;
            for (var f : parts) {
                total += f.get();
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("redeidentify interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("redeidentify failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private void apply(Judgment j, Valid v) {
        CourtCase c = CourtCase.findByCaseNumber(v.caseNumber().canonical()).orElse(null);
        boolean newCase = c == null;
        if (newCase) {
            c = new CourtCase();
            c.caseNumber = v.caseNumber().canonical();
            c.courtCode = v.court().code();
            c.caseYear = v.caseNumber().year();
            c.typeCode = v.caseNumber().typeCode();
            c.category = v.category();
            c.procedure = v.procedure();
            c.createdAt = clock.instant();
            c.persist();
        }
        CourtFields.of(j)
                .cause(v.causeFreeText() ? v.cause() : null)
                .withholdReason(blankToNull(v.raw().withholdReason()))
                .storeIn(j);
        j.courtCase = c;
        j.caseNumber = v.caseNumber().canonical();
        j.courtCode = v.court().code();
        j.documentKind = v.kind();
        j.category = v.category();
        j.procedure = v.procedure();
        j.cause = v.causeFreeText() ? null : v.cause(); // a free-text cause gets its public form below
        j.decisionDate = v.decisionDate();
        j.effectiveDate = v.effectiveDate();
        j.originalText = v.raw().text();
        j.updatedAt = clock.instant();
        j.parties.clear();
        int pos = 0;
        for (PartyInput p : v.parties()) {
            JudgmentParty jp = new JudgmentParty();
            jp.judgment = j;
            jp.position = pos++;
            jp.name = p.name();
            jp.publicName = p.name();
            jp.role = p.role();
            jp.kind = p.kind().name();
            jp.idNumber = p.idNumber();
            jp.minor = p.minor();
            j.parties.add(jp);
        }
        Decision d = PublicationRules.decide(new PublicationRules.Facts(
                v.category(),
                v.kind(),
                v.cause(),
                v.raw().flag(v.raw().stateSecret()),
                v.raw().flag(v.raw().mediation()),
                v.raw().flag(v.raw().mediationPublicInterest()),
                PublicationRules.hasMinorDefendant(v.parties().stream()
                        .filter(PartyInput::minor)
                        .map(PartyInput::role)
                        .toList()),
                v.raw().withholdReason()));
        j.ruleCode = d.ruleCode();
        LocalDate effective = v.effectiveDate() != null ? v.effectiveDate() : v.decisionDate();
        j.publishDeadline = effective == null ? null : WorkingDays.standard().plusWorkingDays(effective, 7);
        switch (d.outcome()) {
            case WITHHOLD -> {
                j.status = Judgment.Status.WITHHELD;
                j.stubReason = d.reason();
                derivePublicFields(j, v.parties(), Map.of());
                j.publicText = null;
                j.publicParties = null;
                j.metadata = null;
                j.title = null;
            }
            case STUB -> {
                j.status = Judgment.Status.STUB;
                j.stubReason = d.reason();
                derivePublicFields(j, v.parties(), Map.of());
                j.publicText = null;
                j.publicParties = null;
                j.metadata = null;
                j.title = v.caseNumber().canonical() + " " + v.kind();
                j.publishedAt = clock.instant();
            }
            case PUBLISH -> {
                j.status = Judgment.Status.PUBLISHED;
                j.stubReason = null;
                derivePublicVersion(j, v.parties());
                j.publishedAt = clock.instant();
            }
        }
        if (newCase || c.cause == null) {
            c.cause = j.cause; // the case as the process channel shows it: the cause as published
        }
    }

    /** De-identifies the original text and every structured field, then extracts the structure of the public text. */
    void derivePublicVersion(Judgment j, List<PartyInput> parties) {
        long cpu = IngestMeter.now();
        Deidentifier deid = new Deidentifier(new DeidOptions(config.deid().maskAllNaturalPersons()));
        DeidResult r = deid.deidentify(j.originalText, parties, j.category, causeAsSent(j));
        j.publicText = r.publicText();
        List<PublicParty> published = new ArrayList<>();
        List<JudgmentTitles.NamedRole> named = new ArrayList<>();
        for (JudgmentParty p : j.parties) {
            // organisations are published in full (rule 1.7); only natural persons get the document's mask
            String shown = "ORGANISATION".equals(p.kind) ? p.name : deid.maskName(p.name, r);
            p.publicName = shown;
            published.add(new PublicParty(shown, p.role, p.kind));
            named.add(new JudgmentTitles.NamedRole(shown, p.role));
        }
        IngestMeter.add(IngestMeter.Stage.DEID, cpu);
        cpu = IngestMeter.now();
        ParsedJudgment parsed = parser.parse(j.publicText);
        IngestMeter.add(IngestMeter.Stage.PARSE, cpu);
        if (named.isEmpty()) {
            // parties known only from the text (text imports): the parser read them from the public text
            for (ExtractedParty p : parsed.parties()) {
                published.add(new PublicParty(p.name(), p.role(), p.organisation() ? "ORGANISATION" : "PERSON"));
                named.add(new JudgmentTitles.NamedRole(p.name(), p.role()));
            }
        }
        j.publicParties = Json.write(published);
        cpu = IngestMeter.now();
        derivePublicFields(j, parties, r.masks());
        IngestMeter.add(IngestMeter.Stage.DEID, cpu);
        // built from names already as published: re-masking would damage organisation names that start like a person's
        String title = JudgmentTitles.forDocument(parsed, named, j.category, j.cause, j.procedure, j.documentKind);
        j.title = title.length() <= 500 ? title : title.substring(0, 499) + "…";
        cpu = IngestMeter.now();
        j.metadata = Json.write(StructureMapper.from(parsed, j.publicText));
        IngestMeter.add(IngestMeter.Stage.PARSE, cpu);
    }

    /**
     * The public forms of the free-text values the court sent beside the text (issue 9, "every field"): a
     * free-text cause, the court's reason for withholding (in the stub reason), the correction note and the
     * withdrawal reason, each de-identified with the document's parties as known names and the text's masks
     * ({@code masks}, empty when the text is not published) so that a field names a person as the text does.
     * Derived from the court's own values ({@link CourtFields}), so that a re-run after a rule change starts
     * from what the court sent.
     */
    void derivePublicFields(Judgment j, List<PartyInput> parties, Map<String, String> masks) {
        CourtFields sent = CourtFields.of(j);
        FieldContext ctx = recordContext(j, parties).withMasks(masks);
        if (sent.cause() != null) {
            j.cause = fields.deidentify(sent.cause(), ctx, 200);
        }
        if (sent.withholdReason() != null && "COURT_DECISION".equals(j.ruleCode)) {
            j.stubReason = PublicFields.fit("人民法院认为不宜在互联网公布：" + fields.deidentify(sent.withholdReason(), ctx), 500);
        }
        if (sent.correctionNote() != null) {
            j.correctionNote = fields.deidentify(sent.correctionNote(), ctx, 1000);
        }
        if (sent.withdrawReason() != null && j.status == Judgment.Status.WITHDRAWN) {
            j.withdrawReason = fields.deidentify(sent.withdrawReason(), ctx, 1000);
        }
    }

    /**
     * A document published before the court's values were kept apart (no {@code court_fields}) shows what the
     * court sent: a cause on neither list and the correction note are taken as sent, so that the re-run
     * de-identifies them too.
     */
    private static void adoptFieldsStoredBeforeV8(Judgment j) {
        if (j.courtFields != null) {
            return;
        }
        boolean freeCause = j.cause != null
                && CausesOfAction.standard().recognise(j.cause, j.category).isEmpty();
        CourtFields.NONE
                .cause(freeCause ? j.cause : null)
                .correctionNote(j.correctionNote)
                .storeIn(j);
    }

    /** The document's people as the field de-identifier knows them; masks as its parties are published. */
    private static FieldContext recordContext(Judgment j, List<PartyInput> parties) {
        Map<String, String> published = new HashMap<>();
        for (JudgmentParty p : j.parties) {
            if (!"ORGANISATION".equals(p.kind) && p.publicName != null && !p.publicName.equals(p.name)) {
                published.put(p.name, p.publicName);
            }
        }
        return FieldContext.of(parties).withMasks(published).inCase(j.category, causeAsSent(j));
    }

    /** The cause as the court sent it (a free-text cause is kept apart from its public form). */
    private static String causeAsSent(Judgment j) {
        String sent = CourtFields.of(j).cause();
        return sent != null ? sent : j.cause;
    }

    private static List<PartyInput> partyInputs(Judgment j) {
        return j.parties.stream()
                .map(p -> new PartyInput(p.name, p.role, PartyInput.Kind.valueOf(p.kind), p.idNumber, p.minor))
                .toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The reason categories a court can name for a withdrawal. */
    public static final List<ReasonCategory> WITHDRAWAL_CATEGORIES = List.of(
            ReasonCategory.PRIVACY, ReasonCategory.ERROR, ReasonCategory.NOT_FOR_PUBLICATION, ReasonCategory.OTHER);

    /**
     * The change feed entry of this change, in this transaction (issue 15). {@code kind} is what happened when the
     * document is public or a stub afterwards; a stub is announced as such, and a document no longer public after a
     * correction as withheld (under the publication rules), which a mirror applies as a deletion.
     */
    private void announce(Judgment j, ChangeKind kind, ReasonCategory reason) {
        announce(j, kind, reason, false);
    }

    /** The change feed entry of a judgment created in this transaction (the feed never announced its id). */
    private void announceNew(Judgment j) {
        announce(j, ChangeKind.PUBLISHED, null, true);
    }

    private void announce(Judgment j, ChangeKind kind, ReasonCategory reason, boolean created) {
        ChangeKind k = kind;
        ReasonCategory r = reason;
        if (kind != ChangeKind.WITHDRAWN) {
            if (j.status == Judgment.Status.STUB) {
                k = ChangeKind.STUB;
            } else if (!j.status.isPublic()) {
                k = ChangeKind.WITHHELD;
                r = ReasonCategory.PUBLICATION_RULE;
            }
        }
        String label = j.caseNumber + " " + j.documentKind;
        var change = new ChangeRecorder.Change(JudgmentRecords.CHANNEL, j.id, k, r, j.courtCode, label, created);
        List<ChangeRecorder.Change> held = HELD.get();
        if (held != null) {
            held.add(change);
        } else if (created) {
            changes.recordNew(change.channel(), change.recordId(), k, r, change.courtCode(), label);
        } else {
            changes.record(change.channel(), change.recordId(), k, r, change.courtCode(), label);
        }
    }

    /** Change feed entries held back on this thread until {@link #announceHeld()} (see {@link #holdAnnouncements}). */
    private static final ThreadLocal<List<ChangeRecorder.Change>> HELD = new ThreadLocal<>();

    /**
     * Holds back this thread's change feed entries until {@link #announceHeld()}, in the same transaction: a bulk
     * import writes many judgments in one transaction, and the feed's counter row, which the first entry locks
     * until commit, would otherwise stay locked while the rest are de-identified, so that the other workers wait
     * for it (or time out and write their chunk again record by record). Written at the end, the entries keep
     * their order and the counter is still the last lock taken (see {@link ChangeRecorder}). Always pair with
     * {@link #dropHeld()} in a finally block.
     */
    public void holdAnnouncements() {
        HELD.set(new ArrayList<>());
    }

    /** Writes the entries held back since {@link #holdAnnouncements()}, in order, in the current transaction. */
    public void announceHeld() {
        List<ChangeRecorder.Change> held = HELD.get();
        HELD.remove();
        if (held != null && !held.isEmpty()) {
            changes.recordAll(held); // one flush and one move of the feed's counter for the whole chunk
        }
    }

    /** Forgets held entries (their transaction rolled back) and stops holding. */
    public void dropHeld() {
        HELD.remove();
    }

    private void enqueue(Judgment j) {
        IndexOutbox o = new IndexOutbox();
        o.judgmentId = j.id;
        o.createdAt = clock.instant();
        o.persist();
        if (j.status.isPublic() && index.isReady()) {
            // the index document is built from the judgment in memory, on this (worker) thread: the index
            // applies it after commit without reading the judgment back (issue 16)
            long cpu = IngestMeter.now();
            index.prepare(o.id, JudgmentDocuments.toIndexed(j));
            IngestMeter.add(IngestMeter.Stage.INDEX, cpu);
        }
        changed.fire(new IndexOutbox.Changed(j.id));
    }

    Judgment require(long id) {
        Judgment j = Judgment.findById(id);
        if (j == null) {
            throw ProblemException.notFound(Texts.txt().pub_no_judgment(String.valueOf(id)));
        }
        return j;
    }

    /**
     * The judgment, locked for the rest of the transaction (SELECT … FOR UPDATE on H2 and
     * PostgreSQL). Taken before anything else is read or written, so that writes to one
     * judgment queue up in one order instead of deadlocking, and each sees the state the
     * previous one committed.
     */
    Judgment requireForUpdate(long id) {
        // the row alone: the entity query joins the case, and H2 cannot lock a join, so Hibernate
        // would read first and lock afterwards (a stale read that fails the version check)
        List<?> locked = Judgment.getEntityManager()
                .createNativeQuery("select id from judgment where id = ?1 for update")
                .setParameter(1, id)
                .getResultList();
        if (locked.isEmpty()) {
            throw ProblemException.notFound(Texts.txt().pub_no_judgment(String.valueOf(id)));
        }
        return Judgment.findById(id);
    }

    static String urlOf(Judgment j) {
        return "/judgments/" + j.id;
    }

    private String submissionHash(Valid v, String externalId) {
        if (externalId != null) {
            return Hashing.sha256("external:" + externalId);
        }
        var s = v.raw();
        return Hashing.sha256(String.join(
                "\u0001",
                v.caseNumber().canonical(),
                v.court().code(),
                v.kind(),
                String.valueOf(v.decisionDate()),
                String.valueOf(v.effectiveDate()),
                String.valueOf(s.cause()),
                Json.write(s.parties()),
                s.text(),
                String.valueOf(s.stateSecret()),
                String.valueOf(s.mediation()),
                String.valueOf(s.mediationPublicInterest()),
                String.valueOf(s.withholdReason())));
    }

    Valid validate(JudgmentSubmission s, boolean fromText) {
        if (s == null) {
            throw ProblemException.badRequest(Texts.txt().pub_body_required());
        }
        CaseNumber cn = courts.parseCaseNumber(s.caseNumber(), "caseNumber");
        Court court = courts.require(s.court(), "court");
        if (!cn.legacy() && !cn.courtCode().equals(court.code())) {
            throw ProblemException.invalidField(
                    "court",
                    Texts.txt().pub_court_mismatch(court.code() + " " + court.name(), cn.courtCode(), cn.canonical()));
        }
        String kind = s.documentKind();
        if (kind == null || kind.isBlank()) {
            throw ProblemException.invalidField(
                    "documentKind",
                    Texts.txt()
                            .pub_document_kind_required(
                                    ProblemException.codes(sortedKinds().toArray(String[]::new))));
        }
        if (!DOCUMENT_KINDS.contains(kind.strip())) {
            throw ProblemException.invalidField(
                    "documentKind",
                    Texts.txt()
                            .pub_unknown_document_kind(
                                    kind, ProblemException.codes(sortedKinds().toArray(String[]::new))));
        }
        LocalDate today = clock.today();
        LocalDate decision = date(s.decisionDate(), "decisionDate", !fromText, today);
        LocalDate effective = date(s.effectiveDate(), "effectiveDate", false, today);
        if (decision != null && effective != null && effective.isBefore(decision)) {
            throw ProblemException.invalidField(
                    "effectiveDate", Texts.txt().pub_effective_before_decision(String.valueOf(decision)));
        }
        if (s.text() == null || s.text().isBlank()) {
            throw ProblemException.invalidField("text", Texts.txt().pub_text_required());
        }
        if (s.text().length() > MAX_TEXT_CHARS) {
            throw new ProblemException(
                    413,
                    "Payload Too Large",
                    "text: "
                            + Texts.txt()
                                    .pub_text_too_large(
                                            String.valueOf(s.text().length()), String.valueOf(MAX_TEXT_CHARS)),
                    "text");
        }
        List<PartyInput> parties = new ArrayList<>();
        if (s.parties() != null) {
            for (int i = 0; i < s.parties().size(); i++) {
                var p = s.parties().get(i);
                String f = "parties[" + i + "]";
                if (p == null) {
                    throw ProblemException.invalidField(f, Texts.txt().pub_must_be_object());
                }
                if (p.name() == null || p.name().isBlank()) {
                    throw ProblemException.invalidField(f + ".name", Texts.txt().pub_required());
                }
                if (p.role() == null || p.role().isBlank()) {
                    throw ProblemException.invalidField(f + ".role", Texts.txt().pub_role_required());
                }
                PartyInput.Kind k;
                try {
                    k = PartyInput.Kind.valueOf(
                            p.kind() == null ? "" : p.kind().strip().toUpperCase());
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalidField(
                            f + ".kind", Texts.txt().pub_kind_invalid(String.valueOf(p.kind())));
                }
                maxLength(f + ".name", p.name().strip(), 200);
                maxLength(f + ".role", p.role().strip(), 32);
                maxLength(
                        f + ".idNumber",
                        p.idNumber() == null ? null : p.idNumber().strip(),
                        64);
                k = partyKind(f, p.name(), k, fromText);
                String idNumber = p.idNumber() == null || p.idNumber().isBlank()
                        ? null
                        : p.idNumber().strip();
                if (k == PartyInput.Kind.PERSON) {
                    PublicFields.requireSoundIdNumber(f + ".idNumber", idNumber, today);
                }
                boolean minor = p.isMinor()
                        || (k == PartyInput.Kind.PERSON && under18(idNumber, decision != null ? decision : today));
                parties.add(new PartyInput(p.name().strip(), p.role().strip(), k, idNumber, minor));
            }
        } else if (!fromText) {
            throw ProblemException.invalidField("parties", Texts.txt().pub_parties_required());
        }
        String category = cn.category();
        String cause =
                s.cause() == null || s.cause().isBlank() ? null : s.cause().strip();
        maxLength("cause", cause, 200);
        maxLength("withholdReason", s.withholdReason(), 400);
        maxLength("correctionNote", s.correctionNote(), 800);
        // a text import's cause was read from the text by the parser: taken as free text when on no list
        boolean causeFreeText =
                PublicFields.isFreeText("cause", cause, category, s.flag(s.causeFreeText()) || fromText);
        if (category == null && cause != null && cause.endsWith("罪")) {
            category = "刑事";
        }
        return new Valid(
                s,
                cn,
                court,
                kind.strip(),
                decision,
                effective,
                category,
                cn.procedure(),
                cause,
                causeFreeText,
                parties);
    }

    /**
     * A party sent as an organisation whose name reads as a natural person's would be published by name
     * (rule 1.7 keeps organisations whole): refused, or — for a text import, where the parser guessed the
     * kind and nobody can be asked — treated as a person (issue 9).
     */
    static PartyInput.Kind partyKind(String field, String name, PartyInput.Kind kind, boolean fromText) {
        if (kind != PartyInput.Kind.ORGANISATION || !PersonNames.looksLikePersonName(name)) {
            return kind;
        }
        if (fromText) {
            return PartyInput.Kind.PERSON;
        }
        PublicFields.requireOrganisationName(field + ".name", name);
        return kind;
    }

    /**
     * True when an 18-digit resident ID number shows a birth date less than 18 years before
     * {@code on}: a minor even when the court did not flag it (rule 1.2.2 must not depend on the flag).
     */
    static boolean under18(String idNumber, LocalDate on) {
        return idNumber != null && IdCardNumbers.minorOn(idNumber, on);
    }

    /** Over-long values are refused with a 400 before they reach the database (whose errors would echo them). */
    private static void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw ProblemException.invalidField(
                    field, Texts.txt().pub_too_long_n(String.valueOf(value.length()), String.valueOf(max)));
        }
    }

    private static List<String> sortedKinds() {
        return List.of("判决书", "裁定书", "调解书", "决定书", "通知书", "支付令", "限制消费令", "人身安全保护令", "批复", "答复", "函", "令", "其他");
    }

    private static LocalDate date(String value, String field, boolean required, LocalDate today) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ProblemException.invalidField(field, Texts.txt().pub_date_required());
            }
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, Texts.txt().pub_not_date(value));
        }
        if (d.isAfter(today)) {
            throw ProblemException.invalidField(
                    field, Texts.txt().pub_date_future_today(String.valueOf(d), String.valueOf(today)));
        }
        if (d.getYear() < 1949) {
            throw ProblemException.invalidField(field, Texts.txt().pub_date_before_1949(String.valueOf(d)));
        }
        return d;
    }
}
