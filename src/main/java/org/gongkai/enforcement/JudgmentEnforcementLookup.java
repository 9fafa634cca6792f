package org.gongkai.enforcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.judgments.JudgmentService;
import org.gongkai.judgments.JudgmentView;
import org.gongkai.platform.Links;
import org.gongkai.platform.Texts;

/**
 * Tells a judgment page what became of the judgment in enforcement, from the public records
 * whose basis document is the judgment's case number. State, most telling first: DISHONEST
 * (被列为失信被执行人), PERFORMED (已履行), RESTRICTED (限制消费), TERMINATED (终结本次执行); the
 * label lists every one that applies.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JudgmentEnforcementLookup implements JudgmentService.EnforcementLookup {
    @Inject
    EnforcementSearch search;

    @Inject
    EnforcementFilters filters;

    @Override
    public Optional<JudgmentView.EnforcementSummary> forBasis(String judgmentCaseNumber) {
        if (judgmentCaseNumber == null || judgmentCaseNumber.isBlank()) {
            return Optional.empty();
        }
        String canonical = filters.canonical(judgmentCaseNumber).orElse(judgmentCaseNumber.strip());
        EnforcementSearch.BasisRecords r = search.forBasis(canonical);
        List<String> states = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        if (!r.dishonest().isEmpty()) {
            states.add("DISHONEST");
            labels.add(Texts.label("enfState", "DISHONEST"));
        }
        if (r.performed() && r.dishonest().isEmpty()) {
            states.add("PERFORMED");
            labels.add(Texts.label("enfState", "PERFORMED"));
        }
        if (!r.restrictions().isEmpty()) {
            states.add("RESTRICTED");
            labels.add(Texts.label("enfState", "RESTRICTED"));
        }
        if (!r.terminations().isEmpty()) {
            states.add("TERMINATED");
            labels.add(Texts.label("enfState", "TERMINATED"));
        }
        if (states.isEmpty()) {
            return Optional.empty();
        }
        Set<String> cases = new LinkedHashSet<>();
        r.dishonest().forEach(d -> cases.add(d.caseNumber()));
        r.restrictions().forEach(d -> cases.add(d.caseNumber()));
        r.terminations().forEach(d -> cases.add(d.caseNumber()));
        return Optional.of(new JudgmentView.EnforcementSummary(
                states.get(0),
                String.join(Texts.msg().list_separator(), labels),
                List.copyOf(cases),
                Links.enforcementForBasis(canonical)));
    }
}
