package org.gongkai.judgments.text;

/**
 * The sections of a Chinese judgment document, in the order in which they appear
 * (SPC drafting norm; see {@code spec/judgment-structure.md}).
 */
public enum Section {
    TITLE("标题", "title"),
    PARTIES("当事人", "parties"),
    HISTORY("审理经过", "history"),
    CLAIMS("诉辩意见", "claims"),
    FACTS("查明事实", "facts"),
    REASONING("本院认为", "reasoning"),
    LEGAL_BASIS("裁判依据", "legal-basis"),
    OPERATIVE("裁判主文", "operative"),
    CLOSING("尾部", "closing"),
    SIGNATURES("落款", "signatures");

    private final String label;
    private final String anchor;

    Section(String label, String anchor) {
        this.label = label;
        this.anchor = anchor;
    }

    /** Chinese label for the page outline, e.g. 当事人. */
    public String label() {
        return label;
    }

    /** HTML anchor / index field suffix, e.g. {@code parties}. */
    public String anchor() {
        return anchor;
    }
}
