package org.gongkai.judgments.text;

import static org.gongkai.judgments.text.TextPatterns.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Party entries of the parties section (原告：张三，男，…。), and defendants named in an accusation. */
final class Parties {

    static final List<String> ROLES = List.of(
            "附带民事诉讼原告人",
            "附带民事诉讼被告人",
            "附带民事诉讼原告",
            "附带民事诉讼被告",
            "公益诉讼起诉人",
            "公诉机关",
            "原公诉机关",
            "抗诉机关",
            "原审被告单位",
            "被告单位",
            "原审被告人",
            "被告人",
            "自诉人",
            "被害人",
            "法定代理人",
            "法定代表人",
            "诉讼代表人",
            "主要负责人",
            "负责人",
            "共同委托诉讼代理人",
            "委托诉讼代理人",
            "委托代理人",
            "诉讼代理人",
            "指定辩护人",
            "辩护人",
            "再审申请人",
            "被申请人",
            "申请执行人",
            "被执行人",
            "复议申请人",
            "申请人",
            "异议人",
            "案外人",
            "利害关系人",
            "被上诉人",
            "上诉人",
            "原审原告",
            "原审被告",
            "原审第三人",
            "第三人",
            "原告",
            "被告",
            "被申诉人",
            "申诉人",
            "起诉人");

    private static final Map<String, String> FORMER_ROLES =
            Map.of("一审原告", "原审原告", "一审被告", "原审被告", "一审第三人", "原审第三人", "一审被告人", "原审被告人");

    static final String ROLE_ALTERNATION = ROLES.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .collect(Collectors.joining("|"));

    // compiled once, as String.matches would compile them at every call (issue 16)
    private static final Pattern NOT_A_NAME_START = Pattern.compile("^(?:以|无|对|经|因|在|将|系).*");
    private static final Pattern HAS_ROLE_WORD = Pattern.compile(".*(?:" + ROLE_ALTERNATION + ").*");

    /** An entry starts with a role, an optional former role in brackets, an optional colon and a name. */
    static final Pattern ENTRY =
            compile("(?<role>" + ROLE_ALTERNATION + ")\\s*(?:[（(](?<former>[^（）()]{1,20})[）)])?\\s*"
                    + "(?:暨(?:[^：:，,。]{1,20}?(?=[：:])|[^：:，,。]{1,20}?(?:人|机关)))?\\s*[：:]?\\s*(?:自报)?(?<name>[^，,。；;：:（(\\s]{1,60})"
                    + "(?:[（(]以下简称[^）)]{1,20}[）)](?<nameRest>[^，,。；;：:（(\\s]{1,30}))?");

    private static final Pattern LAW_FIRM = compile("([^，,。；;\\s：:、]{2,40}?律师事务所(?:[（(][^）)]{1,15}[）)])?)");

    private static final Pattern ORG_SUFFIX = compile("(?:公司|银行|支行|分行|集团|中心|委员会|居委会|村委会|合作社|联社|协会|学会|学校|大学|学院|医院|检察院|法院"
            + "|政府|办事处|事务所|研究所|基金会|工作室|商行|分局|总局|经营部|营业部|门市部)$");
    private static final Pattern ORG_SHORT_SUFFIX = compile("[厂局所店部站处社馆院会队场行团室署厅委办]$");

    private static final List<String> NOT_A_NAME =
            List.of("一案", "涉嫌", "犯", "指控", "不服", "向本院", "提起", "本院", "诉称", "辩称", "审理", "及其", "到庭", "请求");

    private static final List<String> LAWYER_ROLES = List.of("委托诉讼代理人", "共同委托诉讼代理人", "委托代理人", "诉讼代理人", "辩护人", "指定辩护人");

    private static final List<String> ORGANISATION_ROLES =
            List.of("公诉机关", "原公诉机关", "抗诉机关", "被告单位", "原审被告单位", "公益诉讼起诉人");

    private Parties() {}

    /** The entry at {@code pos} (after spaces), if a party entry starts there. */
    static Matcher entryAt(String text, int pos, int limit) {
        Matcher m = ENTRY.matcher(text).region(pos, limit);
        if (!m.lookingAt()) {
            return null;
        }
        String name = name(m);
        if (NOT_A_NAME_START.matcher(name).matches()) {
            return null; // 公诉机关以…起诉书指控…, 辩护人：无
        }
        for (String bad : NOT_A_NAME) {
            if (name.contains(bad)) {
                return null;
            }
        }
        String role = m.group("role");
        boolean organisation = ORGANISATION_ROLES.contains(role) || isOrganisation(name);
        if (!organisation && Arrays.stream(name.split("、")).anyMatch(n -> n.isEmpty() || n.length() > 8)) {
            return null;
        }
        return m;
    }

