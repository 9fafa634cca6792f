package org.gongkai.judgments.text;

import static org.gongkai.judgments.text.TextPatterns.compile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Criminal charges (罪名) named after 犯, 以, 构成, 涉嫌: 犯盗窃罪、诈骗罪 → 盗窃罪, 诈骗罪. Names are read against the
 * charge list ({@link org.gongkai.courts.Charges}, issue 13): a combined charge stays whole (走私、贩卖、运输、制造毒品罪,
 * 窝藏、包庇罪), two charges written as one (故意伤害、抢劫罪) are two, the form a court uses for the acts of a
 * combined charge (贩卖、运输毒品罪, 容留卖淫罪) is that charge, and a typo of a listed name (寻衅滋罪) is
 * dropped when the text names a known charge.
 */
public final class Charges {

    /** A charge name: not starting with 罪 (犯罪嫌疑人), and 犯罪所得 may occur inside (掩饰、隐瞒犯罪所得罪). */
    private static final String CHARGE = "[\\u4e00-\\u9fa5、&&[^罪]][\\u4e00-\\u9fa5、]{0,29}?罪(?!所得)";

    private static final Pattern CHARGES = compile("(不)?(?:犯有|犯|构成|涉嫌|以)(" + CHARGE + "(?:[、，,和及]" + CHARGE + ")*)");
    private static final Pattern ONE = compile("[、，,和及]?(" + CHARGE + ")");
    private static final Pattern SEPARATOR = compile("[、，,和及]");
    private static final List<String> NOT_IN_A_CHARGE = List.of(
            "犯", "被告", "指控", "本院", "检察", "法院", "判处", "其行为", "认定", "一案", "构成", "涉嫌", "追究", "数罪", "此罪", "该罪", "本罪", "无罪",
            "有罪", "上述", "公诉", "提起", "应以", "应当", "依法", "刑事责任", "刑罚", "之罪", "其他", "其它", "认罪", "轻罪", "重罪", "何罪", "事实",
            "证据");

    private static final org.gongkai.courts.Charges LIST = org.gongkai.courts.Charges.standard();

    private Charges() {}

    static void collect(String text, int start, int end, Set<String> out) {
        Matcher m = CHARGES.matcher(text).region(start, end);
        int pos = start;
        while (pos < end && m.region(pos, end).find()) {
            boolean any = false;
            if (m.group(1) == null) {
                String group = m.group(2).replaceAll("[\\s\\u3000]+", "");
                List<String> known = split(group);
                if (!known.isEmpty()) {
                    out.addAll(known);
                    any = true;
                } else {
                    Matcher one = ONE.matcher(group);
                    while (one.find()) {
                        String charge = one.group(1);
                        if (valid(charge)) {
                            List<String> listed = split(charge);
                            out.addAll(listed.isEmpty() ? List.of(charge) : listed);
                            any = true;
                        } else if (!any) {
                            break;
                        }
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
        return withoutUnknownIfAnyKnown(out);
    }

    /**
     * A name the list does not know but that is one character away from a listed charge (寻衅滋罪 for
     * 寻衅滋事罪) is a typo of the source: dropped when the text names a known charge. Other names the
     * list does not know (掩饰、隐瞒犯罪所得罪, a short form) are kept.
     */
    static List<String> withoutUnknownIfAnyKnown(Set<String> charges) {
        boolean anyKnown = charges.stream().anyMatch(LIST::isCharge);
        return charges.stream()
                .filter(c -> !anyKnown || LIST.isCharge(c) || !nearlyListed(c))
                .toList();
    }

    private static boolean nearlyListed(String name) {
        for (String charge : LIST.all()) {
            if (Math.abs(charge.length() - name.length()) <= 1 && editDistanceAtMostOne(charge, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean editDistanceAtMostOne(String a, String b) {
        if (a.length() < b.length()) {
            return editDistanceAtMostOne(b, a);
        }
        int i = 0;
        while (i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        // one deletion from a, or one substitution
        return a.substring(i + 1).equals(b.substring(Math.min(i, b.length())))
                || a.length() == b.length() && a.substring(i + 1).equals(b.substring(i + 1));
    }

    /**
     * The charges of a cause field or of one run of names (故意伤害、抢劫罪; 走私、贩卖、运输、制造毒品罪、故意伤害罪;
     * 贩卖、运输毒品罪), each as the charge list names it; empty when the run is not made of known charges.
     */
    public static List<String> split(String names) {
        if (names == null) {
            return List.of();
        }
        String[] parts = SEPARATOR.split(names.replaceAll("[\\s\\u3000]+", ""), -1);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < parts.length) {
            String found = null;
            int next = i;
            // the longest run of parts from i that is one charge (走私、贩卖、运输、制造毒品罪 is four parts)
            for (int j = parts.length; j > i && found == null; j--) {
                String run = String.join("、", java.util.Arrays.asList(parts).subList(i, j));
                Optional<String> charge = chargeOf(run);
                if (charge.isPresent()) {
                    found = charge.get();
                    next = j;
                }
            }
            if (found == null) {
                return List.of();
            }
            if (!out.contains(found)) {
                out.add(found);
            }
            i = next;
        }
        return out;
    }

    /** The listed charge a run names: itself, itself + 罪, or a combined charge it names some acts of. */
    private static Optional<String> chargeOf(String run) {
        if (run.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> direct = LIST.canonical(run);
        if (direct.isPresent()) {
            return direct; // 故意伤害 of 故意伤害、抢劫罪 shares the final 罪
        }
        return run.endsWith("罪") ? combinedOf(run) : Optional.empty();
    }

    /**
     * 贩卖、运输毒品罪 → 走私、贩卖、运输、制造毒品罪: a listed charge of two-character acts and one object
     * (走私、贩卖、运输、制造 + 毒品罪) of which the run names some acts and the same object.
     */
    private static Optional<String> combinedOf(String run) {
        String[] acts = run.split("、");
        String lastAct = acts[acts.length - 1];
        for (Combined c : COMBINED) {
            if (!lastAct.endsWith(c.object()) || lastAct.length() != c.object().length() + 2) {
                continue;
            }
            boolean allActs = c.verbs().contains(lastAct.substring(0, 2));
            for (int k = 0; k < acts.length - 1 && allActs; k++) {
                allActs = c.verbs().contains(acts[k]);
            }
            if (allActs) {
                return Optional.of(c.charge());
            }
        }
        return Optional.empty();
    }

    /** A listed charge of two-character acts and one object: 走私、贩卖、运输、制造毒品罪 → acts and 毒品罪. */
    private record Combined(String charge, String object, Set<String> verbs) {}

    /** The combined charges of the list, in its order, taken apart once (issue 16: not for every run of every text). */
    private static final List<Combined> COMBINED = combinedCharges();

    private static List<Combined> combinedCharges() {
        List<Combined> out = new ArrayList<>();
        for (String charge : LIST.all()) {
            String[] parts = charge.split("、");
            if (parts.length < 2) {
                continue;
            }
            String last = parts[parts.length - 1];
            if (last.length() <= 2
                    || java.util.Arrays.stream(parts, 0, parts.length - 1).anyMatch(p -> p.length() != 2)) {
                continue;
            }
            Set<String> verbs =
                    new LinkedHashSet<>(java.util.Arrays.asList(parts).subList(0, parts.length - 1));
            verbs.add(last.substring(0, 2));
            out.add(new Combined(charge, last.substring(2), Set.copyOf(verbs)));
        }
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
