package org.gongkai.judgments;

import io.quarkus.qute.TemplateExtension;

/** Display helpers of the judgment page that belong to the judgment's structure. */
@TemplateExtension
public class JudgmentLinks {
    private JudgmentLinks() {}

    /** The page anchor of paragraph {@code n} (1-based) of a section: the eId of the LegalDocML document. */
    static String paragraphId(JudgmentView.SectionView s, int n) {
        return LegalDocMl.paragraphId(s.anchor(), n);
    }
}
