package org.gongkai.judgments;

import java.util.List;

/**
 * What the text parser extracted from a judgment's PUBLIC text, stored as JSON beside it:
 * section spans (offsets into the public text), court staff, lawyers, cited laws, charges.
 */
public record JudgmentStructure(
        List<SectionRef> sections,
        List<String> judges,
        String clerk,
        List<String> judicialAssistants,
        List<String> lawyers,
        List<String> lawFirms,
        List<Law> laws,
        List<String> charges,
        String parsedTitle) {

    public record SectionRef(String anchor, String label, int start, int end) {}

    public record Law(String law, String article, int number) {
        public String label() {
            return "《" + law + "》" + (article == null ? "" : article);
        }

        public String lawAndArticle() {
            return law + (article == null ? "" : article);
        }
    }

    public static JudgmentStructure empty() {
        return new JudgmentStructure(
                List.of(), List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }
}
