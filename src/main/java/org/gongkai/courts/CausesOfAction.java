package org.gongkai.courts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the cause of action a court sends (issue 9: a cause is checked against the cause and
 * charge lists; free text only with a flag, and then de-identified). A cause is recognised when the
 * whole value is one or more entries of a list, separated by 、，；or 和/及 (several charges, or
 * several civil causes, in one case):
 * <ul>
 * <li>a civil cause of action of any version of the 民事案件案由规定, or a former name of one
 * ({@link Causes});</li>
 * <li>a criminal charge with or without the final 罪 ({@link Charges}), including the selective form of a
 * combined charge: 走私、贩卖、运输、制造毒品罪 is also written 贩卖毒品罪 or 贩卖、运输毒品罪 (选择性罪名);</li>
 * <li>in an administrative or state-compensation case, a value that ends with a kind of administrative
 * act of the 行政案件案由 (法发〔2020〕44号: 行政处罚, 行政许可, 政府信息公开, 工伤认定 …; the list is
 * unconfirmed, kept short and easy to change). The field of administration before it (治安管理…) is
 * open text, so such a cause is de-identified like free text.</li>
 * </ul>
 * Pure and thread-safe.
 */
public final class CausesOfAction {
    public enum Kind {
        CIVIL,
        CRIMINAL,
        /** Ends with a kind of administrative act; what precedes it is open text (de-identify it). */
        ADMINISTRATIVE
    }

    private static final String SEPARATOR_CHARS = "、，,；; \t和及与";
    private static final int MAX_LENGTH = 200;
    /** No list entry is longer (the longest charges and causes have about 30 characters). */
    private static final int MAX_ENTRY = 40;
    /** Kinds of administrative act that end an administrative cause (unconfirmed wording, after 法发〔2020〕44号). */
    private static final List<String> ADMINISTRATIVE_ACTS = List.of(
            "行政处罚", "行政拘留", "罚款", "行政强制措施", "行政强制执行", "强制拆除", "行政强制", "行政许可", "行政征收", "行政征用", "房屋征收", "土地征收", "征收补偿",
            "行政登记", "不动产登记", "婚姻登记", "行政确认", "工伤认定", "行政给付", "行政允诺", "行政征缴", "行政奖励", "行政收费", "政府信息公开", "信息公开", "行政批复",
            "行政处理", "行政复议", "行政裁决", "行政协议", "行政补偿", "行政赔偿", "不履行法定职责", "不履行职责", "行政监督", "行政检查", "行政命令", "行政指导", "行政规划",
            "行政合同");

    private static final Pattern ADMINISTRATIVE_FIELD = Pattern.compile("[\\u4e00-\\u9fa5（）()、]{0,24}");

    private final Causes causes;
    private final Charges charges;
    /** The readings of the combined charges (走私、贩卖、运输、制造毒品罪), by each object they may end with. */
    private final Map<String, List<Selective>> selective = new HashMap<>();

    public CausesOfAction(Causes causes, Charges charges) {
        this.causes = causes;
        this.charges = charges;
        for (String charge : charges.all()) {
            if (charge.contains("、")) {
                for (Selective form : Selective.of(charge)) {
                    for (String object : form.objects()) {
                        selective
                                .computeIfAbsent(object, k -> new ArrayList<>())
                                .add(form);
                    }
                }
            }
        }
    }

    private static final class Holder {
        static final CausesOfAction STANDARD = new CausesOfAction(Causes.standard(), Charges.standard());
    }

    public static CausesOfAction standard() {
        return Holder.STANDARD;
    }

