package org.gongkai.judgments.text;

import static org.gongkai.judgments.text.TextPatterns.compile;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Criminal charges (罪名) named after 犯, 以, 构成, 涉嫌: 犯盗窃罪、诈骗罪 → 盗窃罪, 诈骗罪. */
final class Charges {

    /** A charge name: not starting with 罪 (犯罪嫌疑人), and 犯罪所得 may occur inside (掩饰、隐瞒犯罪所得罪). */
    private static final String CHARGE = "[\\u4e00-\\u9fa5、&&[^罪]][\\u4e00-\\u9fa5、]{0,29}?罪(?!所得)";
    private static final Pattern CHARGES = compile(
            "(不)?(?:犯有|犯|构成|涉嫌|以)(" + CHARGE + "(?:[、，,和及]" + CHARGE + ")*)");
    private static final Pattern ONE = compile("[、，,和及]?(" + CHARGE + ")");
    private static final List<String> NOT_IN_A_CHARGE = List.of("犯", "被告", "指控", "本院", "检察", "法院", "判处",
            "其行为", "认定", "一案", "构成", "涉嫌", "追究", "数罪", "此罪", "该罪", "本罪", "无罪", "有罪", "上述", "公诉",
            "提起", "应以", "应当", "依法", "刑事责任", "刑罚", "之罪", "其他", "其它", "认罪", "轻罪", "重罪", "何罪", "事实", "证据");

    private Charges() {
    }

    static void collect(String text, int start, int end, Set<String> out) {
        Matcher m = CHARGES.matcher(text).region(start, end);
        int pos = start;
        while (pos < end && m.region(pos, end).find()) {
            boolean any = false;
            if (m.group(1) == null) {
                Matcher one = ONE.matcher(m.group(2));
                while (one.find()) {
                    String charge = one.group(1).replaceAll("[\\s\\u3000]+", "");
                    if (valid(charge)) {
                        out.add(charge);
                        any = true;
                    } else if (!any) {
                        break;
                    }
                }
            }
            // an invalid first name may hide a real one behind it: 以被告人张三犯盗窃罪 → try again from 被
            pos = any || m.group(1) != null ? m.end() : m.start() + 1;
        }
    }

    static List<String> in(String text, int start, int end) {
        Set<String> out = new LinkedHashSet<>();
        collect(text, start, end, out);
        return List.copyOf(out);
    }

    private static boolean valid(String charge) {
        if (charge.length() < 3 || charge.length() > 30 || charge.endsWith("、罪") || charge.startsWith("罪")) {
            return false;
        }
        String withoutProceeds = charge.replace("犯罪所得", "");
        for (String bad : NOT_IN_A_CHARGE) {
            if (withoutProceeds.contains(bad)) {
                return false;
            }
        }
        return true;
    }
}
