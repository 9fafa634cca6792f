package org.gongkai.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.courts.CourtService;
import org.gongkai.platform.ClockProducer;
import org.gongkai.platform.WorkingDays;

/**
 * Publication deadlines (rule 1.3: within 7 working days after the document takes effect):
 * which documents were published late, per court, for court staff and statistics.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Timeliness {
    public record CourtLine(String court, String courtName, long published, long late, double lateShare) {}

    public record LateDocument(
            long id,
            String caseNumber,
            LocalDate effectiveDate,
            LocalDate deadline,
            LocalDate publishedOn,
            int workingDaysLate) {}

    private static final int PAGE = 1000;

    @Inject
    EntityManager em;

    @Inject
    CourtService courts;

    /** Published (or stubbed) documents and how many were late, per court; {@code court} null = all courts. */
    public List<CourtLine> perCourt(String court) {
        // three columns per document, never the documents themselves (their texts are large)
        var query = em.createQuery(
                "select j.courtCode, j.publishedAt, j.publishDeadline from Judgment j "
                        + "where j.publishedAt is not null and j.publishDeadline is not null"
                        + (court == null ? "" : " and j.courtCode = :c"),
                Object[].class);
        if (court != null) {
            query.setParameter("c", court);
        }
        List<Object[]> rows = query.getResultList();
        java.util.Map<String, long[]> counts = new java.util.TreeMap<>();
        for (Object[] r : rows) {
            long[] c = counts.computeIfAbsent((String) r[0], k -> new long[2]);
            c[0]++;
            if (publishedOn((java.time.Instant) r[1]).isAfter((LocalDate) r[2])) {
                c[1]++;
            }
        }
        List<CourtLine> out = new ArrayList<>();
        counts.forEach((code, c) -> out.add(new CourtLine(
                code, courts.courtName(code), c[0], c[1], c[0] == 0 ? 0 : Math.round(1000.0 * c[1] / c[0]) / 1000.0)));
        return out;
    }

    /** Working days from effect to publication of every published document with both dates, per court. */
    public java.util.Map<String, List<Integer>> delaysPerCourt() {
        java.util.Map<String, List<Integer>> out = new java.util.HashMap<>();
        for (Object[] r : em.createQuery(
                        "select j.courtCode, j.effectiveDate, j.publishedAt from Judgment j"
                                + " where j.publishedAt is not null and j.effectiveDate is not null and j.publishDeadline is not null",
                        Object[].class)
                .getResultList()) {
            out.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                    .add(delay((LocalDate) r[1], (java.time.Instant) r[2]));
        }
        return out;
    }

    private static int delay(LocalDate effective, java.time.Instant published) {
        return Math.max(0, WorkingDays.standard().workingDaysBetween(effective, publishedOn(published)));
    }

    /** The median of a list of day counts (the mean of the two middle ones when even), null when empty. */
    public static Double median(List<Integer> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        List<Integer> v = values.stream().sorted().toList();
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2.0;
    }

    /**
     * The late documents of one court, newest first, at most {@code limit}. Reads the five columns it
     * shows, a page at a time, until it has found enough (not the full documents).
     */
    public List<LateDocument> late(String court, int limit) {
        List<LateDocument> out = new ArrayList<>();
        long below = Long.MAX_VALUE;
        while (out.size() < limit) {
            List<Object[]> page = em.createQuery(
                            "select j.id, j.caseNumber, j.effectiveDate, j.publishDeadline, j.publishedAt"
                                    + " from Judgment j where j.courtCode = :c and j.id < :below and j.publishedAt is not null"
                                    + " and j.publishDeadline is not null order by j.id desc",
                            Object[].class)
                    .setParameter("c", court)
                    .setParameter("below", below)
                    .setMaxResults(PAGE)
                    .getResultList();
            for (Object[] r : page) {
                LocalDate deadline = (LocalDate) r[3];
                LocalDate on = publishedOn((java.time.Instant) r[4]);
                if (on.isAfter(deadline) && out.size() < limit) {
                    out.add(new LateDocument(
                            (Long) r[0],
                            (String) r[1],
                            (LocalDate) r[2],
                            deadline,
                            on,
                            WorkingDays.standard().workingDaysBetween(deadline, on)));
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            below = (Long) page.get(page.size() - 1)[0];
        }
        return out;
    }

    private static LocalDate publishedOn(java.time.Instant at) {
        return at.atZone(ClockProducer.CHINA).toLocalDate();
    }
}
