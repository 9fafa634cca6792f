package org.gongkai.judgments;

import io.quarkus.qute.TemplateExtension;
import org.gongkai.web.Links;

/** The document's other formats, for the page (URLs from {@link Links}, not typed into templates). */
@TemplateExtension
public class JudgmentLinks {
    private JudgmentLinks() {}

    static String jsonUrl(JudgmentView v) { return Links.judgmentJson(v.id()); }

    static String xmlUrl(JudgmentView v) { return Links.judgmentXml(v.id()); }

    /** The page anchor of paragraph {@code n} (1-based) of a section: the eId of the LegalDocML document. */
    static String paragraphId(JudgmentView.SectionView s, int n) { return LegalDocMl.paragraphId(s.anchor(), n); }
}
