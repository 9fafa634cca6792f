package org.gongkai.enforcement;

import org.gongkai.platform.ProblemException;
import org.gongkai.platform.Texts;

/**
 * The six grounds for listing a dishonest judgment debtor (法释〔2017〕7号 Art. 1, rules §3.1).
 * Ground 1 has no fixed term; grounds 2–6 list for 24 months, extendable to 60 at most.
 */
public enum Ground {
    REFUSES(1, "有履行能力而拒不履行生效法律文书确定义务"),
    OBSTRUCTS(2, "以伪造证据、暴力、威胁等方法妨碍、抗拒执行"),
    EVADES(3, "以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行"),
    NO_ASSET_REPORT(4, "违反财产报告制度"),
    BREACHES_RESTRICTION(5, "违反限制消费令"),
    BREAKS_SETTLEMENT(6, "无正当理由拒不履行执行和解协议");

    public static final int DEFAULT_TERM_MONTHS = 24;
    public static final int MAX_TERM_MONTHS = 60;

    private final int number;
    private final String label;

    Ground(int number, String label) {
        this.number = number;
        this.label = label;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    public boolean fixedTerm() {
        return number != 1;
    }

    public static Ground of(Integer number, String field) {
        if (number == null) {
            throw ProblemException.invalidField(
                    field, org.gongkai.platform.Texts.txt().err_ground_required());
        }
        for (Ground g : values()) {
            if (g.number == number) {
                return g;
            }
        }
        throw ProblemException.invalidField(
                field, org.gongkai.platform.Texts.txt().err_ground(String.valueOf(number)));
    }

    public static String labelOf(int number) {
        for (Ground g : values()) {
            if (g.number == number) {
                return g.label;
            }
        }
        return String.valueOf(number);
    }

    /**
     * The term in months of a listing on this ground: none for ground 1, 24 by default for
     * grounds 2–6, at most 60.
     */
    public Integer term(Integer requested, String field) {
        if (!fixedTerm()) {
            if (requested != null) {
                throw ProblemException.invalidField(field, Texts.txt().pub_ground1_no_term(label));
            }
            return null;
        }
        int months = requested == null ? DEFAULT_TERM_MONTHS : requested;
        if (months < DEFAULT_TERM_MONTHS || months > MAX_TERM_MONTHS) {
            throw ProblemException.invalidField(
                    field,
                    Texts.txt()
                            .pub_term_range(
                                    String.valueOf(DEFAULT_TERM_MONTHS),
                                    String.valueOf(MAX_TERM_MONTHS),
                                    String.valueOf(months)));
        }
        return months;
    }
}
