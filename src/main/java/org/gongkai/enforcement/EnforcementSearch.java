package org.gongkai.enforcement;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.courts.CourtService;
import org.gongkai.enforcement.EnforcementQueries.Register;
import org.gongkai.enforcement.EnforcementViews.CourtListingView;
import org.gongkai.enforcement.EnforcementViews.DishonestView;
import org.gongkai.enforcement.EnforcementViews.HistoryView;
import org.gongkai.enforcement.EnforcementViews.OverdueView;
import org.gongkai.enforcement.EnforcementViews.RestrictionView;
import org.gongkai.enforcement.EnforcementViews.ResultPage;
import org.gongkai.enforcement.EnforcementViews.TerminationView;
import org.gongkai.platform.Cursor;
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
 * Filter parsing is {@link EnforcementFilters}, the JPQL and cursors {@link EnforcementQueries},
 * the mapping to views {@link EnforcementViewMapper}; this class answers the questions.
 *
 * <p>{@code q} is a case-insensitive SQL LIKE over organisation names (and, for listings, the
 * described conduct), not a ranked full-text search. A natural person is confirmed only by the
 * name together with the full ID number, within the name's {@link WrongNumberBudget}; no filter
 * or sort acts on any part of an ID number.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EnforcementSearch {
    /** Not an ID number, so its hash is no stored hash: the query of a lookup without a slot. */
    static final String MATCHES_NOBODY = "-";

    @Inject
    CourtService courts;

    @Inject
    MutableClock clock;

    @Inject
    EnforcementQueries queries;

    @Inject
    EnforcementViewMapper mapper;

    @Inject
    WrongNumberBudget budget;

    @Inject
    org.gongkai.changes.ChangeFeed changes;

    // ---------------------------------------------------------------- public lists

    public ResultPage<DishonestView> dishonest(EnforcementFilter f, boolean withTotal) {
        LocalDate today = clock.today();
        return page(
                f,
                withTotal,
                g -> queries.slice(Register.DISHONEST, g, today, withTotal, DishonestListing.class),
                l -> mapper.view(l, today));
    }

    public ResultPage<RestrictionView> restrictions(EnforcementFilter f, boolean withTotal) {
        LocalDate today = clock.today();
        return page(
                f,
                withTotal,
                g -> queries.slice(Register.RESTRICTION, g, today, withTotal, ConsumptionRestriction.class),
                mapper::view);
    }

    public ResultPage<TerminationView> terminations(EnforcementFilter f, boolean withTotal) {
        LocalDate today = clock.today();
        return page(
                f,
                withTotal,
                g -> queries.slice(Register.TERMINATION, g, today, withTotal, TerminatedCase.class),
                mapper::view);
    }

    /**
     * One page of a register. A person lookup (name + full ID number) is answered through the
     * name's {@link WrongNumberBudget}: it claims a slot first; without one it runs the same
     * query with a number that matches nobody, so the answer, its size and the work behind it
     * are those of a person who is not listed, whatever the number. Only a lookup that holds a
     * slot may answer "found" (and gives the slot back). A wrong number and a person who is not
     * listed get the same empty page (issue 9).
     */
    private <E, V> ResultPage<V> page(
            EnforcementFilter f,
            boolean withTotal,
            Function<EnforcementFilter, EnforcementQueries.Slice<E>> query,
            Function<E, V> view) {
        if (f.idNumber() == null) {
            EnforcementQueries.Slice<E> s = query.apply(f);
            return new ResultPage<>(s.total(), s.rows().stream().map(view).toList(), s.next());
        }
        WrongNumberBudget.Slot slot = budget.claim(f.name());
        EnforcementQueries.Slice<E> s = query.apply(slot.granted() ? f : f.withIdNumber(MATCHES_NOBODY));
        if (slot.granted() && !s.rows().isEmpty()) {
            budget.release(slot);
            return new ResultPage<>(s.total(), s.rows().stream().map(view).toList(), s.next());
        }
        return new ResultPage<>(withTotal ? 0 : -1, List.of(), null);
    }

    /** One public listing; 404 when unknown, removed, revoked or past its term. */
    public DishonestView dishonest(long id) {
        DishonestListing l = DishonestListing.findById(id);
        LocalDate today = clock.today();
        if (l == null || !l.isPublicOn(today)) {
            // a removed listing's old URL answers 410 with the takedown register's entry (issue 15)
            throw changes.removal(ListingRecords.CHANNEL, id)
                    .<ProblemException>map(changes::gone)
                    .orElseGet(() -> ProblemException.notFound(
                            org.gongkai.platform.Texts.txt().err_no_listing(String.valueOf(id))));
        }
        return mapper.view(l, today);
    }

    /**
     * One public listing as the change feed hashes it: without the debtor's age. Empty when the listing is not
     * public today.
     */
    public Optional<DishonestView> canonical(long id) {
        DishonestListing l = DishonestListing.findById(id);
        LocalDate today = clock.today();
        return l == null || !l.isPublicOn(today) ? Optional.empty() : Optional.of(mapper.view(l, today, false));
    }

    /** A consumption restriction as the change feed hashes it: empty unless in force (a lifted order is not public). */
    public Optional<RestrictionView> canonicalRestriction(long id) {
        ConsumptionRestriction r = ConsumptionRestriction.findById(id);
        return r == null || r.state != ConsumptionRestriction.State.IN_FORCE
                ? Optional.empty()
                : Optional.of(mapper.view(r));
    }

    /** A terminated enforcement case as the change feed hashes it (always public once published). */
    public Optional<TerminationView> canonicalTermination(long id) {
        TerminatedCase t = TerminatedCase.findById(id);
        return t == null ? Optional.empty() : Optional.of(mapper.view(t));
    }

    /**
     * Ids of a register's public records after {@code afterId}, ascending: what {@link #canonical},
     * {@link #canonicalRestriction} and {@link #canonicalTermination} answer for (the bulk export's keyset).
     */
    public List<Long> publicIds(Register register, long afterId, int limit) {
        var em = Panache.getEntityManager();
        TypedQuery<Long> q = switch (register) {
            case DISHONEST ->
                em.createQuery(
                                "select l.id from DishonestListing l where l.id > ?1 and l.state in ?2"
                                        + " and (l.termEnd is null or l.termEnd >= ?3) order by l.id",
                                Long.class)
                        .setParameter(2, List.of(DishonestListing.State.LISTED, DishonestListing.State.CORRECTED))
                        .setParameter(3, clock.today());
            case RESTRICTION ->
                em.createQuery(
                                "select r.id from ConsumptionRestriction r where r.id > ?1 and r.state = ?2"
                                        + " order by r.id",
                                Long.class)
                        .setParameter(2, ConsumptionRestriction.State.IN_FORCE);
            case TERMINATION ->
                em.createQuery("select t.id from TerminatedCase t where t.id > ?1 order by t.id", Long.class);
        };
        return q.setParameter(1, afterId).setMaxResults(limit).getResultList();
    }

    public record FeedEntry(DishonestView listing, java.time.Instant publishedAt) {}

    /** The newest public listings of a court (Atom feed). */
    public List<FeedEntry> newestOfCourt(String courtCode, int limit) {
        LocalDate today = clock.today();
        EnforcementQueries.Jpql w =
                queries.where(Register.DISHONEST, EnforcementFilter.all().forCourt(courtCode), today);
        TypedQuery<DishonestListing> q = Panache.getEntityManager()
                .createQuery(
                        "from DishonestListing e where " + w.where + " order by e.publishedAt desc, e.id desc",
                        DishonestListing.class);
        w.params.forEach(q::setParameter);
        return q.setMaxResults(limit).getResultList().stream()
                .map(l -> new FeedEntry(mapper.view(l, today), l.publishedAt))
                .toList();
    }

    // ---------------------------------------------------------------- court views

    /** A court's own listings in every state (or one state), newest first, with history. */
    public ResultPage<CourtListingView> courtListings(String courtCode, String state, String cursor, int size) {
        EnforcementQueries.Jpql w = new EnforcementQueries.Jpql();
        if (courtCode != null) {
            w.and("e.courtCode = :court", "court", courtCode);
        }
        if (state != null && !state.isBlank()) {
            DishonestListing.State st;
            try {
                st = DishonestListing.State.valueOf(state.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField(
                        "state",
                        org.gongkai.platform.Texts.txt()
                                .err_one_of(ProblemException.codes("LISTED", "CORRECTED", "REMOVED", "REVOKED")));
            }
            w.and("e.state = :state", "state", st);
        }
        long total = queries.count(Register.DISHONEST, w);
        if (cursor != null && !cursor.isBlank()) {
            w.and(
                    "e.id < :after",
                    "after",
                    Cursor.value(Cursor.decode(cursor, "court-listings", 1).get(0), Long::parseLong));
        }
        TypedQuery<DishonestListing> q = Panache.getEntityManager()
                .createQuery(
                        "from DishonestListing e where " + w.where + " order by e.id desc", DishonestListing.class);
        w.params.forEach(q::setParameter);
        List<DishonestListing> rows = q.setMaxResults(size + 1).getResultList();
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            next = Cursor.encode("court-listings", rows.get(size - 1).id);
        }
        LocalDate today = clock.today();
        List<CourtListingView> views = new ArrayList<>();
        Map<Long, List<HistoryView>> histories = new HashMap<>();
        if (!rows.isEmpty()) {
            List<DishonestHistory> all = DishonestHistory.list(
                    "dishonestId in ?1 order by id",
                    rows.stream().map(l -> l.id).toList());
            for (DishonestHistory h : all) {
                histories
                        .computeIfAbsent(h.dishonestId, k -> new ArrayList<>())
                        .add(new HistoryView(h.at, h.actor, h.fromState, h.toState, h.reason, h.detail));
            }
        }
        for (DishonestListing l : rows) {
            List<HistoryView> history = histories.getOrDefault(l.id, List.of());
            views.add(new CourtListingView(
                    mapper.view(l, today),
                    l.state.name(),
                    l.stateReason,
                    l.removalDate,
                    l.isPublicOn(today),
                    l.removalDueReason,
                    l.removalDueSince,
                    l.restrictionId,
                    history));
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
        EnforcementQueries.Jpql w = new EnforcementQueries.Jpql();
        w.and("e.state in :states", "states", List.of(DishonestListing.State.LISTED, DishonestListing.State.CORRECTED));
        w.and("(e.termEnd < :today or e.removalDueSince is not null)", "today", today);
        if (courtCode != null) {
            w.and("e.courtCode = :court", "court", courtCode);
        }
        TypedQuery<DishonestListing> q = Panache.getEntityManager()
                .createQuery("from DishonestListing e where " + w.where + " order by e.id", DishonestListing.class);
        w.params.forEach(q::setParameter);
        WorkingDays days = WorkingDays.standard();
        List<OverdueView> out = new ArrayList<>();
        for (DishonestListing l : q.setMaxResults(5000).getResultList()) {
            String reason;
            LocalDate since;
            if (l.termEnd != null
                    && l.termEnd.isBefore(today)
                    && (l.removalDueSince == null || l.termEnd.isBefore(l.removalDueSince))) {
                reason = RemovalReason.TERM_EXPIRED.label();
                since = l.termEnd;
            } else {
                reason = l.removalDueReason;
                since = l.removalDueSince;
            }
            LocalDate deadline = days.plusWorkingDays(since, 3);
            if (today.isAfter(deadline)) {
                out.add(new OverdueView(
                        l.id,
                        l.caseNumber,
                        courts.courtName(l.courtCode),
                        l.debtor.name,
                        l.state.name(),
                        reason,
                        since,
                        deadline,
                        days.workingDaysBetween(deadline, today)));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- judgments link

    public record BasisRecords(
            List<DishonestView> dishonest,
            List<RestrictionView> restrictions,
            List<TerminationView> terminations,
            boolean performed) {}

    /** Public records that enforce the judgment with this case number (canonical form). */
    public BasisRecords forBasis(String canonical) {
        EnforcementFilter f = EnforcementFilter.all().forBasis(canonical).withCursor(null, EnforcementFilter.MAX_SIZE);
        // the same words as RemovalReason.saysPerformed: a listing removed, or a restriction lifted, because the debtor
        // performed
        String said = "(%s like '%%已履行%%' or %s like '%%履行完毕%%' or %s like '%%执行完毕%%')";
        boolean performed = DishonestListing.count(
                                "basisCaseNumber = ?1 and state = ?2 and "
                                        + said.formatted("stateReason", "stateReason", "stateReason"),
                                canonical,
                                DishonestListing.State.REMOVED)
                        > 0
                || ConsumptionRestriction.count(
                                "basisCaseNumber = ?1 and state = ?2 and "
                                        + said.formatted("liftReason", "liftReason", "liftReason"),
                                canonical,
                                ConsumptionRestriction.State.LIFTED)
                        > 0;
        return new BasisRecords(
                dishonest(f, false).hits(),
                restrictions(f, false).hits(),
                terminations(f, false).hits(),
                performed);
    }

    /** The largest id of a register so far: the snapshot of the numbered HTML pages. */
    long latestId(Register reg) {
        return queries.latestId(reg);
    }
}
