package org.gongkai.enforcement;

import org.gongkai.web.Links;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.gongkai.courts.CaseNumber;
import org.gongkai.courts.CaseNumberParser;
import org.gongkai.courts.CourtService;
import org.gongkai.enforcement.EnforcementFilter.SortOrder;
import org.gongkai.enforcement.EnforcementViews.CourtListingView;
import org.gongkai.enforcement.EnforcementViews.DishonestView;
import org.gongkai.enforcement.EnforcementViews.HistoryView;
import org.gongkai.enforcement.EnforcementViews.OverdueView;
import org.gongkai.enforcement.EnforcementViews.RestrictionView;
import org.gongkai.enforcement.EnforcementViews.ResultPage;
import org.gongkai.enforcement.EnforcementViews.TerminationView;
import org.gongkai.platform.IdCardNumbers;
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.WorkingDays;

/**
 * The read side of the enforcement channel: public lists and lookups with keyset pagination,
 * the public record pages, the courts' own views and the overdue list. Only public records
 * leave through the public methods: LISTED/CORRECTED listings whose term has not ended on
 * today's date (a query-time guard, so a listing is gone at expiry even before the expiry job
 * runs), IN_FORCE restrictions, and terminations.
 *
 * <p>{@code q} is a case-insensitive SQL LIKE over organisation names (and, for listings, the
 * described conduct), not a ranked full-text search. A natural person is confirmed only by the
 * name together with the full ID number, within the name's {@link WrongNumberBudget}; no filter
 * or sort acts on any part of an ID number.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EnforcementSearch {
    /** The three registers: entity, the date their lists sort and filter by, their amount. */
    enum Register {
        DISHONEST("DishonestListing", "decisionDate", "amount"),
        RESTRICTION("ConsumptionRestriction", "issueDate", null),
        TERMINATION("TerminatedCase", "terminationDate", "amountUnperformed");

        final String entity;
        final String dateField;
        final String amountField;

        Register(String entity, String dateField, String amountField) {
            this.entity = entity;
            this.dateField = dateField;
            this.amountField = amountField;
        }
    }

    /** Not an ID number, so its hash is no stored hash: the query of a lookup without a slot. */
    static final String MATCHES_NOBODY = "-";
    private static final Pattern NUMBER_RUN = Pattern.compile("[0-9]{3,}[0-9Xx]");

    @Inject
    CourtService courts;
    @Inject
    MutableClock clock;
    @Inject
    IdHashes idHashes;
    @Inject
    WrongNumberBudget budget;

    // ---------------------------------------------------------------- parsing

    /** Parses the query parameters; 400 naming the parameter on bad input. */
    public EnforcementFilter filter(FilterParams p) {
        String name = Params.blankToNull(p.name);
        String id = IdNumbers.normalise(Params.blankToNull(p.idNumber));
        if (id != null) {
            // Only the name together with the full number confirms an identity (issue 9; rules §4):
            // a suffix or prefix narrows the date of birth and the sequence for every guess after it.
            if (!IdNumbers.isFull(id)) {
                throw ProblemException.invalidField("idNumber", "请填写完整的公民身份号码（18 位，旧证 15 位），不支持按部分号码查询"
                        + " / give the full resident ID number (18 characters, 15 for an old card); partial numbers are not looked up");
            }
            // a mistyped number (wrong check digit, impossible birth date) is refused before it can spend
            // the name's budget of wrong numbers: the check digit is public arithmetic, not a confirmation
            IdCardNumbers.requireSound("idNumber", id, clock.today());
            if (name == null) {
                throw ProblemException.invalidField("name", "按身份证号码查询须同时填写姓名"
                        + " / a person lookup needs the name together with the full ID number (rules §4)");
            }
        }
        String cc = IdNumbers.normalise(Params.blankToNull(p.creditCode));
        String court = p.court == null || p.court.isBlank() ? null : courts.require(p.court, "court").code();
        LocalDate from = Params.date(p.from, "from");
        LocalDate to = Params.date(p.to, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.invalidField("from", "must not be after 'to'");
        }
        Integer ground = null;
        if (FilterParams.notBlank(p.ground)) {
            try {
                ground = Ground.of(Integer.parseInt(p.ground.strip()), "ground").number();
            } catch (NumberFormatException e) {
                throw ProblemException.invalidField("ground", "must be a number from 1 to 6");
            }
        }
        String kind = null;
        if (FilterParams.notBlank(p.kind)) {
            kind = switch (p.kind.strip().toUpperCase(Locale.ROOT)) {
                case "PERSON" -> Debtor.PERSON;
                case "ORGANISATION", "ORGANIZATION" -> Debtor.ORGANISATION;
                default -> throw ProblemException.invalidField("kind", "must be PERSON or ORGANISATION");
            };
        }
        BigDecimal min = Params.amount(p.minAmount, "minAmount");
        BigDecimal max = Params.amount(p.maxAmount, "maxAmount");
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw ProblemException.invalidField("minAmount", "must not be more than maxAmount");
        }
        String basis = Params.blankToNull(p.basis);
        if (basis != null) {
            basis = CaseNumberParser.tryParse(basis, clock).map(CaseNumber::canonical).orElse(basis);
        }
        SortOrder sort = SortOrder.NEWEST;
        if (FilterParams.notBlank(p.sort)) {
            try {
                sort = SortOrder.valueOf(p.sort.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("sort", "one of newest, oldest, amount, name");
            }
        }
        int size = EnforcementFilter.DEFAULT_SIZE;
        if (FilterParams.notBlank(p.size)) {
            try {
                size = Integer.parseInt(p.size.strip());
            } catch (NumberFormatException e) {
                size = -1;
            }
            if (size < 1 || size > EnforcementFilter.MAX_SIZE) {
                throw ProblemException.invalidField("size", "a number from 1 to " + EnforcementFilter.MAX_SIZE);
            }
        }
        String q = Params.blankToNull(p.q);
        if (q != null && q.length() > 100) {
            throw ProblemException.invalidField("q", "at most 100 characters");
        }
        return new EnforcementFilter(name, id, cc, court, Params.blankToNull(p.province), from, to, ground, kind, q, min, max,
                basis, sort, Params.blankToNull(p.cursor), size);
    }

    // ---------------------------------------------------------------- public lists

    /** Checks the filters against a register before a streamed export starts (400s come first). */
    public void validate(Register register, EnforcementFilter f) {
        if (f.idNumber() != null) {
            // an export is bulk access: a person lookup goes through the wrong-number budget of the lists
            throw ProblemException.invalidField("idNumber", "导出不支持按身份证号码查询，请在名单页面查询"
                    + " / exports take no ID number: look a person up on the list");
        }
        where(register, f, clock.today());
        sortKey(register, f.sort());
    }

    public ResultPage<DishonestView> dishonest(EnforcementFilter f, boolean withTotal) {
        LocalDate today = clock.today();
        return page(f, withTotal, g -> slice(Register.DISHONEST, g, today, withTotal, DishonestListing.class), l -> view(l, today));
    }

    public ResultPage<RestrictionView> restrictions(EnforcementFilter f, boolean withTotal) {
        LocalDate today = clock.today();
        return page(f, withTotal, g -> slice(Register.RESTRICTION, g, today, withTotal, ConsumptionRestriction.class), this::view);
    }

    public ResultPage<TerminationView> terminations(EnforcementFilter f, boolean withTotal) {
        LocalDate today = clock.today();
        return page(f, withTotal, g -> slice(Register.TERMINATION, g, today, withTotal, TerminatedCase.class), this::view);
    }

    /**
     * One page of a register. A person lookup (name + full ID number) is answered through the
     * name's {@link WrongNumberBudget}: it claims a slot first; without one it runs the same
     * query with a number that matches nobody, so the answer, its size and the work behind it
     * are those of a person who is not listed, whatever the number. Only a lookup that holds a
     * slot may answer "found" (and gives the slot back). A wrong number and a person who is not
     * listed get the same empty page (issue 9).
     */
    private <E, V> ResultPage<V> page(EnforcementFilter f, boolean withTotal, Function<EnforcementFilter, Slice<E>> query,
                                      Function<E, V> view) {
        if (f.idNumber() == null) {
            Slice<E> s = query.apply(f);
            return new ResultPage<>(s.total, s.rows.stream().map(view).toList(), s.next);
        }
        WrongNumberBudget.Slot slot = budget.claim(f.name());
        Slice<E> s = query.apply(slot.granted() ? f : f.withIdNumber(MATCHES_NOBODY));
        if (slot.granted() && !s.rows.isEmpty()) {
            budget.release(slot);
            return new ResultPage<>(s.total, s.rows.stream().map(view).toList(), s.next);
        }
        return new ResultPage<>(withTotal ? 0 : -1, List.of(), null);
    }

    /** One public listing; 404 when unknown, removed, revoked or past its term. */
    public DishonestView dishonest(long id) {
        DishonestListing l = DishonestListing.findById(id);
        LocalDate today = clock.today();
        if (l == null || !l.isPublicOn(today)) {
            throw ProblemException.notFound("no listed dishonest debtor with id " + id
                    + " (the listing may have been removed)");
        }
        return view(l, today);
    }

    public record FeedEntry(DishonestView listing, java.time.Instant publishedAt) {}

    /** The newest public listings of a court (Atom feed). */
    public List<FeedEntry> newestOfCourt(String courtCode, int limit) {
        LocalDate today = clock.today();
        Jpql w = where(Register.DISHONEST, EnforcementFilter.all().forCourt(courtCode), today);
        TypedQuery<DishonestListing> q = Panache.getEntityManager().createQuery(
                "from DishonestListing e where " + w.where + " order by e.publishedAt desc, e.id desc", DishonestListing.class);
        w.params.forEach(q::setParameter);
        return q.setMaxResults(limit).getResultList().stream().map(l -> new FeedEntry(view(l, today), l.publishedAt)).toList();
    }

    // ---------------------------------------------------------------- court views

    /** A court's own listings in every state (or one state), newest first, with history. */
    public ResultPage<CourtListingView> courtListings(String courtCode, String state, String cursor, int size) {
        Jpql w = new Jpql();
        if (courtCode != null) {
            w.and("e.courtCode = :court", "court", courtCode);
        }
        if (state != null && !state.isBlank()) {
            DishonestListing.State st;
            try {
                st = DishonestListing.State.valueOf(state.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("state", "one of LISTED, CORRECTED, REMOVED, REVOKED");
            }
            w.and("e.state = :state", "state", st);
        }
        long total = count(Register.DISHONEST, w);
        if (cursor != null && !cursor.isBlank()) {
            try {
                w.and("e.id < :after", "after", Long.parseLong(cursor.strip()));
            } catch (NumberFormatException e) {
                throw ProblemException.invalidField("cursor", "not a cursor of this list");
            }
        }
        TypedQuery<DishonestListing> q = Panache.getEntityManager().createQuery(
                "from DishonestListing e where " + w.where + " order by e.id desc", DishonestListing.class);
        w.params.forEach(q::setParameter);
        List<DishonestListing> rows = q.setMaxResults(size + 1).getResultList();
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            next = rows.get(size - 1).id.toString();
        }
        LocalDate today = clock.today();
        List<CourtListingView> views = new ArrayList<>();
        Map<Long, List<HistoryView>> histories = new HashMap<>();
        if (!rows.isEmpty()) {
            List<DishonestHistory> all = DishonestHistory.list("dishonestId in ?1 order by id",
                    rows.stream().map(l -> l.id).toList());
            for (DishonestHistory h : all) {
                histories.computeIfAbsent(h.dishonestId, k -> new ArrayList<>())
                        .add(new HistoryView(h.at, h.actor, h.fromState, h.toState, h.reason, h.detail));
            }
        }
        for (DishonestListing l : rows) {
            List<HistoryView> history = histories.getOrDefault(l.id, List.of());
            views.add(new CourtListingView(view(l, today), l.state.name(), l.stateReason, l.removalDate,
                    l.isPublicOn(today), l.removalDueReason, l.removalDueSince, l.restrictionId, history));
        }
        return new ResultPage<>(total, views, next);
    }

    /**
     * Listings still LISTED/CORRECTED although their removal is overdue: the term ended, or a
     * removal ground was recorded (restriction lifted as performed), more than 3 working days
     * ago (rules §3.3).
     */
    public List<OverdueView> overdue(String courtCode) {
        LocalDate today = clock.today();
        Jpql w = new Jpql();
        w.and("e.state in :states", "states", List.of(DishonestListing.State.LISTED, DishonestListing.State.CORRECTED));
        w.and("(e.termEnd < :today or e.removalDueSince is not null)", "today", today);
        if (courtCode != null) {
            w.and("e.courtCode = :court", "court", courtCode);
        }
        TypedQuery<DishonestListing> q = Panache.getEntityManager().createQuery(
                "from DishonestListing e where " + w.where + " order by e.id", DishonestListing.class);
        w.params.forEach(q::setParameter);
        WorkingDays days = WorkingDays.standard();
        List<OverdueView> out = new ArrayList<>();
        for (DishonestListing l : q.setMaxResults(5000).getResultList()) {
            String reason;
            LocalDate since;
            if (l.termEnd != null && l.termEnd.isBefore(today)
                    && (l.removalDueSince == null || l.termEnd.isBefore(l.removalDueSince))) {
                reason = RemovalReason.TERM_EXPIRED.label();
                since = l.termEnd;
            } else {
                reason = l.removalDueReason;
                since = l.removalDueSince;
            }
            LocalDate deadline = days.plusWorkingDays(since, 3);
            if (today.isAfter(deadline)) {
                out.add(new OverdueView(l.id, l.caseNumber, courts.courtName(l.courtCode), l.debtor.name, l.state.name(),
                        reason, since, deadline, days.workingDaysBetween(deadline, today)));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- judgments link

    public record BasisRecords(List<DishonestView> dishonest, List<RestrictionView> restrictions,
                               List<TerminationView> terminations, boolean performed) {}

    /** Public records that enforce the judgment with this case number (canonical form). */
    public BasisRecords forBasis(String canonical) {
        EnforcementFilter f = EnforcementFilter.all().forBasis(canonical).withCursor(null, EnforcementFilter.MAX_SIZE);
        // the same words as RemovalReason.saysPerformed: a listing removed, or a restriction lifted, because the debtor performed
        String said = "(%s like '%%已履行%%' or %s like '%%履行完毕%%' or %s like '%%执行完毕%%')";
        boolean performed = DishonestListing.count("basisCaseNumber = ?1 and state = ?2 and "
                + said.formatted("stateReason", "stateReason", "stateReason"), canonical, DishonestListing.State.REMOVED) > 0
                || ConsumptionRestriction.count("basisCaseNumber = ?1 and state = ?2 and "
                + said.formatted("liftReason", "liftReason", "liftReason"), canonical, ConsumptionRestriction.State.LIFTED) > 0;
        return new BasisRecords(dishonest(f, false).hits(), restrictions(f, false).hits(), terminations(f, false).hits(), performed);
    }

    // ---------------------------------------------------------------- views

    DishonestView view(DishonestListing l, LocalDate today) {
        Debtor d = l.debtor;
        return new DishonestView(l.id, l.caseNumber, courts.courtName(l.courtCode), l.courtCode, l.province, d.name,
                d.kind, IdNumbers.mask(d.idMasked), d.creditCode, d.sex, IdNumbers.publicAge(d.birthDate, today),
                d.legalRepresentative, l.ground,
                Ground.labelOf(l.ground), l.decisionDate, l.termMonths, l.termEnd, l.basisDocumentNumber, l.basisIssuer,
                l.obligation, l.performance, l.conduct, l.amount, l.filingDate,
                l.publishedAt.atZone(clock.getZone()).toLocalDate(), l.state.name(), Links.dishonest(l.id));
    }

    RestrictionView view(ConsumptionRestriction r) {
        List<RestrictedAct> acts = RestrictedAct.load(r.restrictedActs);
        return new RestrictionView(r.id, r.caseNumber, courts.courtName(r.courtCode), r.courtCode, r.province,
                r.debtor.name, r.debtor.kind, IdNumbers.mask(r.debtor.idMasked), r.debtor.creditCode, r.restrictedPerson,
                r.filingDate,
                r.issueDate, r.publishedAt.atZone(clock.getZone()).toLocalDate(),
                acts.stream().map(RestrictedAct::shortLabel).toList(), orderText(r, acts), r.basisDocumentNumber,
                r.state.name());
    }

    TerminationView view(TerminatedCase t) {
        return new TerminationView(t.id, t.caseNumber, courts.courtName(t.courtCode), t.courtCode, t.province,
                t.debtor.name, t.debtor.kind, IdNumbers.mask(t.debtor.idMasked), t.debtor.creditCode, t.filingDate,
                t.terminationDate,
                t.amountUnperformed, t.basisDocumentNumber, t.publishedAt.atZone(clock.getZone()).toLocalDate());
    }

    private String orderText(ConsumptionRestriction r, List<RestrictedAct> acts) {
        StringBuilder sb = new StringBuilder();
        sb.append("本院于").append(r.issueDate).append("对被执行人").append(r.debtor.name);
        if (r.restrictedPerson != null && r.debtor.isOrganisation()) {
            sb.append("及其法定代表人（主要负责人）").append(r.restrictedPerson);
        }
        sb.append("采取限制消费措施，限制其实施以下高消费及非生活和工作必需的消费行为：");
        for (int i = 0; i < acts.size(); i++) {
            sb.append('（').append(i + 1).append('）').append(acts.get(i).label()).append(i == acts.size() - 1 ? "。" : "；");
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- query building

    record Slice<E>(long total, List<E> rows, String next) {}

    /** The largest id of a register so far: the snapshot of the numbered HTML pages. */
    long latestId(Register reg) {
        Long max = Panache.getEntityManager().createQuery("select max(e.id) from " + reg.entity + " e", Long.class)
                .getSingleResult();
        return max == null ? 0 : max;
    }

    private <E> Slice<E> slice(Register reg, EnforcementFilter f, LocalDate today, boolean withTotal, Class<E> type) {
        Jpql w = where(reg, f, today);
        if (f.upto() > 0) {
            w.and("e.id <= :upto", "upto", f.upto());
        }
        long total = withTotal ? count(reg, w) : -1;
        String key = sortKey(reg, f.sort());
        boolean desc = f.sort() == SortOrder.NEWEST || f.sort() == SortOrder.AMOUNT;
        if (f.cursor() != null) {
            Object[] c = decodeCursor(f.cursor(), f.sort());
            String op = desc ? "<" : ">";
            w.and("(" + key + " " + op + " :ck or (" + key + " = :ck and e.id " + op + " :cid))", "ck", c[0]);
            w.params.put("cid", c[1]);
        }
        String dir = desc ? " desc" : " asc";
        TypedQuery<E> q = Panache.getEntityManager().createQuery(
                "from " + reg.entity + " e where " + w.where + " order by " + key + dir + ", e.id" + dir, type);
        w.params.forEach(q::setParameter);
        if (f.cursor() == null && f.offset() > 0) {
            q.setFirstResult(f.offset());
        }
        List<E> rows = q.setMaxResults(f.size() + 1).getResultList();
        String next = null;
        if (rows.size() > f.size()) {
            rows = rows.subList(0, f.size());
            next = encodeCursor(f.sort(), sortValue(rows.get(rows.size() - 1), f.sort()), id(rows.get(rows.size() - 1)));
        }
        return new Slice<>(total, rows, next);
    }

    private long count(Register reg, Jpql w) {
        var q = Panache.getEntityManager().createQuery("select count(e) from " + reg.entity + " e where " + w.where, Long.class);
        w.params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    Jpql where(Register reg, EnforcementFilter f, LocalDate today) {
        Jpql w = new Jpql();
        switch (reg) {
            case DISHONEST -> {
                w.and("e.state in :states", "states", List.of(DishonestListing.State.LISTED, DishonestListing.State.CORRECTED));
                w.and("(e.termEnd is null or e.termEnd >= :today)", "today", today);
            }
            case RESTRICTION -> w.and("e.state = :state", "state", ConsumptionRestriction.State.IN_FORCE);
            case TERMINATION -> { }
        }
        if (f.name() != null) {
            if (f.idNumber() != null) {
                w.and("e.debtor.name = :name", "name", f.name());
            } else {
                w.and("(e.debtor.name = :name or (e.debtor.kind = 'ORGANISATION' and e.debtor.name like :nameLike escape '!'))",
                        "name", f.name());
                w.params.put("nameLike", "%" + likeEscape(f.name()) + "%");
            }
        }
        if (f.idNumber() != null) {
            // the full number only, by its keyed hash (filter() refuses anything else)
            w.and("e.debtor.idHash = :idHash", "idHash", idHashes.hash(f.idNumber()));
        }
        if (f.creditCode() != null) {
            w.and("e.debtor.creditCode = :cc", "cc", f.creditCode());
        }
        if (f.courtCode() != null) {
            w.and("e.courtCode = :court", "court", f.courtCode());
        }
        if (f.province() != null) {
            w.and("e.province like :province escape '!'", "province", likeEscape(f.province()) + "%");
        }
        if (f.from() != null) {
            w.and("e." + reg.dateField + " >= :from", "from", f.from());
        }
        if (f.to() != null) {
            w.and("e." + reg.dateField + " <= :to", "to", f.to());
        }
        if (f.ground() != null) {
            if (reg != Register.DISHONEST) {
                throw ProblemException.invalidField("ground", "only dishonest-debtor listings have a ground");
            }
            w.and("e.ground = :ground", "ground", f.ground());
        }
        if (f.kind() != null) {
            w.and("e.debtor.kind = :kind", "kind", f.kind());
        }
        if (f.q() != null) {
            String like = "%" + likeEscape(f.q().toLowerCase(Locale.ROOT)) + "%";
            String org = "(e.debtor.kind = 'ORGANISATION' and lower(e.debtor.name) like :q escape '!')";
            // a run of digits is not looked for in the conduct text: there it would be a
            // partial-number lookup of any number a court wrote into the text (issue 9)
            boolean inConduct = reg == Register.DISHONEST && !NUMBER_RUN.matcher(Normalizer.normalize(f.q(), Normalizer.Form.NFKC)).find();
            w.and(inConduct ? "(" + org + " or lower(e.conduct) like :q escape '!')" : org, "q", like);
        }
        if (f.minAmount() != null || f.maxAmount() != null) {
            if (reg.amountField == null) {
                throw ProblemException.invalidField(f.minAmount() != null ? "minAmount" : "maxAmount",
                        "consumption-restriction orders have no amount");
            }
            if (f.minAmount() != null) {
                w.and("e." + reg.amountField + " >= :minAmount", "minAmount", f.minAmount());
            }
            if (f.maxAmount() != null) {
                w.and("e." + reg.amountField + " <= :maxAmount", "maxAmount", f.maxAmount());
            }
        }
        if (f.basis() != null) {
            w.and("(e.basisCaseNumber = :basis or e.basisDocumentNumber = :basis)", "basis", f.basis());
        }
        return w;
    }

    private static String sortKey(Register reg, SortOrder sort) {
        return switch (sort) {
            case NEWEST, OLDEST -> "e." + reg.dateField;
            case AMOUNT -> {
                if (reg.amountField == null) {
                    throw ProblemException.invalidField("sort", "consumption-restriction orders have no amount: newest, oldest or name");
                }
                yield "coalesce(e." + reg.amountField + ", -1)";
            }
            case NAME -> "e.debtor.name";
        };
    }

    private static Object sortValue(Object row, SortOrder sort) {
        return switch (row) {
            case DishonestListing l -> switch (sort) {
                case NEWEST, OLDEST -> l.decisionDate;
                case AMOUNT -> l.amount == null ? BigDecimal.ONE.negate() : l.amount;
                case NAME -> l.debtor.name;
            };
            case ConsumptionRestriction r -> sort == SortOrder.NAME ? r.debtor.name : r.issueDate;
            case TerminatedCase t -> switch (sort) {
                case NEWEST, OLDEST -> t.terminationDate;
                case AMOUNT -> t.amountUnperformed == null ? BigDecimal.ONE.negate() : t.amountUnperformed;
                case NAME -> t.debtor.name;
            };
            default -> throw new IllegalArgumentException(row.getClass().getName());
        };
    }

    private static long id(Object row) {
        return ((EnforcementRecord) row).id;
    }

    static String encodeCursor(SortOrder sort, Object value, long id) {
        String raw = sort.name() + "|" + id + "|" + (value instanceof BigDecimal b ? b.toPlainString() : value.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Object[] decodeCursor(String cursor, SortOrder sort) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 3);
            if (parts.length != 3 || !parts[0].equals(sort.name())) {
                throw new IllegalArgumentException("sort mismatch");
            }
            long id = Long.parseLong(parts[1]);
            Object value = switch (sort) {
                case NEWEST, OLDEST -> LocalDate.parse(parts[2]);
                case AMOUNT -> new BigDecimal(parts[2]);
                case NAME -> parts[2];
            };
            return new Object[] {value, id};
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ProblemException.invalidField("cursor", "not a cursor of this list and sort order; start again without it");
        }
    }

    static String likeEscape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** A JPQL where clause and its named parameters. */
    static final class Jpql {
        final StringBuilder where = new StringBuilder("1 = 1");
        final Map<String, Object> params = new HashMap<>();

        Jpql and(String clause, String param, Object value) {
            where.append(" and ").append(clause);
            if (param != null) {
                params.put(param, value);
            }
            return this;
        }
    }




    Optional<String> canonical(String caseNumber) {
        return CaseNumberParser.tryParse(caseNumber, clock).map(CaseNumber::canonical);
    }
}
