package org.gongkai.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.courts.CaseNumber;
import org.gongkai.courts.Court;
import org.gongkai.courts.CourtService;
import org.gongkai.judgments.Judgment;
import org.gongkai.judgments.JudgmentParty;
import org.gongkai.judgments.JudgmentStructure;
import org.gongkai.judgments.JudgmentTitles;
import org.gongkai.judgments.text.ExtractedParty;
import org.gongkai.judgments.text.JudgmentTextParser;
import org.gongkai.judgments.text.ParsedJudgment;
import org.gongkai.platform.Caller;
import org.gongkai.platform.GongkaiConfig;
import org.gongkai.platform.Hashing;
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.WorkingDays;
import org.gongkai.process.CourtCase;
import org.gongkai.publishing.PublicationRules.Decision;
import org.gongkai.publishing.deid.DeidOptions;
import org.gongkai.publishing.deid.DeidResult;
import org.gongkai.publishing.deid.Deidentifier;
import org.gongkai.publishing.deid.PartyInput;

/**
 * The only way a judgment becomes public: validates a court's submission, applies the
 * publication rules, de-identifies, stores original and public versions, writes the audit
 * log and the index outbox in the same transaction, and announces the change after commit.
 */
@ApplicationScoped
@Transactional
public class JudgmentPublisher {
    public record Receipt(long id, String status, String url, boolean created) {}

    public static final Set<String> DOCUMENT_KINDS = Set.of("判决书", "裁定书", "调解书", "决定书", "通知书", "批复", "答复",
            "函", "令", "支付令", "限制消费令", "人身安全保护令", "其他");
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

    private final JudgmentTextParser parser = new JudgmentTextParser();

