package org.gongkai.enforcement;

import java.util.Locale;

/**
 * The grounds for delisting (法释〔2017〕7号 Art. 10, rules §3.3). A removal request names one by
 * code or label, or gives free text; {@link #performed()} grounds also lift the consumption
 * restriction that came with the listing (rules §3.5: lifted when the debtor performs).
 */
public enum RemovalReason {
    PERFORMED("被执行人已履行生效法律文书确定的义务或者人民法院已执行完毕", true),
    SETTLEMENT_PERFORMED("当事人达成执行和解协议且已履行完毕", true),
    CREDITOR_APPLIED("申请执行人书面申请删除失信信息，人民法院审查同意", false),
    NO_ASSETS("终结本次执行程序后，通过网络执行查控系统查询被执行人财产两次以上未发现有可供执行财产", false),
    SUSPENDED("因审判监督或破产程序，人民法院依法裁定对失信被执行人中止执行", false),
    ENFORCEMENT_ENDED("人民法院依法裁定不予执行或终结执行", false),
    TERM_EXPIRED("失信期限届满", false);

    private final String label;
    private final boolean performed;

    RemovalReason(String label, boolean performed) {
        this.label = label;
        this.performed = performed;
    }

    public String label() {
        return label;
    }

    public boolean performed() {
        return performed;
    }

    /** The reason text to store: the label for a known code or label, else the free text as given. */
    public static String text(String input) {
        RemovalReason r = match(input);
        return r == null ? input.strip() : r.label;
    }

    /** The known ground named by code (PERFORMED) or label; null for free text. */
    public static RemovalReason match(String input) {
        if (input == null) {
            return null;
        }
        String s = input.strip();
        for (RemovalReason r : values()) {
            if (r.name().equals(s.toUpperCase(Locale.ROOT)) || r.label.equals(s)) {
                return r;
            }
        }
        return null;
    }

    /** Whether a free-text or coded reason says the debtor performed (已履行 / 履行完毕 / 执行完毕). */
    public static boolean saysPerformed(String input) {
        RemovalReason r = match(input);
        if (r != null) {
            return r.performed;
        }
        return input != null && (input.contains("已履行") || input.contains("履行完毕") || input.contains("执行完毕"));
    }
}
