package org.gongkai.judgments.text;

import java.util.Objects;

/**
 * One article of a law (or judicial interpretation) cited in a judgment.
 *
 * @param law           full name without 《》, e.g. 中华人民共和国民法典
 * @param article       the article at 条 level in Chinese numerals, e.g. 第五百七十七条 or 第一百三十三条之一
 *                      (款 and 项 are dropped; an article written in Arabic digits is rewritten in Chinese)
 * @param articleNumber the article number, e.g. 577
 */
public record CitedLaw(String law, String article, int articleNumber) {

    public CitedLaw {
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(article, "article");
    }

    /** 《中华人民共和国民法典》第五百七十七条 */
    public String label() {
        return "《" + law + "》" + article;
    }
}
