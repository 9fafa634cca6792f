package org.gongkai.enforcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.changes.ChangeKind;
import org.gongkai.changes.ChangeRecorder;
import org.gongkai.changes.ReasonCategory;
import org.gongkai.courts.CaseNumber;
import org.gongkai.courts.CaseNumberParser;
import org.gongkai.courts.Court;
import org.gongkai.courts.CourtService;
import org.gongkai.enforcement.Submissions.DebtorSubmission;
import org.gongkai.enforcement.Submissions.DishonestSubmission;
import org.gongkai.enforcement.Submissions.RestrictionSubmission;
import org.gongkai.enforcement.Submissions.StateChange;
import org.gongkai.enforcement.Submissions.TerminationSubmission;
import org.gongkai.platform.AuditService;
import org.gongkai.platform.Caller;
import org.gongkai.platform.Hashing;
import org.gongkai.platform.Links;
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.Receipt;
import org.gongkai.platform.RetryOnConflict;
import org.gongkai.platform.Texts;
import org.gongkai.platform.WorkingDays;
import org.gongkai.publishing.PublicFields;
import org.gongkai.publishing.deid.FieldContext;
import org.gongkai.publishing.deid.PartyInput;
import org.gongkai.publishing.deid.PersonNames;

/**
 * The write side of the enforcement channel: intake of listings, restrictions and
 * terminations (API and bulk import call the same methods, inside the caller's transaction
 * when there is one), and every state change of a listing with its history and audit entry.
 *
 * <p>Listings and restrictions (rules §3.5, "every listed dishonest debtor is also
 * restricted"): a new listing links the in-force restriction of the same case and debtor, or
 * creates one with all ten restricted acts. A removal lifts that restriction only when the
 * reason says the debtor performed (the restriction rule's own lifting ground); a removal for
 * any other reason (term expired, no assets, suspension…) leaves it in force until the court
 * lifts it. A revocation (wrongful listing) lifts a restriction that the listing created.
 *
 * <p>Concurrency: a record created by two requests at once is a race on its unique record
 * key, retried once by {@link RetryOnConflict} (the loser then finds the winner's record: 200,
 * same id). State changes lock the rows they change before reading them, always listings
 * first (by id), then the restriction, so that a removal racing a lifting waits instead of
 * deadlocking and each sees the state the other committed.
 */
@ApplicationScoped
@Transactional
@RetryOnConflict
public class EnforcementIntake {
    /** What a write did: the record's receipt, and whether it created the record (201) or found it (200). */
    /**
     * {@code completed}: not created, but the record that was there was provisional and this one
     * completed it (a restriction order replacing the restriction created with the listing).
     */
    public record Outcome(long id, String status, String url, boolean created, boolean completed) {
        static Outcome of(DishonestListing l, boolean created) {
            return new Outcome(l.id, l.state.name(), Links.dishonest(l.id), created, false);
        }

        static Outcome of(ConsumptionRestriction r, boolean created) {
            return new Outcome(r.id, r.state.name(), Links.restrictions(), created, false);
        }

        static Outcome completing(ConsumptionRestriction r) {
            return new Outcome(r.id, r.state.name(), Links.restrictions(), false, true);
        }

        static Outcome of(TerminatedCase t, boolean created) {
            return new Outcome(t.id, "TERMINATED", Links.terminations(), created, false);
        }

        public Receipt receipt() {
            return new Receipt(id, status, url);
        }
    }

