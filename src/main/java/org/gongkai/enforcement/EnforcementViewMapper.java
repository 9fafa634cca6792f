package org.gongkai.enforcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.courts.CourtService;
import org.gongkai.enforcement.EnforcementViews.DishonestView;
import org.gongkai.enforcement.EnforcementViews.RestrictionView;
import org.gongkai.enforcement.EnforcementViews.TerminationView;
import org.gongkai.platform.Links;
import org.gongkai.platform.MutableClock;

/** Maps enforcement records to the public views ({@link EnforcementViews}): public fields only, ID numbers masked. */
@ApplicationScoped
public class EnforcementViewMapper {
    @Inject
    CourtService courts;

    @Inject
    MutableClock clock;

    DishonestView view(DishonestListing l, LocalDate today) {
        return view(l, today, true);
    }

    /** {@code withAge}: false for the change feed's canonical record (the age changes on a birthday, not with the listing). */
    DishonestView view(DishonestListing l, LocalDate today, boolean withAge) {
        Debtor d = l.debtor;
        return new DishonestView(
                l.id,
                l.caseNumber,
                courts.courtName(l.courtCode),
                l.courtCode,
                l.province,
                d.name,
                d.kind,
                IdNumbers.mask(d.idMasked),
                d.creditCode,
                d.sex,
                withAge ? IdNumbers.publicAge(d.birthDate, today) : null,
                d.legalRepresentative,
                l.ground,
                Ground.labelOf(l.ground),
                l.decisionDate,
                l.termMonths,
                l.termEnd,
                l.basisDocumentNumber,
                l.basisIssuer,
                l.obligation,
                l.performance,
                l.conduct,
                l.amount,
                l.filingDate,
                l.publishedAt.atZone(clock.getZone()).toLocalDate(),
                l.state.name(),
                Links.dishonest(l.id));
    }

    RestrictionView view(ConsumptionRestriction r) {
        List<RestrictedAct> acts = RestrictedAct.load(r.restrictedActs);
        return new RestrictionView(
                r.id,
                r.caseNumber,
                courts.courtName(r.courtCode),
                r.courtCode,
                r.province,
                r.debtor.name,
                r.debtor.kind,
                IdNumbers.mask(r.debtor.idMasked),
                r.debtor.creditCode,
                r.restrictedPerson,
                r.filingDate,
                r.issueDate,
                r.publishedAt.atZone(clock.getZone()).toLocalDate(),
                acts.stream().map(RestrictedAct::shortLabel).toList(),
                orderText(r, acts),
                r.basisDocumentNumber,
                r.state.name());
    }

    TerminationView view(TerminatedCase t) {
        return new TerminationView(
                t.id,
                t.caseNumber,
                courts.courtName(t.courtCode),
                t.courtCode,
                t.province,
                t.debtor.name,
                t.debtor.kind,
                IdNumbers.mask(t.debtor.idMasked),
                t.debtor.creditCode,
                t.filingDate,
                t.terminationDate,
                t.amountUnperformed,
                t.basisDocumentNumber,
                t.publishedAt.atZone(clock.getZone()).toLocalDate());
    }

    private String orderText(ConsumptionRestriction r, List<RestrictedAct> acts) {
        StringBuilder sb = new StringBuilder();
        sb.append("本院于").append(r.issueDate).append("对被执行人").append(r.debtor.name);
        if (r.restrictedPerson != null && r.debtor.isOrganisation()) {
            sb.append("及其法定代表人（主要负责人）").append(r.restrictedPerson);
        }
        sb.append("采取限制消费措施，限制其实施以下高消费及非生活和工作必需的消费行为：");
        for (int i = 0; i < acts.size(); i++) {
            sb.append('（')
                    .append(i + 1)
                    .append('）')
                    .append(acts.get(i).label())
                    .append(i == acts.size() - 1 ? "。" : "；");
        }
        return sb.toString();
    }
}
