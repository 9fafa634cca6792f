package org.gongkai.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.courts.CourtService;
import org.gongkai.judgments.Judgment;
import org.gongkai.platform.ClockProducer;

/**
 * Publication deadlines (rule 1.3: within 7 working days after the document takes effect):
 * which documents were published late, per court, for court staff and statistics.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Timeliness {
    public record CourtLine(String court, String courtName, long published, long late, double lateShare) {}

    public record LateDocument(long id, String caseNumber, LocalDate effectiveDate, LocalDate deadline,
                               LocalDate publishedOn, int workingDaysLate) {}

    @Inject
    EntityManager em;
    @Inject
    CourtService courts;

    /** Published (or stubbed) documents and how many were late, per court; {@code court} null = all courts. */
    public List<CourtLine> perCourt(String court) {
        List<Object[]> rows = em.createQuery("select j.courtCode, j.publishedAt, j.publishDeadline from Judgment j "
                        + "where j.publishedAt is not null and j.publishDeadline is not null"
                        + (court == null ? "" : " and j.courtCode = :c"), Object[].class)
                .setParameter("c", court == null ? "" : court).getResultList();
        java.util.Map<String, long[]> counts = new java.util.TreeMap<>();
        for (Object[] r : rows) {
            long[] c = counts.computeIfAbsent((String) r[0], k -> new long[2]);
            c[0]++;
            LocalDate publishedOn = ((java.time.Instant) r[1]).atZone(ClockProducer.CHINA).toLocalDate();
            if (publishedOn.isAfter((LocalDate) r[2])) {
                c[1]++;
            }
        }
        List<CourtLine> out = new ArrayList<>();
        counts.forEach((code, c) -> out.add(new CourtLine(code, courts.courtName(code), c[0], c[1],
                c[0] == 0 ? 0 : Math.round(1000.0 * c[1] / c[0]) / 1000.0)));
        return out;
    }

    /** The late documents of one court, newest first. */
    public List<LateDocument> late(String court, int limit) {
        List<Judgment> list = Judgment.find("courtCode = ?1 and publishedAt is not null and publishDeadline is not null"
                + " order by id desc", court).page(0, 5000).list();
        List<LateDocument> out = new ArrayList<>();
        for (Judgment j : list) {
            LocalDate on = j.publishedAt.atZone(ClockProducer.CHINA).toLocalDate();
            if (on.isAfter(j.publishDeadline)) {
                out.add(new LateDocument(j.id, j.caseNumber, j.effectiveDate, j.publishDeadline, on,
                        org.gongkai.platform.WorkingDays.standard().workingDaysBetween(j.publishDeadline, on)));
                if (out.size() >= limit) {
                    break;
                }
            }
        }
        return out;
    }
}