    static final int MAX_TEXT = 5000;
    private static final Pattern AMOUNT = Pattern.compile("(\\d[\\d,，]*(?:\\.\\d+)?)\\s*(万)?元");
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-Z]{18}|[0-9A-Z]{8}-?[0-9A-Z]");

    @Inject
    CourtService courts;

    @Inject
    AuditService audit;

    @Inject
    MutableClock clock;

    @Inject
    PublicFields fields;

    @Inject
    IdHashes idHashes;

    @Inject
    ChangeRecorder changes;

    // ---------------------------------------------------------------- intake

    /** Lists a dishonest debtor; the same case and debtor again returns the existing listing. */
    public Outcome listDishonest(DishonestSubmission s, Caller caller) {
        if (s == null) {
            throw ProblemException.badRequest(Texts.txt().pub_body_dishonest());
        }
        Court court = courts.require(s.court(), "court");
        caller.requireCourt(court.code());
        DishonestListing l = new DishonestListing();
        fill(l, s, court);
        var existing = DishonestListing.findByKey(l.recordKey);
        if (existing.isPresent()) {
            return Outcome.of(existing.get(), false);
        }
        Instant now = clock.instant();
        l.state = DishonestListing.State.LISTED;
        l.publishedAt = now;
        l.updatedAt = now;
        l.persist();
        l.restrictionId = restrictionFor(l, caller).id;
        history(l, caller.actor(), null, "列入失信被执行人名单：" + Ground.labelOf(l.ground), termDetail(l));
        audit.record(
                caller.actor(),
                l.courtCode,
                "ENF_DISHONEST_LIST",
                "enf_dishonest",
                l.id.toString(),
                null,
                l.caseNumber + " " + l.debtor.name + " " + nz(l.debtor.idMasked));
        announce(l, ChangeKind.LISTED, null);
        // every listed debtor is restricted (rules §3.5): a new or re-imposed order is listed too; one in force is not
        // announced again (the recorder skips an unchanged hash)
        announce(ConsumptionRestriction.<ConsumptionRestriction>findById(l.restrictionId), ChangeKind.LISTED, null);
        return Outcome.of(l, true);
    }

    public Outcome addRestriction(RestrictionSubmission s, Caller caller) {
        if (s == null) {
            throw ProblemException.badRequest(Texts.txt().pub_body_restriction());
        }
        Court court = courts.require(s.court(), "court");
        caller.requireCourt(court.code());
        CaseNumber cn = enforcementCaseNumber(s.caseNumber(), court);
        LocalDate issue = date(s.issueDate(), "issueDate", true);
        LocalDate filing = date(s.filingDate(), "filingDate", false);
        if (filing != null && filing.isAfter(issue)) {
            throw ProblemException.invalidField(
                    "filingDate", Texts.txt().pub_filed_after_order(String.valueOf(filing), String.valueOf(issue)));
        }
        Debtor debtor = debtor(s.debtor(), issue);
        List<RestrictedAct> acts = RestrictedAct.parse(s.restrictedActs(), "restrictedActs");
        String person = restrictedPerson(text(s.restrictedPerson(), "restrictedPerson", 200), debtor, s.debtor());
        if (person == null && debtor.isOrganisation()) {
            person = debtor.legalRepresentative;
        }
        if (person == null && debtor.isOrganisation()) {
            throw ProblemException.invalidField("restrictedPerson", Texts.txt().pub_restricted_person_required());
        }
        String key = restrictionKey(cn.canonical(), debtor);
        var existing = ConsumptionRestriction.<ConsumptionRestriction>find("recordKey", key)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
        if (existing.isPresent()) {
            ConsumptionRestriction r = existing.get();
            if (r.createdByListing) {
                // the court's own order supersedes the one created with the listing
                r.restrictedActs = RestrictedAct.store(acts);
                r.restrictedPerson = person;
                r.issueDate = issue;
                r.filingDate = filing == null ? r.filingDate : filing;
                r.createdByListing = false;
                r.updatedAt = clock.instant();
                audit.record(
                        caller.actor(),
                        r.courtCode,
                        "ENF_RESTRICTION_ORDER",
                        "enf_restriction",
                        r.id.toString(),
                        null,
                        "order replaces the restriction created with the listing");
                announce(r, ChangeKind.CORRECTED, ReasonCategory.CORRECTION);
                return Outcome.completing(r);
            }
            return Outcome.of(r, false);
        }
        ConsumptionRestriction r = new ConsumptionRestriction();
        r.recordKey = key;
        r.caseNumber = cn.canonical();
        r.courtCode = court.code();
        r.province = emptyToNull(court.province());
        r.debtor = debtor;
        r.restrictedPerson = person;
        r.filingDate = filing;
        r.issueDate = issue;
        r.restrictedActs = RestrictedAct.store(acts);
        basis(r, s.basisDocumentNumber(), false, context(debtor, s.debtor()));
        r.state = ConsumptionRestriction.State.IN_FORCE;
        r.publishedAt = clock.instant();
        r.updatedAt = r.publishedAt;
        r.persist();
        audit.record(
                caller.actor(),
                r.courtCode,
                "ENF_RESTRICTION_ADD",
                "enf_restriction",
                r.id.toString(),
                null,
                r.caseNumber + " " + r.debtor.name);
        announce(r, ChangeKind.LISTED, null);
        return Outcome.of(r, true);
    }

    public Outcome addTermination(TerminationSubmission s, Caller caller) {
        if (s == null) {
            throw ProblemException.badRequest(Texts.txt().pub_body_termination());
        }
        Court court = courts.require(s.court(), "court");
        caller.requireCourt(court.code());
        CaseNumber cn = enforcementCaseNumber(s.caseNumber(), court);
        LocalDate termination = date(s.terminationDate(), "terminationDate", true);
        LocalDate filing = date(s.filingDate(), "filingDate", false);
        if (filing != null && filing.isAfter(termination)) {
            throw ProblemException.invalidField(
                    "filingDate",
                    Texts.txt().pub_filed_after_termination(String.valueOf(filing), String.valueOf(termination)));
        }
        Debtor debtor = debtor(s.debtor(), termination);
        BigDecimal amount = s.amountUnperformed();
        if (amount == null) {
            throw ProblemException.invalidField("amountUnperformed", Texts.txt().pub_amount_unperformed_required());
        }
        if (amount.signum() < 0) {
            throw ProblemException.invalidField("amountUnperformed", Texts.txt().pub_not_negative());
        }
        String key = Hashing.sha256("T|" + cn.canonical() + "|" + debtor.identityKey());
        var existing = TerminatedCase.findByKey(key);
        if (existing.isPresent()) {
            return Outcome.of(existing.get(), false);
        }
        TerminatedCase t = new TerminatedCase();
        t.recordKey = key;
        t.caseNumber = cn.canonical();
        t.courtCode = court.code();
        t.province = emptyToNull(court.province());
        t.debtor = debtor;
        t.filingDate = filing;
        t.terminationDate = termination;
        t.amountUnperformed = amount.setScale(2, java.math.RoundingMode.HALF_UP);
        basis(t, s.basisDocumentNumber(), false, context(debtor, s.debtor()));
        t.publishedAt = clock.instant();
        t.persist();
        audit.record(
                caller.actor(),
                t.courtCode,
                "ENF_TERMINATION_ADD",
                "enf_termination",
                t.id.toString(),
                null,
                t.caseNumber + " " + t.debtor.name);
        changes.record(
                TerminationRecords.CHANNEL, t.id, ChangeKind.LISTED, null, t.courtCode, t.caseNumber + " 终结本次执行案件");
        return Outcome.of(t, true);
    }

    // ---------------------------------------------------------------- state changes

    /** Removes a listing at once (rules §3.3); the reason is a §3.3 ground (code or label) or free text. */
    public Outcome remove(long id, StateChange change, Caller caller) {
        DishonestListing l = requireListing(id, caller);
        requirePublicState(l, "remove");
        String reason = reason(change);
        LocalDate today = clock.today();
        LocalDate groundDate = date(change.date(), "date", false);
        String detail = null;
        if (groundDate != null) {
            int late = WorkingDays.standard().workingDaysBetween(groundDate, today);
            detail = "removal ground arose on " + groundDate
                    + (late > 3 ? "; removed " + late + " working days later (limit 3)" : "");
        }
        String text = RemovalReason.text(reason);
        setState(l, DishonestListing.State.REMOVED, text, caller.actor(), detail);
        l.removalDate = groundDate == null ? today : groundDate;
        audit.record(
                caller.actor(), l.courtCode, "ENF_DISHONEST_REMOVE", "enf_dishonest", l.id.toString(), text, detail);
        ConsumptionRestriction lifted = null;
        if (RemovalReason.saysPerformed(reason) && l.restrictionId != null) {
            ConsumptionRestriction r = ConsumptionRestriction.findById(l.restrictionId, LockModeType.PESSIMISTIC_WRITE);
            if (r != null && r.state == ConsumptionRestriction.State.IN_FORCE) {
                lift(r, "失信名单删除：" + text, l.removalDate, caller);
                lifted = r;
            }
        }
        announce(l, ChangeKind.REMOVED, removalCategory(reason));
        if (lifted != null) {
            announce(lifted, ChangeKind.REMOVED, ReasonCategory.PERFORMED);
        }
        return Outcome.of(l, false);
    }

    /** Revokes a wrongful listing; a restriction created with it is lifted too. */
    public Outcome revoke(long id, StateChange change, Caller caller) {
        DishonestListing l = requireListing(id, caller);
        requirePublicState(l, "revoke");
        String reason = reason(change);
        setState(l, DishonestListing.State.REVOKED, reason, caller.actor(), null);
        l.removalDate = clock.today();
        audit.record(
                caller.actor(), l.courtCode, "ENF_DISHONEST_REVOKE", "enf_dishonest", l.id.toString(), reason, null);
        ConsumptionRestriction lifted = null;
        if (l.restrictionId != null) {
            ConsumptionRestriction r = ConsumptionRestriction.findById(l.restrictionId, LockModeType.PESSIMISTIC_WRITE);
            if (r != null && r.createdByListing && r.state == ConsumptionRestriction.State.IN_FORCE) {
                lift(r, "失信名单撤销：" + reason, l.removalDate, caller);
                lifted = r;
            }
        }
        announce(l, ChangeKind.REMOVED, ReasonCategory.REVOKED);
        if (lifted != null) {
            announce(lifted, ChangeKind.REMOVED, ReasonCategory.REVOKED);
        }
        return Outcome.of(l, false);
    }

    /** Corrects a listing: state CORRECTED, stays public with the corrected data. */
    public Outcome correct(long id, DishonestSubmission s, Caller caller) {
        DishonestListing l = requireListing(id, caller);
        requirePublicState(l, "correct");
        if (s == null) {
            throw ProblemException.badRequest(Texts.txt().pub_body_correction());
        }
        Court court = courts.require(s.court(), "court");
        if (!court.code().equals(l.courtCode)) {
            throw ProblemException.invalidField("court", Texts.txt().pub_correction_court(l.courtCode, court.code()));
        }
        DishonestListing corrected = new DishonestListing();
        fill(corrected, s, court);
        if (!corrected.recordKey.equals(l.recordKey)) {
            DishonestListing.findByKey(corrected.recordKey).ifPresent(other -> {
                throw new ProblemException(
                        409,
                        "Conflict",
                        "caseNumber: " + Texts.txt().pub_listing_exists(String.valueOf(other.id)),
                        "caseNumber");
            });
        }
        l.recordKey = corrected.recordKey;
        l.caseNumber = corrected.caseNumber;
        l.debtor = corrected.debtor;
        l.ground = corrected.ground;
        l.decisionDate = corrected.decisionDate;
        l.termMonths = corrected.termMonths;
        l.termEnd = corrected.termEnd;
        l.basisDocumentNumber = corrected.basisDocumentNumber;
        l.basisCaseNumber = corrected.basisCaseNumber;
        l.basisIssuer = corrected.basisIssuer;
        l.obligation = corrected.obligation;
        l.performance = corrected.performance;
        l.conduct = corrected.conduct;
        l.amount = corrected.amount;
        l.filingDate = corrected.filingDate;
        String reason = s.reason() == null || s.reason().isBlank()
                ? "更正失信信息"
                : s.reason().strip();
        setState(l, DishonestListing.State.CORRECTED, reason, caller.actor(), termDetail(l));
        audit.record(
                caller.actor(),
                l.courtCode,
                "ENF_DISHONEST_CORRECT",
                "enf_dishonest",
                l.id.toString(),
                reason,
                l.caseNumber + " " + l.debtor.name + " " + nz(l.debtor.idMasked));
        announce(l, ChangeKind.CORRECTED, ReasonCategory.CORRECTION);
        return Outcome.of(l, false);
    }

    /**
     * Lifts a restriction (default reason: the debtor performed). A performed lifting records
     * the removal ground on the listings linked to it, so that a listing still public 3
     * working days later shows in the court's overdue view.
     */
    public Outcome lift(long id, StateChange change, Caller caller) {
        // lock order: the listings linked to the restriction first, then the restriction (see the class comment)
        DishonestListing.<DishonestListing>find("restrictionId = ?1 order by id", id)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
        ConsumptionRestriction r = ConsumptionRestriction.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw ProblemException.notFound(Texts.txt().pub_no_restriction(String.valueOf(id)));
        }
        caller.requireCourt(r.courtCode);
        if (r.state != ConsumptionRestriction.State.IN_FORCE) {
            throw new ProblemException(409, "Conflict", Texts.txt().pub_restriction_lifted(String.valueOf(id)));
        }
        String reason =
                change == null || change.reason() == null || change.reason().isBlank()
                        ? "被执行人已履行"
                        : RemovalReason.text(text(change.reason(), "reason", 500));
        LocalDate date = change == null ? null : date(change.date(), "date", false);
        lift(r, reason, date == null ? clock.today() : date, caller);
        if (RemovalReason.saysPerformed(reason)) {
            List<DishonestListing> linked = DishonestListing.list(
                    "restrictionId = ?1 and state in ?2",
                    r.id,
                    List.of(DishonestListing.State.LISTED, DishonestListing.State.CORRECTED));
            for (DishonestListing l : linked) {
                if (l.removalDueSince == null) {
                    l.removalDueReason = reason;
                    l.removalDueSince = r.liftDate;
                }
            }
        }
        announce(
                r,
                ChangeKind.REMOVED,
                RemovalReason.saysPerformed(reason) ? ReasonCategory.PERFORMED : removalCategory(reason));
        return Outcome.of(r, false);
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The change feed entry of a listing's change, in this transaction and after every other write of it (the feed's
     * counter is the last lock a writer takes). The label is the case number: never the debtor's name.
     */
    void announce(DishonestListing l, ChangeKind kind, ReasonCategory reason) {
        changes.record(ListingRecords.CHANNEL, l.id, kind, reason, l.courtCode, l.caseNumber + " 失信被执行人");
    }

    /** The same for a consumption restriction (listed, corrected, removed when lifted). */
    private void announce(ConsumptionRestriction r, ChangeKind kind, ReasonCategory reason) {
        if (r != null) {
            changes.record(RestrictionRecords.CHANNEL, r.id, kind, reason, r.courtCode, r.caseNumber + " 限制消费令");
        }
    }

    /** The category of a removal or lifting reason (a §3.3 ground, code or label), OTHER for free text. */
    private static ReasonCategory removalCategory(String reason) {
        RemovalReason ground = RemovalReason.match(reason);
        return ground == null ? ReasonCategory.OTHER : ReasonCategory.valueOf(ground.name());
    }

    void lift(ConsumptionRestriction r, String reason, LocalDate date, Caller caller) {
        r.state = ConsumptionRestriction.State.LIFTED;
        r.liftReason = reason;
        r.liftDate = date;
        r.updatedAt = clock.instant();
        audit.record(
                caller.actor(), r.courtCode, "ENF_RESTRICTION_LIFT", "enf_restriction", r.id.toString(), reason, null);
    }

    /** Writes a state change and its history line (also used by the expiry job). */
    void setState(DishonestListing l, DishonestListing.State to, String reason, String actor, String detail) {
        String from = l.state == null ? null : l.state.name();
        l.state = to;
        l.stateReason = reason;
        l.updatedAt = clock.instant();
        history(l, actor, from, reason, detail);
    }

    private void history(DishonestListing l, String actor, String from, String reason, String detail) {
        DishonestHistory h = new DishonestHistory();
        h.dishonestId = l.id;
        h.at = clock.instant();
        h.actor = actor == null ? "unknown" : actor.length() > 64 ? actor.substring(0, 64) : actor;
        h.fromState = from;
        h.toState = l.state.name();
        h.reason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 499) + "…";
        h.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1999) + "…";
        h.persist();
    }

    private ConsumptionRestriction restrictionFor(DishonestListing l, Caller caller) {
        String key = restrictionKey(l.caseNumber, l.debtor);
        // locked: a lifting committed meanwhile must not leave the new listing without its restriction (rules §3.5)
        var existing = ConsumptionRestriction.<ConsumptionRestriction>find("recordKey", key)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
        if (existing.isPresent()) {
            ConsumptionRestriction r = existing.get();
            if (r.state != ConsumptionRestriction.State.IN_FORCE) {
                r.state = ConsumptionRestriction.State.IN_FORCE;
                r.liftReason = null;
                r.liftDate = null;
                r.issueDate = l.decisionDate;
                r.updatedAt = clock.instant();
                audit.record(
                        caller.actor(),
                        r.courtCode,
                        "ENF_RESTRICTION_REIMPOSE",
                        "enf_restriction",
                        r.id.toString(),
                        "列入失信被执行人名单",
                        null);
            }
            return r;
        }
        ConsumptionRestriction r = new ConsumptionRestriction();
        r.recordKey = key;
        r.caseNumber = l.caseNumber;
        r.courtCode = l.courtCode;
        r.province = l.province;
        r.debtor = l.debtor.copy();
        r.restrictedPerson = l.debtor.isOrganisation() ? l.debtor.legalRepresentative : null;
        r.filingDate = l.filingDate;
        r.issueDate = l.decisionDate;
        r.restrictedActs = RestrictedAct.store(RestrictedAct.all());
        r.basisDocumentNumber = l.basisDocumentNumber;
        r.basisCaseNumber = l.basisCaseNumber;
        r.state = ConsumptionRestriction.State.IN_FORCE;
        r.createdByListing = true;
        r.publishedAt = clock.instant();
        r.updatedAt = r.publishedAt;
        r.persist();
        audit.record(
                caller.actor(),
                r.courtCode,
                "ENF_RESTRICTION_ADD",
                "enf_restriction",
                r.id.toString(),
                "列入失信被执行人名单（失信被执行人同时限制消费）",
                "listing " + l.id);
        return r;
    }

    private void fill(DishonestListing l, DishonestSubmission s, Court court) {
        CaseNumber cn = enforcementCaseNumber(s.caseNumber(), court);
        Ground ground = Ground.of(s.ground(), "ground");
        LocalDate decision = date(s.decisionDate(), "decisionDate", true);
        LocalDate filing = date(s.filingDate(), "filingDate", false);
        if (filing != null && filing.isAfter(decision)) {
            throw ProblemException.invalidField(
                    "filingDate",
                    Texts.txt().pub_filed_after_decision(String.valueOf(filing), String.valueOf(decision)));
        }
        Integer term = ground.term(s.termMonths(), "termMonths");
        Debtor debtor = debtor(s.debtor(), decision);
        l.caseNumber = cn.canonical();
        l.courtCode = court.code();
        l.province = emptyToNull(court.province());
        l.debtor = debtor;
        l.ground = ground.number();
        l.decisionDate = decision;
        l.termMonths = term;
        l.termEnd = DishonestListing.termEnd(decision, term);
        FieldContext ctx = context(debtor, s.debtor());
        basis(l, s.basisDocumentNumber(), true, ctx);
        String issuer = published(text(s.basisIssuer(), "basisIssuer", 200), ctx, 200);
        if (issuer == null && l.basisCaseNumber != null) {
            issuer = CaseNumberParser.tryParse(l.basisCaseNumber, clock)
                    .map(CaseNumber::courtCode)
                    .flatMap(courts::byCode)
                    .map(Court::name)
                    .orElse(null);
        }
        l.basisIssuer = issuer;
        String obligation = text(s.obligation(), "obligation", MAX_TEXT);
        l.obligation = published(obligation, ctx, MAX_TEXT);
        l.performance = published(text(s.performance(), "performance", MAX_TEXT), ctx, MAX_TEXT);
        String conduct = published(text(s.conduct(), "conduct", MAX_TEXT), ctx, MAX_TEXT);
        l.conduct = conduct == null ? ground.label() : conduct;
        BigDecimal amount = s.amount() == null ? amountIn(obligation) : s.amount();
        if (amount != null && amount.signum() < 0) {
            throw ProblemException.invalidField("amount", Texts.txt().pub_not_negative());
        }
        l.amount = amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP);
        l.filingDate = filing;
        l.recordKey = Hashing.sha256("D|" + l.caseNumber + "|" + debtor.identityKey());
    }

    /** The first money amount named in an obligation text ("支付货款123,456.70元", "5万元"), or null. */
    static BigDecimal amountIn(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = AMOUNT.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(m.group(1).replace(",", "").replace("，", ""));
            return m.group(2) != null ? v.multiply(BigDecimal.valueOf(10_000)) : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Debtor debtor(DebtorSubmission in, LocalDate referenceDate) {
        if (in == null) {
            throw ProblemException.invalidField("debtor", Texts.txt().pub_debtor_required());
        }
        Debtor d = new Debtor();
        d.name = text(in.name(), "debtor.name", 200);
        if (d.name == null) {
            throw ProblemException.invalidField("debtor.name", Texts.txt().pub_debtor_name_required());
        }
        d.kind = kind(in.kind());
        if (Boolean.TRUE.equals(in.minor())) {
            throw ProblemException.invalidField("debtor.minor", Texts.txt().pub_minor_debtor());
        }
        if (d.isOrganisation()) {
            PublicFields.requireOrganisationName("debtor.name", d.name);
            if (in.idNumber() != null && !in.idNumber().isBlank()) {
                throw ProblemException.invalidField(
                        "debtor.idNumber", Texts.txt().pub_org_no_id_number());
            }
            String cc = IdNumbers.normalise(in.creditCode());
            if (cc == null || cc.isEmpty()) {
                throw ProblemException.invalidField(
                        "debtor.creditCode", Texts.txt().pub_credit_code_required());
            }
            if (!CREDIT_CODE.matcher(cc).matches()) {
                throw ProblemException.invalidField(
                        "debtor.creditCode", Texts.txt().pub_credit_code_invalid(cc));
            }
            d.creditCode = cc;
            String rep = text(in.legalRepresentative(), "debtor.legalRepresentative", 200);
            // published with the organisation (rule 3.2), so kept by name; anything else in the field is not
            d.legalRepresentative =
                    rep == null ? null : published(rep, publishingLeadingName(context(d, in), rep), 200);
            return d;
        }
        String id = IdNumbers.normalise(in.idNumber());
        if (id == null || id.isEmpty()) {
            throw ProblemException.invalidField("debtor.idNumber", Texts.txt().pub_debtor_id_required());
        }
        if (!IdNumbers.isFull(id)) {
            throw ProblemException.invalidField("debtor.idNumber", Texts.txt().pub_id_number_invalid());
        }
        PublicFields.requireSoundIdNumber("debtor.idNumber", id, clock.today());
        d.idHash = idHashes.hash(id);
        d.idMasked = IdNumbers.mask(id);
        LocalDate fromId = IdNumbers.birthDate(id).orElse(null);
        LocalDate birth = date(in.birthDate(), "debtor.birthDate", false);
        if (birth != null && isMinor(birth, referenceDate)) {
            throw ProblemException.invalidField(
                    "debtor.birthDate", Texts.txt().pub_debtor_minor_birth(String.valueOf(referenceDate)));
        }
        if (fromId != null && isMinor(fromId, referenceDate)) {
            throw ProblemException.invalidField(
                    "debtor.idNumber", Texts.txt().pub_debtor_minor_id(String.valueOf(referenceDate)));
        }
        d.birthDate = birth != null ? birth : fromId;
        d.sex = sex(in.sex()).orElseGet(() -> IdNumbers.sex(id).orElse(null));
        d.legalRepresentative = null;
        return d;
    }

    static boolean isMinor(LocalDate birth, LocalDate on) {
        return birth.plusYears(18).isAfter(on);
    }

    private static String kind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw ProblemException.invalidField("debtor.kind", Texts.txt().pub_kind_required());
        }
        return switch (kind.strip().toUpperCase(Locale.ROOT)) {
            case "PERSON", "NATURAL_PERSON", "自然人", "个人" -> Debtor.PERSON;
            case "ORGANISATION", "ORGANIZATION", "LEGAL_PERSON", "法人", "单位", "法人或其他组织" -> Debtor.ORGANISATION;
            default ->
                throw ProblemException.invalidField("debtor.kind", Texts.txt().pub_kind_invalid(kind));
        };
    }

    private static java.util.Optional<String> sex(String sex) {
        if (sex == null || sex.isBlank()) {
            return java.util.Optional.empty();
        }
        return switch (sex.strip().toUpperCase(Locale.ROOT)) {
            case "男", "M", "MALE" -> java.util.Optional.of("男");
            case "女", "F", "FEMALE" -> java.util.Optional.of("女");
            default ->
                throw ProblemException.invalidField("debtor.sex", Texts.txt().pub_sex_invalid(sex));
        };
    }

    private CaseNumber enforcementCaseNumber(String input, Court court) {
        CaseNumber cn = courts.parseCaseNumber(input, "caseNumber");
        boolean enforcement = "执行".equals(cn.category())
                || (cn.typeCode() != null && cn.typeCode().contains("执"));
        if (!enforcement) {
            throw ProblemException.invalidField("caseNumber", Texts.txt().pub_not_enforcement_case(cn.canonical()));
        }
        if (!cn.legacy() && cn.courtCode() != null && !cn.courtCode().equals(court.code())) {
            throw ProblemException.invalidField(
                    "caseNumber", Texts.txt().pub_case_other_court(cn.canonical(), cn.courtCode(), court.code()));
        }
        return cn;
    }

    /**
     * The enforcement basis as given, canonical when it parses as a case number (then it links to the
     * judgment); any other text (an arbitral award, a notarial deed…) is published de-identified.
     */
    private void basis(EnforcementRecord into, String input, boolean required, FieldContext ctx) {
        String raw = text(input, "basisDocumentNumber", 120);
        if (raw == null && required) {
            throw ProblemException.invalidField(
                    "basisDocumentNumber", Texts.txt().pub_basis_required());
        }
        String canonical = raw == null
                ? null
                : CaseNumberParser.tryParse(raw, clock)
                        .map(CaseNumber::canonical)
                        .orElse(null);
        into.basisDocumentNumber = canonical != null ? canonical : published(raw, ctx, 120);
        into.basisCaseNumber = canonical;
    }

    // ---------------------------------------------------------------- fields as published (issue 9)

    /**
     * The record's people for its free text: the debtor is published by name (rules 3.2, 3.5, 3.6), and so
     * are an organisation's legal representative; every other natural person in the text is masked, and
     * identity numbers and contact details are deleted (rule 1.6, §4: full numbers are never displayed).
     */
    private static FieldContext context(Debtor d, DebtorSubmission sent) {
        String id = d.isOrganisation() ? null : IdNumbers.normalise(sent.idNumber());
        PartyInput debtor = new PartyInput(
                d.name, "被执行人", d.isOrganisation() ? PartyInput.Kind.ORGANISATION : PartyInput.Kind.PERSON, id, false);
        List<String> published = new java.util.ArrayList<>();
        published.add(d.name);
        String representative = PersonNames.leadingName(d.legalRepresentative);
        if (representative != null) {
            published.add(representative);
        }
        return FieldContext.of(List.of(debtor)).publishing(published).inCase("执行", null);
    }

    /** A name field: the name it starts with is published (rules 3.2, 3.5), what a clerk wrote after it is not. */
    private static FieldContext publishingLeadingName(FieldContext ctx, String value) {
        String name = PersonNames.leadingName(value);
        return name == null ? ctx : ctx.publishing(List.of(name));
    }

    private String published(String value, FieldContext ctx, int max) {
        return fields.deidentify(value, ctx, max);
    }

    /**
     * The restricted person: for an organisation its legal representative or responsible person, published by
     * name (rule 3.5); a natural-person debtor is restricted himself, so any other name there is refused.
     */
    private String restrictedPerson(String value, Debtor debtor, DebtorSubmission sent) {
        if (value == null) {
            return null;
        }
        if (!debtor.isOrganisation() && !value.equals(debtor.name)) {
            throw ProblemException.invalidField("restrictedPerson", Texts.txt().pub_restricted_person_only_org());
        }
        return published(value, publishingLeadingName(context(debtor, sent), value), 200);
    }

    LocalDate date(String value, String field, boolean required) {
        LocalDate d = Params.date(value, field);
        if (d == null && required) {
            throw ProblemException.invalidField(field, Texts.txt().pub_date_required());
        }
        if (d != null && d.isAfter(clock.today())) {
            throw ProblemException.invalidField(field, Texts.txt().pub_date_future(String.valueOf(d)));
        }
        return d;
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.length() > max) {
            throw ProblemException.invalidField(field, Texts.txt().pub_too_long(String.valueOf(max)));
        }
        return s;
    }

    private static String reason(StateChange change) {
        String reason = change == null ? null : text(change.reason(), "reason", 500);
        if (reason == null) {
            throw ProblemException.invalidField(
                    "reason", Texts.txt().pub_reason_required(RemovalReason.PERFORMED.name()));
        }
        return reason;
    }

    /** The listing, locked for the rest of this state change (first, see the class comment). */
    private DishonestListing requireListing(long id, Caller caller) {
        DishonestListing l = DishonestListing.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (l == null) {
            throw ProblemException.notFound(Texts.txt().pub_no_listing(String.valueOf(id)));
        }
        caller.requireCourt(l.courtCode);
        return l;
    }

    private static void requirePublicState(DishonestListing l, String action) {
        if (!l.state.isPublic()) {
            throw new ProblemException(
                    409,
                    "Conflict",
                    Texts.txt()
                            .pub_listing_not_public(
                                    Texts.label("listingAction", action),
                                    String.valueOf(l.id),
                                    Texts.label("listingState", l.state.name())));
        }
    }

    static String restrictionKey(String caseNumber, Debtor debtor) {
        return Hashing.sha256("R|" + caseNumber + "|" + debtor.identityKey());
    }

    private static String termDetail(DishonestListing l) {
        return l.termMonths == null
                ? "no fixed term (ground 1)"
                : "term " + l.termMonths + " months, ends " + l.termEnd;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