    /** What the cause is recognised as, or empty (then it is free text). {@code category} as in 民事, 刑事, 行政. */
    public Optional<Kind> recognise(String cause, String category) {
        if (cause == null || cause.isBlank() || cause.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String c = cause.strip();
        List<Kind> kinds = segment(c);
        if (kinds != null) {
            return Optional.of(kinds.contains(Kind.CRIMINAL) ? Kind.CRIMINAL : Kind.CIVIL);
        }
        boolean administrative = category != null && (category.contains("行政") || category.contains("赔偿"));
        if (administrative) {
            String compact = c.replaceAll("\\s+", "");
            for (String act : ADMINISTRATIVE_ACTS) {
                if (compact.endsWith(act)
                        && ADMINISTRATIVE_FIELD
                                .matcher(compact.substring(0, compact.length() - act.length()))
                                .matches()) {
                    return Optional.of(Kind.ADMINISTRATIVE);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The kinds of the list entries that make up the whole value, or null when it is not made of them.
     * Dynamic programming over the positions: entries themselves may contain 、 (生命权、身体权、健康权纠纷).
     */
    private List<Kind> segment(String s) {
        int n = s.length();
        @SuppressWarnings("unchecked")
        List<Kind>[] reach = new List[n + 1];
        reach[0] = List.of();
        for (int i = 0; i < n; i++) {
            if (reach[i] == null) {
                continue;
            }
            // the next entry starts right here (at the beginning) or after one or more separators
            // (not greedily: 与公司有关的纠纷 starts with a separator character)
            for (int start = i == 0 ? 0 : i + 1;
                    start < n && (start == 0 || SEPARATOR_CHARS.indexOf(s.charAt(start - 1)) >= 0);
                    start++) {
                for (int end = start + 2; end <= Math.min(n, start + MAX_ENTRY); end++) {
                    if (reach[end] != null) {
                        continue;
                    }
                    Kind k = entry(s.substring(start, end));
                    if (k != null) {
                        List<Kind> next = new ArrayList<>(reach[i]);
                        next.add(k);
                        reach[end] = next;
                    }
                }
                if (i == 0) {
                    break;
                }
            }
        }
        return reach[n];
    }

    private Kind entry(String part) {
        if (part.length() < 2) {
            return null;
        }
        if (charges.isCharge(part) || selectiveCharge(part)) {
            return Kind.CRIMINAL;
        }
        for (String version : causes.versions()) {
            if (causes.byName(version, part).isPresent()) {
                return Kind.CIVIL;
            }
        }
        return null;
    }

    /**
     * A selective form of a combined charge (选择性罪名): some of its acts and some of its objects, the act
     * written right before the first object — 贩卖毒品罪 and 贩卖、运输毒品罪 for 走私、贩卖、运输、制造毒品罪,
     * 窝藏罪 for 窝藏、包庇罪, 非法持有枪支罪 for 非法持有、私藏枪支、弹药罪, 掩饰、隐瞒犯罪所得罪 for
     * 掩饰、隐瞒犯罪所得、犯罪所得收益罪, 虚开增值税专用发票罪 for 虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪.
     */
    boolean selectiveCharge(String candidate) {
        if (!candidate.endsWith("罪") || candidate.length() < 3) {
            return false;
        }
        String[] tokens = candidate.substring(0, candidate.length() - 1).split("、", -1);
        String last = tokens[tokens.length - 1];
        for (int i = 0; i <= last.length(); i++) {
            for (Selective form : selective.getOrDefault(last.substring(i), List.of())) {
                if (form.matches(tokens)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One way to read a combined charge: its acts, then its objects (the item where they meet split in two). */
    record Selective(Set<String> acts, Set<String> objects) {
        boolean matches(String[] tokens) {
            for (int junction = 0; junction < tokens.length; junction++) {
                if (matchesAt(tokens, junction)) {
                    return true;
                }
            }
            return false;
        }

        private boolean matchesAt(String[] tokens, int junction) {
            Set<String> used = new HashSet<>();
            for (int i = 0; i < junction; i++) {
                if (!acts.contains(tokens[i]) || !used.add(tokens[i])) {
                    return false;
                }
            }
            for (int i = junction + 1; i < tokens.length; i++) {
                if (!objects.contains(tokens[i]) || !used.add(tokens[i])) {
                    return false;
                }
            }
            String t = tokens[junction];
            for (int cut = 1; cut <= t.length(); cut++) {
                if (acts.contains(t.substring(0, cut))
                        && objects.contains(t.substring(cut))
                        && !used.contains(t.substring(0, cut))
                        && !used.contains(t.substring(cut))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Every reading of a combined charge: the acts and objects meet inside one of its items, at any
         * position. A shared qualifier or ending is distributed (非法制造、买卖 → 非法买卖; 国家机关公文、证件 →
         * 国家机关证件; 有毒、有害食品 → 有毒食品).
         */
        static List<Selective> of(String charge) {
            String[] items = charge.substring(0, charge.length() - 1).split("、");
            List<Selective> out = new ArrayList<>();
            // acts alone (窝藏、包庇罪 → 窝藏罪): the object is empty
            out.add(new Selective(Set.of(items), Set.of("")));
            for (int b = 0; b < items.length; b++) {
                for (int cut = 1; cut < items[b].length(); cut++) {
                    List<String> acts = new ArrayList<>(List.of(items).subList(0, b));
                    acts.add(items[b].substring(0, cut));
                    List<String> objects = new ArrayList<>();
                    objects.add(items[b].substring(cut));
                    objects.addAll(List.of(items).subList(b + 1, items.length));
                    Set<String> a = new HashSet<>(acts);
                    if (acts.get(0).startsWith("非法")) {
                        acts.subList(1, acts.size()).forEach(x -> a.add("非法" + x));
                    }
                    Set<String> o = new HashSet<>(objects);
                    if (objects.size() >= 2) {
                        String first = objects.get(0);
                        String second = objects.get(1);
                        if (first.length() > second.length()) {
                            String qualifier = first.substring(0, first.length() - second.length());
                            objects.subList(1, objects.size()).forEach(x -> o.add(qualifier + x));
                        }
                        String lastObject = objects.get(objects.size() - 1);
                        String before = objects.get(objects.size() - 2);
                        if (lastObject.length() > before.length()) {
                            String ending = lastObject.substring(before.length());
                            objects.subList(0, objects.size() - 1).forEach(x -> o.add(x + ending));
                        }
                    }
                    out.add(new Selective(Set.copyOf(a), Set.copyOf(o)));
                }
            }
            return out;
        }
    }
}
