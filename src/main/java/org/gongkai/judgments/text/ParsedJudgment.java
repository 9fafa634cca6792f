package org.gongkai.judgments.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What {@link JudgmentTextParser} found in a judgment text. Fields that could not be found are null
 * (strings, date) or empty (lists).
 *
 * @param title            the published case title (张某与某科技有限公司买卖合同纠纷二审民事判决书) when the text starts
 *                         with one, else the heading court + kind (北京市朝阳区人民法院民事判决书)
 * @param courtName        北京市朝阳区人民法院
 * @param documentKind     判决书, 裁定书, 调解书, 决定书, 通知书, 支付令, …
 * @param caseCategory     刑事, 民事, 行政, 执行, 赔偿: from the heading (刑事附带民事 counts as 刑事), else from the
 *                         case number's type code
 * @param caseNumberText   the case number of the document, as written
 * @param parties          parties and representatives of the parties section; for a criminal text without one,
 *                         the defendants named in the accusation (指控被告人张三、李四犯…)
 * @param sections         in text order, not overlapping; absent sections are not listed
 * @param decisionDate     the date of the signature block
 * @param judges           审判长, 审判员, 代理审判员, 人民陪审员 in signature order
 * @param clerk            书记员
 * @param judicialAssistants 法官助理
 * @param citedLaws        citations in the court's own sections (reasoning, legal basis, operative part, closing);
 *                         when the text has none of these (an excerpt), citations anywhere in it
 * @param charges          criminal charges (盗窃罪), deduplicated: from the operative part, else the accusation
 * @param cause            cause of action of a civil (or enforcement) case, e.g. 买卖合同纠纷
 * @param procedureHint    一审, 二审, 再审, 再审审查, 执行: from the case number's type code, else the title
 * @param titlePrinted     the title is the case title printed above the court line (kept as printed, never
 *                         rebuilt); false when {@code title} is only the court and the document heading
 */
public record ParsedJudgment(
        String title,
        String courtName,
        String documentKind,
        String caseCategory,
        String caseNumberText,
        List<ExtractedParty> parties,
        List<SectionSpan> sections,
        LocalDate decisionDate,
        List<String> judges,
        String clerk,
        List<String> judicialAssistants,
        List<CitedLaw> citedLaws,
        List<String> charges,
        String cause,
        String procedureHint,
        boolean titlePrinted) {

    public ParsedJudgment {
        parties = List.copyOf(parties);
        sections = List.copyOf(sections);
        judges = List.copyOf(judges);
        judicialAssistants = List.copyOf(judicialAssistants);
        citedLaws = List.copyOf(citedLaws);
        charges = List.copyOf(charges);
    }

    /** The span of a section, if the text has it. */
    public Optional<SectionSpan> span(Section s) {
        return sections.stream().filter(span -> span.section() == s).findFirst();
    }

    public boolean has(Section s) {
        return span(s).isPresent();
    }

    /**
     * The text of a section.
     *
     * @param text the text that was parsed
     * @return the section's text, or null when the judgment has no such section
     */
    public String section(Section s, String text) {
        return span(s).map(span -> span.text(text)).orElse(null);
    }

    public List<ExtractedParty> defendants() {
        return parties.stream().filter(ExtractedParty::isDefendant).toList();
    }

    public boolean isCriminal() {
        return "刑事".equals(caseCategory);
    }
}