    /** A validated submission: everything below trusts these values. */
    record Valid(JudgmentSubmission raw, CaseNumber caseNumber, Court court, String kind, LocalDate decisionDate,
                 LocalDate effectiveDate, String category, String procedure, String cause, List<PartyInput> parties) {}

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
        audit.record(caller.actor(), v.court().code(), "PUBLISH", "judgment", String.valueOf(j.id), null,
                j.status + (j.ruleCode == null ? "" : " (" + j.ruleCode + ")") + " " + j.caseNumber);
        enqueue(j);
        return new Receipt(j.id, j.status.apiStatus(), urlOf(j), true);
    }

    /** Correction: replaces the document under the same id and permanent URL, with a visible note. */
    public Receipt correct(long id, JudgmentSubmission s, Caller caller) {
        Judgment j = require(id);
        caller.requireCourt(j.courtCode);
        Valid v = validate(s, "TEXT".equals(j.source));
        if (!v.court().code().equals(j.courtCode)) {
            throw ProblemException.invalidField("court", "a correction cannot move a document to another court");
        }
        apply(j, v);
        if (j.status == Judgment.Status.PUBLISHED) {
            j.status = Judgment.Status.REPUBLISHED;
        }
        String note = s.correctionNote() == null || s.correctionNote().isBlank() ? "内容更正" : s.correctionNote().strip();
        j.correctionNote = "本文书已于" + clock.today() + "更正：" + note;
        j.submissionHash = Hashing.sha256(submissionHash(v, j.externalId) + ":correction:" + j.version);
        audit.record(caller.actor(), j.courtCode, "CORRECT", "judgment", String.valueOf(j.id), note, j.status.name());
        enqueue(j);
        return new Receipt(j.id, j.status.apiStatus(), urlOf(j), false);
    }

    /** The court's own view of its document, original text included (never served publicly). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PublishJudgmentsResource.CourtCopy courtCopy(long id, Caller caller) {
        Judgment j = require(id);
        caller.requireCourt(j.courtCode);
        return new PublishJudgmentsResource.CourtCopy(j.id, j.caseNumber, j.courtCode, j.status.name(), j.documentKind,
                j.decisionDate, j.effectiveDate, j.publishDeadline, j.publishedAt, j.ruleCode, j.stubReason,
                j.withdrawReason, j.correctionNote, j.originalText, j.publicText);
    }

    public Receipt withdraw(long id, String reason, Caller caller) {
        Judgment j = require(id);
        caller.requireCourt(j.courtCode);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "required: why the document is withdrawn");
        }
        maxLength("reason", reason.strip(), 1000);
        if (j.status != Judgment.Status.WITHDRAWN) {
            j.status = Judgment.Status.WITHDRAWN;
            j.withdrawReason = reason.strip();
            j.updatedAt = clock.instant();
            audit.record(caller.actor(), j.courtCode, "WITHDRAW", "judgment", String.valueOf(j.id), reason.strip(), j.caseNumber);
            enqueue(j);
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
        List<Judgment> list = Judgment.find("id >= ?1 order by id", fromId).page(0, batch).list();
        int rerun = 0;
        for (Judgment j : list) {
            if (j.originalText != null && j.status.isPublic()) {
                derivePublicVersion(j, j.parties.stream().map(p -> new PartyInput(p.name, p.role,
                        PartyInput.Kind.valueOf(p.kind), p.idNumber, p.minor)).toList());
                enqueue(j);
                rerun++;
            }
        }
        return new RedeidBatch(rerun, list.isEmpty() ? -1 : list.get(list.size() - 1).id);
    }

    private void apply(Judgment j, Valid v) {
        CourtCase c = CourtCase.findByCaseNumber(v.caseNumber().canonical()).orElseGet(() -> {
            CourtCase nc = new CourtCase();
            nc.caseNumber = v.caseNumber().canonical();
            nc.courtCode = v.court().code();
            nc.caseYear = v.caseNumber().year();
            nc.typeCode = v.caseNumber().typeCode();
            nc.category = v.category();
            nc.procedure = v.procedure();
            nc.cause = v.cause();
            nc.createdAt = clock.instant();
            nc.persist();
            return nc;
        });
        j.courtCase = c;
        j.caseNumber = v.caseNumber().canonical();
        j.courtCode = v.court().code();
        j.documentKind = v.kind();
        j.category = v.category();
        j.procedure = v.procedure();
        j.cause = v.cause();
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
        Decision d = PublicationRules.decide(new PublicationRules.Facts(v.category(), v.kind(), v.cause(),
                v.raw().flag(v.raw().stateSecret()), v.raw().flag(v.raw().mediation()),
                v.raw().flag(v.raw().mediationPublicInterest()),
                PublicationRules.hasMinorDefendant(v.parties().stream().filter(PartyInput::minor).map(PartyInput::role).toList()),
                v.raw().withholdReason()));
        j.ruleCode = d.ruleCode();
        LocalDate effective = v.effectiveDate() != null ? v.effectiveDate() : v.decisionDate();
        j.publishDeadline = effective == null ? null : WorkingDays.standard().plusWorkingDays(effective, 7);
        switch (d.outcome()) {
            case WITHHOLD -> {
                j.status = Judgment.Status.WITHHELD;
                j.stubReason = d.reason();
                j.publicText = null;
                j.publicParties = null;
                j.metadata = null;
                j.title = null;
            }
            case STUB -> {
                j.status = Judgment.Status.STUB;
                j.stubReason = d.reason();
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
    }

    /** De-identifies the original text and every structured field, then extracts the structure of the public text. */
    void derivePublicVersion(Judgment j, List<PartyInput> parties) {
        Deidentifier deid = new Deidentifier(new DeidOptions(config.deid().maskAllNaturalPersons()));
        DeidResult r = deid.deidentify(j.originalText, parties, j.category, j.cause);
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
        ParsedJudgment parsed = parser.parse(j.publicText);
        if (named.isEmpty()) {
            // parties known only from the text (text imports): the parser read them from the public text
            for (ExtractedParty p : parsed.parties()) {
                published.add(new PublicParty(p.name(), p.role(), p.organisation() ? "ORGANISATION" : "PERSON"));
                named.add(new JudgmentTitles.NamedRole(p.name(), p.role()));
            }
        }
        j.publicParties = Json.write(published);
        String cause = j.cause == null ? null : deid.applyTo(j.cause, r);
        // built from names already as published: re-masking would damage organisation names that start like a person's
        String title = JudgmentTitles.forDocument(parsed, named, j.category, cause, j.procedure, j.documentKind);
        j.title = title.length() <= 500 ? title : title.substring(0, 499) + "…";
        j.metadata = Json.write(StructureMapper.from(parsed, j.publicText));
    }

    public record PublicParty(String name, String role, String kind) {}

    private void enqueue(Judgment j) {
        IndexOutbox o = new IndexOutbox();
        o.judgmentId = j.id;
        o.createdAt = clock.instant();
        o.persist();
        changed.fire(new IndexOutbox.Changed(j.id));
    }

    Judgment require(long id) {
        Judgment j = Judgment.findById(id);
        if (j == null) {
            throw ProblemException.notFound("no judgment with id " + id);
        }
        return j;
    }

    static String urlOf(Judgment j) {
        return "/judgments/" + j.id;
    }

    private String submissionHash(Valid v, String externalId) {
        if (externalId != null) {
            return Hashing.sha256("external:" + externalId);
        }
        var s = v.raw();
        return Hashing.sha256(String.join("\u0001", v.caseNumber().canonical(), v.court().code(), v.kind(),
                String.valueOf(v.decisionDate()), String.valueOf(v.effectiveDate()), String.valueOf(s.cause()),
                Json.write(s.parties()), s.text(), String.valueOf(s.stateSecret()), String.valueOf(s.mediation()),
                String.valueOf(s.mediationPublicInterest()), String.valueOf(s.withholdReason())));
    }

    Valid validate(JudgmentSubmission s, boolean fromText) {
        if (s == null) {
            throw ProblemException.badRequest("request body required");
        }
        CaseNumber cn = courts.parseCaseNumber(s.caseNumber(), "caseNumber");
        Court court = courts.require(s.court(), "court");
        if (!cn.legacy() && !cn.courtCode().equals(court.code())) {
            throw ProblemException.invalidField("court", "court " + court.code() + " (" + court.name()
                    + ") does not match the court code " + cn.courtCode() + " of case number " + cn.canonical());
        }
        String kind = s.documentKind();
        if (kind == null || kind.isBlank()) {
            throw ProblemException.invalidField("documentKind", "required, one of " + String.join("、", sortedKinds()));
        }
        if (!DOCUMENT_KINDS.contains(kind.strip())) {
            throw ProblemException.invalidField("documentKind", "unknown document kind '" + kind + "', expected one of "
                    + String.join("、", sortedKinds()));
        }
        LocalDate today = clock.today();
        LocalDate decision = date(s.decisionDate(), "decisionDate", !fromText, today);
        LocalDate effective = date(s.effectiveDate(), "effectiveDate", false, today);
        if (decision != null && effective != null && effective.isBefore(decision)) {
            throw ProblemException.invalidField("effectiveDate", "must not be before decisionDate " + decision);
        }
        if (s.text() == null || s.text().isBlank()) {
            throw ProblemException.invalidField("text", "required: the full original text of the document");
        }
        if (s.text().length() > MAX_TEXT_CHARS) {
            throw new ProblemException(413, "Payload Too Large", "text: " + s.text().length()
                    + " characters exceed the limit of " + MAX_TEXT_CHARS, "text");
        }
        List<PartyInput> parties = new ArrayList<>();
        if (s.parties() != null) {
            for (int i = 0; i < s.parties().size(); i++) {
                var p = s.parties().get(i);
                String f = "parties[" + i + "]";
                if (p == null) {
                    throw ProblemException.invalidField(f, "must be an object");
                }
                if (p.name() == null || p.name().isBlank()) {
                    throw ProblemException.invalidField(f + ".name", "required");
                }
                if (p.role() == null || p.role().isBlank()) {
                    throw ProblemException.invalidField(f + ".role", "required, e.g. 原告, 被告, 被告人, 被害人");
                }
                PartyInput.Kind k;
                try {
                    k = PartyInput.Kind.valueOf(p.kind() == null ? "" : p.kind().strip().toUpperCase());
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalidField(f + ".kind", "must be PERSON or ORGANISATION, got '" + p.kind() + "'");
                }
                maxLength(f + ".name", p.name().strip(), 200);
                maxLength(f + ".role", p.role().strip(), 32);
                maxLength(f + ".idNumber", p.idNumber() == null ? null : p.idNumber().strip(), 64);
                String idNumber = p.idNumber() == null || p.idNumber().isBlank() ? null : p.idNumber().strip();
                boolean minor = p.isMinor() || (k == PartyInput.Kind.PERSON && under18(idNumber, decision != null ? decision : today));
                parties.add(new PartyInput(p.name().strip(), p.role().strip(), k, idNumber, minor));
            }
        } else if (!fromText) {
            throw ProblemException.invalidField("parties", "required: the list of parties (may be empty for a text import)");
        }
        String category = cn.category();
        String cause = s.cause() == null || s.cause().isBlank() ? null : s.cause().strip();
        maxLength("cause", cause, 200);
        maxLength("withholdReason", s.withholdReason(), 400);
        maxLength("correctionNote", s.correctionNote(), 800);
        if (category == null && cause != null && cause.endsWith("罪")) {
            category = "刑事";
        }
        return new Valid(s, cn, court, kind.strip(), decision, effective, category, cn.procedure(), cause, parties);
    }

    /**
     * True when an 18-digit resident ID number shows a birth date less than 18 years before
     * {@code on}: a minor even when the court did not flag it (rule 1.2.2 must not depend on the flag).
     */
    static boolean under18(String idNumber, LocalDate on) {
        if (idNumber == null || on == null || !idNumber.matches("\\d{17}[\\dXx]")) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(idNumber.substring(6, 10)),
                    Integer.parseInt(idNumber.substring(10, 12)), Integer.parseInt(idNumber.substring(12, 14)));
            return birth.plusYears(18).isAfter(on);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Over-long values are refused with a 400 before they reach the database (whose errors would echo them). */
    private static void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw ProblemException.invalidField(field, "too long: " + value.length() + " characters, at most " + max);
        }
    }

    private static List<String> sortedKinds() {
        return List.of("判决书", "裁定书", "调解书", "决定书", "通知书", "支付令", "限制消费令", "人身安全保护令", "批复", "答复", "函", "令", "其他");
    }

    private static LocalDate date(String value, String field, boolean required, LocalDate today) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ProblemException.invalidField(field, "required, as yyyy-MM-dd");
            }
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "'" + value + "' is not a date in the form yyyy-MM-dd");
        }
        if (d.isAfter(today)) {
            throw ProblemException.invalidField(field, d + " is in the future (today is " + today + ")");
        }
        if (d.getYear() < 1949) {
            throw ProblemException.invalidField(field, d + " is before 1949");
        }
        return d;
    }
}
