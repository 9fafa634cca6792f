package org.gongkai.changes;

import java.util.Locale;

/**
 * Why a record was corrected or left the public, as a category only: the court's own words can name
 * people, so the change feed and the takedown register carry this category and never the text.
 */
public enum ReasonCategory {
    // judgments (rule 1.8: withdrawn, corrected, republished)
    PRIVACY,
    ERROR,
    NOT_FOR_PUBLICATION,
    CORRECTION,
    PUBLICATION_RULE,
    // dishonest-debtor listings (法释〔2017〕7号 Art. 10)
    PERFORMED,
    SETTLEMENT_PERFORMED,
    CREDITOR_APPLIED,
    NO_ASSETS,
    SUSPENDED,
    ENFORCEMENT_ENDED,
    TERM_EXPIRED,
    REVOKED,
    OTHER;

    /** In the page's language (message {@code reason_<CATEGORY>}). */
    public String label() {
        return org.gongkai.platform.Texts.label("reason", name());
    }

    /** The category a court named (code, any case), or null when {@code code} names none. */
    public static ReasonCategory parse(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The category of a judgment's withdrawal read from the court's free-text reason when it named
     * none. Privacy first: a reason that mentions personal data is filed under PRIVACY even when it
     * also says the document was wrong.
     */
    public static ReasonCategory ofWithdrawal(String reason) {
        String r = reason == null ? "" : reason;
        if (containsAny(r, "隐私", "个人信息", "身份证", "住址", "电话", "未成年", "当事人申请", "姓名", "被害人")) {
            return PRIVACY;
        }
        if (containsAny(r, "国家秘密", "涉密", "不宜公开", "不宜在互联网", "不应公开", "不予公开", "商业秘密", "离婚", "调解")) {
            return NOT_FOR_PUBLICATION;
        }
        if (containsAny(r, "错误", "有误", "笔误", "错", "更正", "重复", "误传", "误发")) {
            return ERROR;
        }
        return OTHER;
    }

    private static boolean containsAny(String s, String... words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
