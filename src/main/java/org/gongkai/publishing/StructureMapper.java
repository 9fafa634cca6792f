package org.gongkai.publishing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.judgments.JudgmentStructure;
import org.gongkai.judgments.text.CitedLaw;
import org.gongkai.judgments.text.ExtractedParty;
import org.gongkai.judgments.text.ParsedJudgment;
import org.gongkai.judgments.text.SectionSpan;

/** Turns the text parser's output on the PUBLIC text into the stored {@link JudgmentStructure}. */
final class StructureMapper {
    private StructureMapper() {}

    static JudgmentStructure from(ParsedJudgment p, String publicText) {
        List<JudgmentStructure.SectionRef> sections = new ArrayList<>();
        for (SectionSpan s : p.sections()) {
            sections.add(new JudgmentStructure.SectionRef(
                    s.section().anchor(), s.section().label(), s.start(), s.end()));
        }
        Set<String> lawyers = new LinkedHashSet<>();
        Set<String> firms = new LinkedHashSet<>();
        for (ExtractedParty party : p.parties()) {
            if (party.lawFirm() != null && !party.lawFirm().isBlank()) {
                lawyers.add(party.name());
                firms.add(party.lawFirm());
            }
        }
        List<JudgmentStructure.Law> laws = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (CitedLaw l : p.citedLaws()) {
            if (seen.add(l.law() + "|" + l.article())) {
                laws.add(new JudgmentStructure.Law(l.law(), l.article(), l.articleNumber()));
            }
        }
        return new JudgmentStructure(
                sections,
                nn(p.judges()),
                p.clerk(),
                nn(p.judicialAssistants()),
                List.copyOf(lawyers),
                List.copyOf(firms),
                laws,
                nn(p.charges()),
                p.title());
    }

    private static List<String> nn(List<String> l) {
        return l == null ? List.of() : List.copyOf(l);
    }
}