    /** The entries of a parties section. */
    static List<ExtractedParty> fromSection(String text, int start, int end, List<Integer> entryStarts) {
        List<ExtractedParty> parties = new ArrayList<>();
        for (int i = 0; i < entryStarts.size(); i++) {
            int at = entryStarts.get(i);
            int next = i + 1 < entryStarts.size() ? entryStarts.get(i + 1) : end;
            Matcher m = entryAt(text, at, next);
            if (m == null) {
                continue;
            }
            String role = m.group("role");
            String former = m.group("former") == null ? null : m.group("former").replaceAll("[\\s\\u3000]+", "");
            if (former != null) {
                former = FORMER_ROLES.getOrDefault(former, former);
            }
            String lawFirm = null;
            if (LAWYER_ROLES.contains(role)) {
                int sentenceEnd = indexOfAny(text, m.end(), next, "。；\n");
                Matcher firm = LAW_FIRM.matcher(text).region(m.end(), sentenceEnd);
                if (firm.find()) {
                    lawFirm = firm.group(1);
                }
            }
            for (String name : name(m).split("、")) {
                if (!name.isEmpty()) {
                    boolean organisation = ORGANISATION_ROLES.contains(role) || isOrganisation(name);
                    parties.add(new ExtractedParty(name, role, organisation, lawFirm, former));
                }
            }
        }
        return parties;
    }

    private static final String NAME_CHARS = "[\\u4e00-\\u9fa5×ＸXx*＊0-9０-９·]";
    private static final Pattern ACCUSED = compile("(原审被告单位|被告单位|原审被告人|被告人)\\s*(?:自报)?" + "(" + NAME_CHARS
            + "{1,40}?(?:、" + NAME_CHARS + "{1,40}?)*)(?=犯(?!罪)|涉嫌|及其?辩护人|的辩护人|到庭|均到庭|拒不执行)");
    private static final Pattern ACCUSED_ROLE = compile("^(原审被告单位|被告单位|原审被告人|被告人)");
    private static final Pattern NOT_A_PERSON =
            compile("^[系能均已在对将因为是与和及等从]|[系均已]|[因为在将主初从以]$|^[*＊×Xx]+$|的|行为|供认|构成|如实");

    /** Defendants named before 犯…罪 / 涉嫌…罪 (指控被告人张三、李四犯盗窃罪), in order of first mention. */
    static List<ExtractedParty> accused(String text, int start, int end) {
        Map<String, ExtractedParty> found = new LinkedHashMap<>();
        Matcher m = ACCUSED.matcher(text).region(start, end);
        while (m.find()) {
            String role = m.group(1);
            String[] names = m.group(2).split("、");
            List<ExtractedParty> batch = new ArrayList<>();
            for (String raw : names) {
                String name = clean(raw);
                String nameRole = role;
                Matcher roleInList = ACCUSED_ROLE.matcher(name);
                if (roleInList.find()) {
                    nameRole = roleInList.group(1);
                    name = name.substring(roleInList.end());
                }
                boolean organisation = nameRole.contains("单位") || isOrganisation(name);
                int maxPerson = name.contains("·") || name.contains("•") ? 16 : 4;
                if (name.isEmpty()
                        || (!organisation
                                && (name.length() > maxPerson
                                        || NOT_A_PERSON.matcher(name).find()))
                        || name.length() > 40
                        || NOT_A_NAME.stream().anyMatch(name::contains)
                        || HAS_ROLE_WORD.matcher(name).matches()) {
                    batch = null;
                    break;
                }
                batch.add(new ExtractedParty(name, nameRole, organisation, null));
            }
            if (batch != null) {
                batch.forEach(p -> found.putIfAbsent(p.name(), p));
            }
        }
        return List.copyOf(found.values());
    }

    static boolean isOrganisation(String name) {
        return ORG_SUFFIX.matcher(name).find()
                || (name.length() >= 5 && ORG_SHORT_SUFFIX.matcher(name).find());
    }

    private static final Pattern DETENTION = compile("因涉嫌|因本案|因犯|因故意|因过失");

    /** The name of an entry; 云南省漾濞彝族自治县（以下简称“漾濞县”）人民检察院 loses its aside. */
    private static String name(Matcher entry) {
        String rest = entry.group("nameRest");
        String name = entry.group("name") + (rest == null ? "" : rest);
        Matcher detention = DETENTION.matcher(name); // 被告人侍某因涉嫌犯…罪，于…被刑事拘留
        if (detention.find() && detention.start() > 0) {
            name = name.substring(0, detention.start());
        }
        return clean(name);
    }

    private static String clean(String name) {
        String n = name.replaceAll("[\\s\\u3000]+", "");
        if (n.startsWith("自报")) {
            n = n.substring(2);
        }
        if (n.endsWith("等") && n.length() > 2) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }

    static int indexOfAny(String text, int from, int limit, String chars) {
        for (int i = from; i < limit; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return limit;
    }
}
