package org.gongkai.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.courts.Court;
import org.gongkai.courts.CourtService;
import org.gongkai.judgments.Judgment;

/**
 * How completely and how fast each court publishes (issue 15), from what the portal already records: cases closed in
 * the process channel and whether a judgment of each was published (in full or, where rule 1.2 says so, as a stub);
 * the 7-working-day rule (rule 1.3) and the delay from {@link Timeliness}; documents not published in full by rule 1.2
 * category. Per court and per province; courts ranked by completeness.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CourtCompleteness {
    /** Rule 1.2 categories of documents not published in full (PublicationRules' rule codes). */
    public static final Map<String, String> REASONS = reasons();

    /**
     * One court or province. {@code completeness}: closed cases with a published judgment ÷ closed cases (null without
     * closed cases); {@code onTimeShare}: published within 7 working days of effect; {@code withheldShare}: documents
     * decided that were stubbed or withheld; {@code withheldByReason}: their counts per rule code.
     */
    public record Row(
            String code,
            String name,
            String province,
            long casesClosed,
            long closedWithJudgment,
            Double completeness,
            long published,
            long onTime,
            Double onTimeShare,
            Double medianDelayWorkingDays,
            long decided,
            long withheld,
            Double withheldShare,
            Map<String, Long> withheldByReason) {}

    public record Report(List<Row> courts, List<Row> provinces, Map<String, String> reasons) {}

    @Inject
    EntityManager em;

    @Inject
    CourtService courts;

    @Inject
    Timeliness timeliness;

    public Report report() {
        Map<String, long[]> closed = new TreeMap<>(); // court → [closed, closed with a published judgment]
        for (Object[] r : em.createQuery(
                        "select c.courtCode, count(c) from CourtCase c where c.closingDate is not null"
                                + " group by c.courtCode",
                        Object[].class)
                .getResultList()) {
            closed.computeIfAbsent((String) r[0], k -> new long[2])[0] = (Long) r[1];
        }
        for (Object[] r : em.createQuery(
                        "select c.courtCode, count(distinct c.id) from Judgment j join j.courtCase c"
                                + " where c.closingDate is not null and j.status in ?1 group by c.courtCode",
                        Object[].class)
                .setParameter(1, List.of(Judgment.Status.PUBLISHED, Judgment.Status.REPUBLISHED, Judgment.Status.STUB))
                .getResultList()) {
            closed.computeIfAbsent((String) r[0], k -> new long[2])[1] = (Long) r[1];
        }
        Map<String, Map<String, Long>> reasons = new HashMap<>();
        Map<String, long[]> decided = new TreeMap<>(); // court → [decided, withheld or stub]
        for (Object[] r : em.createQuery(
                        "select j.courtCode, j.status, j.ruleCode, count(j) from Judgment j"
                                + " where j.status <> ?1 group by j.courtCode, j.status, j.ruleCode",
                        Object[].class)
                .setParameter(1, Judgment.Status.DRAFT)
                .getResultList()) {
            String court = (String) r[0];
            Judgment.Status status = (Judgment.Status) r[1];
            long n = (Long) r[3];
            long[] d = decided.computeIfAbsent(court, k -> new long[2]);
            d[0] += n;
            if (status == Judgment.Status.STUB || status == Judgment.Status.WITHHELD) {
                d[1] += n;
                String rule = r[2] == null ? "OTHER" : (String) r[2];
                reasons.computeIfAbsent(court, k -> new TreeMap<>())
                        .merge(REASONS.containsKey(rule) ? rule : "OTHER", n, Long::sum);
            }
        }
        Map<String, Timeliness.CourtLine> onTime = new HashMap<>();
        for (Timeliness.CourtLine l : timeliness.perCourt(null)) {
            onTime.put(l.court(), l);
        }
        java.util.Set<String> codes = new java.util.TreeSet<>();
        codes.addAll(closed.keySet());
        codes.addAll(decided.keySet());
        codes.addAll(onTime.keySet());
        Map<String, List<Integer>> delays = timeliness.delaysPerCourt();
        List<Row> rows = new ArrayList<>();
        Map<String, Acc> byProvince = new TreeMap<>();
        for (String code : codes) {
            Court court = courts.byCode(code).orElse(null);
            String province = court == null || court.province() == null ? "（未知）" : court.province();
            Acc a = new Acc();
            long[] c = closed.getOrDefault(code, new long[2]);
            long[] d = decided.getOrDefault(code, new long[2]);
            Timeliness.CourtLine t = onTime.get(code);
            a.closed = c[0];
            a.closedWith = c[1];
            a.decided = d[0];
            a.withheld = d[1];
            a.published = t == null ? 0 : t.published();
            a.late = t == null ? 0 : t.late();
            a.reasons.putAll(reasons.getOrDefault(code, Map.of()));
            a.delays.addAll(delays.getOrDefault(code, List.of()));
            rows.add(a.row(code, court == null ? code : court.name(), province));
            byProvince.computeIfAbsent(province, k -> new Acc()).add(a);
        }
        List<Row> provinces = new ArrayList<>();
        byProvince.forEach((p, a) -> provinces.add(a.row(null, p, p)));
        Comparator<Row> rank = Comparator.comparing((Row r) -> r.completeness() == null ? -1 : r.completeness())
                .reversed()
                .thenComparing(Comparator.comparingLong(Row::published).reversed())
                .thenComparing(Row::name);
        rows.sort(rank);
        provinces.sort(rank);
        return new Report(rows, provinces, REASONS);
    }

    /** Counts of a court, or summed over a province's courts. */
    private static final class Acc {
        long closed, closedWith, decided, withheld, published, late;
        final Map<String, Long> reasons = new TreeMap<>();
        final List<Integer> delays = new ArrayList<>();

        void add(Acc a) {
            closed += a.closed;
            closedWith += a.closedWith;
            decided += a.decided;
            withheld += a.withheld;
            published += a.published;
            late += a.late;
            a.reasons.forEach((k, v) -> reasons.merge(k, v, Long::sum));
            delays.addAll(a.delays);
        }

        Row row(String code, String name, String province) {
            return new Row(
                    code,
                    name,
                    province,
                    closed,
                    closedWith,
                    share(closedWith, closed),
                    published,
                    published - late,
                    share(published - late, published),
                    Timeliness.median(delays),
                    decided,
                    withheld,
                    share(withheld, decided),
                    new LinkedHashMap<>(reasons));
        }
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
    }

    private static Map<String, String> reasons() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("STATE_SECRET", "涉及国家秘密");
        m.put("MINOR_DEFENDANT", "未成年人犯罪");
        m.put("MEDIATION", "调解结案");
        m.put("FAMILY", "离婚、抚养、监护");
        m.put("COURT_DECISION", "法院认为不宜公布");
        m.put("OTHER", "其他");
        return java.util.Collections.unmodifiableMap(m);
    }
}
