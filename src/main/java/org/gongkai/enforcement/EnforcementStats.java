package org.gongkai.enforcement;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.courts.CourtService;
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.ProblemException;

/**
 * Aggregated statistics for journalists: listings (by decision date) and removals (by removal
 * date) per month, province, court or ground; terminations and amounts unperformed; share of
 * each ground; the organisations with most public listings; the average time a removed listing
 * was listed. Revoked (wrongful) listings count nowhere. Only aggregates and organisation
 * names leave this class (rules §4: aggregates may be exported in bulk).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EnforcementStats {
    public enum By {
        MONTH,
        PROVINCE,
        COURT,
        GROUND
    }

    public record StatsRow(
            String key, String label, long listings, long removals, long terminations, BigDecimal amountUnperformed) {}

    public record GroundShare(int ground, String label, long listings, double share) {}

    public record OrgCount(String name, String creditCode, long listings) {}

    public record Totals(
            long listings,
            long removals,
            long publicListings,
            long restrictionsInForce,
            long terminations,
            BigDecimal amountUnperformed) {}

    public record StatsView(
            String by,
            LocalDate from,
            LocalDate to,
            String court,
            Totals totals,
            List<StatsRow> rows,
            List<GroundShare> grounds,
            List<OrgCount> topOrganisations,
            Double averageDaysListed,
            long removedListingsAveraged,
            Durations durations) {}

    /**
     * How long (issue 14, "a chart per question: how many, where, why, how long"): for the listings
     * removed in the range, the days from the listing decision to the removal; for the enforcement
     * cases terminated in the range, the days from filing to termination; counted in the same
     * buckets, with the median of each.
     */
    public record Durations(
            List<DurationRow> rows,
            Long medianDaysListed,
            long listingsMeasured,
            Long medianDaysToTermination,
            long terminationsMeasured) {}

    /** One bucket: {@code fromDays} to {@code toDays} days inclusive ({@code toDays} null: no upper end). */
    public record DurationRow(String key, int fromDays, Integer toDays, long listingsRemoved, long terminations) {}

    /** The buckets' upper ends in days: a month, a quarter, half a year, a year, two years, more. */
    static final int[] DURATION_BUCKETS = {30, 90, 180, 365, 730};

    @Inject
    CourtService courts;

    @Inject
    MutableClock clock;

    public StatsView stats(String byParam, String fromParam, String toParam, String courtParam) {
        By by = By.MONTH;
        if (byParam != null && !byParam.isBlank()) {
            try {
                by = By.valueOf(byParam.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField(
                        "by",
                        org.gongkai.platform.Texts.txt()
                                .err_one_of(ProblemException.codes("month", "province", "court", "ground")));
            }
        }
        LocalDate from = Params.date(fromParam, "from");
        LocalDate to = Params.date(toParam, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.invalidField(
                    "from", org.gongkai.platform.Texts.txt().err_from_after_to());
        }
        String court = courtParam == null || courtParam.isBlank()
                ? null
                : courts.require(courtParam, "court").code();
        return compute(by, from, to, court);
    }

    StatsView compute(By by, LocalDate from, LocalDate to, String court) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> amounts = new HashMap<>();
        String listingsWhere = "e.state <> :revoked" + range("e.decisionDate", from, to) + courtClause(court);
        for (Object[] r : group("DishonestListing", by, "decisionDate", listingsWhere, from, to, court, true)) {
            counts.computeIfAbsent(key(by, r), k -> new long[3])[0] += ((Number) r[r.length - 1]).longValue();
        }
        String removalsWhere = "e.state = :removed" + range("e.removalDate", from, to) + courtClause(court);
        for (Object[] r : group("DishonestListing", by, "removalDate", removalsWhere, from, to, court, false)) {
            counts.computeIfAbsent(key(by, r), k -> new long[3])[1] += ((Number) r[r.length - 1]).longValue();
        }
        long terminations = 0;
        BigDecimal unperformed = BigDecimal.ZERO;
        if (by != By.GROUND) {
            String tWhere = "1 = 1" + range("e.terminationDate", from, to) + courtClause(court);
            for (Object[] r : groupTerminations(by, tWhere, from, to, court)) {
                String k = key(by, java.util.Arrays.copyOf(r, r.length - 1));
                long n = ((Number) r[r.length - 2]).longValue();
                BigDecimal sum = r[r.length - 1] == null ? BigDecimal.ZERO : new BigDecimal(r[r.length - 1].toString());
                counts.computeIfAbsent(k, x -> new long[3])[2] += n;
                amounts.merge(k, sum, BigDecimal::add);
            }
        }
        List<StatsRow> rows = new ArrayList<>();
        if (by == By.MONTH && !counts.isEmpty()) {
            YearMonth first = counts.keySet().stream()
                    .map(YearMonth::parse)
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            YearMonth last = counts.keySet().stream()
                    .map(YearMonth::parse)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            for (YearMonth m = first; !m.isAfter(last) && rows.size() < 1200; m = m.plusMonths(1)) {
                rows.add(row(
                        by, m.toString(), counts.getOrDefault(m.toString(), new long[3]), amounts.get(m.toString())));
            }
        } else {
            counts.forEach((k, c) -> rows.add(row(by, k, c, amounts.get(k))));
            Comparator<StatsRow> order = by == By.GROUND
                    ? Comparator.comparing(StatsRow::key)
                    : Comparator.comparingLong(StatsRow::listings).reversed().thenComparing(StatsRow::key);
            rows.sort(order);
        }
        for (var e : counts.entrySet()) {
            terminations += e.getValue()[2];
        }
        for (BigDecimal a : amounts.values()) {
            unperformed = unperformed.add(a);
        }
        if (by == By.GROUND) {
            // terminations have no ground: totals still report them
            Query tq = query(
                    "select count(e), sum(e.amountUnperformed) from TerminatedCase e where 1 = 1"
                            + range("e.terminationDate", from, to) + courtClause(court),
                    from,
                    to,
                    court);
            Object[] t = (Object[]) tq.getSingleResult();
            terminations = ((Number) t[0]).longValue();
            unperformed = t[1] == null ? BigDecimal.ZERO : new BigDecimal(t[1].toString());
        }
        long listings = rows.stream().mapToLong(StatsRow::listings).sum();
        long removals = rows.stream().mapToLong(StatsRow::removals).sum();

        List<GroundShare> grounds = new ArrayList<>();
        Map<Integer, Long> perGround = new HashMap<>();
        for (Object[] r : group("DishonestListing", By.GROUND, "decisionDate", listingsWhere, from, to, court, true)) {
            perGround.put(((Number) r[0]).intValue(), ((Number) r[1]).longValue());
        }
        long groundTotal =
                perGround.values().stream().mapToLong(Long::longValue).sum();
        for (Ground g : Ground.values()) {
            long n = perGround.getOrDefault(g.number(), 0L);
            grounds.add(new GroundShare(g.number(), g.label(), n, groundTotal == 0 ? 0 : (double) n / groundTotal));
        }

        LocalDate today = clock.today();
        String publicWhere = "e.state in :public and (e.termEnd is null or e.termEnd >= :today)" + courtClause(court);
        Query pq = query("select count(e) from DishonestListing e where " + publicWhere, null, null, court);
        pq.setParameter("public", List.of(DishonestListing.State.LISTED, DishonestListing.State.CORRECTED));
        pq.setParameter("today", today);
        long publicListings = ((Number) pq.getSingleResult()).longValue();
        Query rq = query(
                "select count(e) from ConsumptionRestriction e where e.state = :inForce" + courtClause(court),
                null,
                null,
                court);
        rq.setParameter("inForce", ConsumptionRestriction.State.IN_FORCE);
        long inForce = ((Number) rq.getSingleResult()).longValue();

        Query oq = query(
                "select e.debtor.name, e.debtor.creditCode, count(e) from DishonestListing e where "
                        + publicWhere + " and e.debtor.kind = 'ORGANISATION'" + range("e.decisionDate", from, to)
                        + " group by e.debtor.name, e.debtor.creditCode order by count(e) desc, e.debtor.name",
                from,
                to,
                court);
        oq.setParameter("public", List.of(DishonestListing.State.LISTED, DishonestListing.State.CORRECTED));
        oq.setParameter("today", today);
        List<OrgCount> top = new ArrayList<>();
        for (Object o : oq.setMaxResults(10).getResultList()) {
            Object[] r = (Object[]) o;
            top.add(new OrgCount((String) r[0], (String) r[1], ((Number) r[2]).longValue()));
        }

        Query aq = query(
                "select e.decisionDate, e.removalDate from DishonestListing e where " + removalsWhere, from, to, court);
        aq.setParameter("removed", DishonestListing.State.REMOVED);
        List<Long> listed = spans(aq);
        long n = listed.size();
        long days = listed.stream().mapToLong(Long::longValue).sum();
        Query tdq = query(
                "select e.filingDate, e.terminationDate from TerminatedCase e where 1 = 1"
                        + range("e.terminationDate", from, to) + courtClause(court),
                from,
                to,
                court);
        Durations durations = durations(listed, spans(tdq));
        Double average = n == 0 ? null : Math.round(days * 10.0 / n) / 10.0;
        return new StatsView(
                by.name().toLowerCase(Locale.ROOT),
                from,
                to,
                court,
                new Totals(listings, removals, publicListings, inForce, terminations, unperformed),
                rows,
                grounds,
                top,
                average,
                n,
                durations);
    }

    /** The days between the two dates of each row (rows missing one are left out), sorted. */
    private static List<Long> spans(Query q) {
        List<Long> out = new ArrayList<>();
        try (var stream = q.getResultStream()) {
            for (var it = stream.iterator(); it.hasNext(); ) {
                Object[] r = (Object[]) it.next();
                if (r[0] != null && r[1] != null) {
                    out.add(Math.max(0, ChronoUnit.DAYS.between((LocalDate) r[0], (LocalDate) r[1])));
                }
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    static Durations durations(List<Long> listed, List<Long> toTermination) {
        List<DurationRow> rows = new ArrayList<>();
        int lower = 0;
        for (int i = 0; i <= DURATION_BUCKETS.length; i++) {
            Integer upper = i < DURATION_BUCKETS.length ? DURATION_BUCKETS[i] : null;
            rows.add(new DurationRow(
                    upper == null ? lower + "+" : lower + "-" + upper,
                    lower,
                    upper,
                    count(listed, lower, upper),
                    count(toTermination, lower, upper)));
            lower = upper == null ? lower : upper + 1;
        }
        return new Durations(rows, median(listed), listed.size(), median(toTermination), toTermination.size());
    }

    private static long count(List<Long> days, int lower, Integer upper) {
        return days.stream()
                .filter(d -> d >= lower && (upper == null || d <= upper))
                .count();
    }

    /** The median of sorted values, rounded to whole days; null when there are none. */
    static Long median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int m = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(m) : Math.round((sorted.get(m - 1) + sorted.get(m)) / 2.0);
    }

    private StatsRow row(By by, String key, long[] c, BigDecimal amount) {
        String label = switch (by) {
            case COURT -> courts.courtName(key);
            case GROUND -> key.equals("-") ? "-" : key + " " + Ground.labelOf(Integer.parseInt(key));
            default -> key;
        };
        return new StatsRow(key, label, c[0], c[1], c[2], amount == null ? BigDecimal.ZERO : amount);
    }

    private List<Object[]> group(
            String entity,
            By by,
            String dateField,
            String where,
            LocalDate from,
            LocalDate to,
            String court,
            boolean listings) {
        String g = groupExpr(by, dateField);
        Query q = query(
                "select " + g + ", count(e) from " + entity + " e where " + where + " group by " + g, from, to, court);
        if (listings) {
            q.setParameter("revoked", DishonestListing.State.REVOKED);
        } else {
            q.setParameter("removed", DishonestListing.State.REMOVED);
        }
        return rows(q);
    }

    private List<Object[]> groupTerminations(By by, String where, LocalDate from, LocalDate to, String court) {
        String g = groupExpr(by, "terminationDate");
        Query q = query(
                "select " + g + ", count(e), sum(e.amountUnperformed) from TerminatedCase e where " + where
                        + " group by " + g,
                from,
                to,
                court);
        return rows(q);
    }

    private static String groupExpr(By by, String dateField) {
        return switch (by) {
            case MONTH -> "year(e." + dateField + "), month(e." + dateField + ")";
            case PROVINCE -> "e.province";
            case COURT -> "e.courtCode";
            case GROUND -> "e.ground";
        };
    }

    private static String key(By by, Object[] r) {
        return switch (by) {
            case MONTH -> String.format("%04d-%02d", ((Number) r[0]).intValue(), ((Number) r[1]).intValue());
            case PROVINCE, COURT -> r[0] == null ? "-" : r[0].toString();
            case GROUND -> r[0] == null ? "-" : r[0].toString();
        };
    }

    private static List<Object[]> rows(Query q) {
        List<Object[]> out = new ArrayList<>();
        for (Object o : q.getResultList()) {
            out.add((Object[]) o);
        }
        return out;
    }

    private static Query query(String jpql, LocalDate from, LocalDate to, String court) {
        Query q = Panache.getEntityManager().createQuery(jpql);
        if (from != null && jpql.contains(":from")) {
            q.setParameter("from", from);
        }
        if (to != null && jpql.contains(":to")) {
            q.setParameter("to", to);
        }
        if (court != null && jpql.contains(":court")) {
            q.setParameter("court", court);
        }
        return q;
    }

    private static String range(String field, LocalDate from, LocalDate to) {
        return (from == null ? "" : " and " + field + " >= :from") + (to == null ? "" : " and " + field + " <= :to");
    }

    private static String courtClause(String court) {
        return court == null ? "" : " and e.courtCode = :court";
    }
}
