package org.gongkai.process;

import java.util.regex.Pattern;
import org.gongkai.publishing.deid.NameMasker;

/** Names as published: natural persons masked (张三丰 → 张某), organisations in full. */
public final class PublishedNames {
    /** Words that mark an organisation when a name is given without its kind. */
    private static final Pattern ORGANISATION = Pattern.compile(
            "公司|集团|银行|委员会|政府|局|院|厂|社|所|中心|协会|学校|大学|医院|店|部|处|办公室|合作|基金|事务所|检察|法院|村|组");

    private PublishedNames() {}

    public static String of(Party p) {
        return p.isPerson() ? NameMasker.maskOf(p.name) : p.name;
    }

    /** For a bare name (hearing announcements): organisation words keep it, anything else is masked. */
    public static String ofBareName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = name.strip();
        return ORGANISATION.matcher(n).find() ? n : NameMasker.maskOf(n);
    }

    /**
     * Replaces, in free text (event descriptions), the full names of the case's natural-person
     * parties by their published form — except the viewing party's own name ({@code selfId}).
     */
    public static java.util.function.UnaryOperator<String> maskerFor(CourtCase c, Long selfId) {
        java.util.Map<String, String> names = new java.util.TreeMap<>(
                java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()));
        for (Party p : c.parties) {
            if (p.isPerson() && !p.id.equals(selfId) && p.name != null && p.name.length() >= 2) {
                names.put(p.name, of(p));
            }
        }
        return text -> {
            if (text == null || names.isEmpty()) {
                return text;
            }
            String out = text;
            for (var e : names.entrySet()) {
                out = out.replace(e.getKey(), e.getValue());
            }
            return out;
        };
    }
}
