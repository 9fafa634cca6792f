package org.gongkai.publishing.deid;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What a role word says about the person named after it. */
enum Role {
    /** Civil/administrative party: 原告, 被告, 上诉人, 第三人 … */
    PARTY,
    /** Criminal defendant: 被告人, 罪犯 … */
    DEFENDANT,
    VICTIM,
    CIVIL_PLAINTIFF,
    WITNESS,
    EXPERT,
    /** 法定代理人, 监护人 — statutory representative of a minor or incapacitated person. */
    STATUTORY_REP,
    /** 委托诉讼代理人, 辩护人 …: kept when a lawyer or legal-service worker, masked otherwise. */
    AGENT,
    /** Any other natural person (relatives, accomplices, reporters …). */
    OTHER,
    /** Court staff, prosecutors, lawyers, legal representatives of organisations: never masked. */
    KEEP;

    static final Map<String, Role> WORDS = new LinkedHashMap<>();

    static {
        put(
                KEEP,
                "审判长",
                "代理审判员",
                "审判员",
                "人民陪审员",
                "陪审员",
                "法官助理",
                "书记员",
                "执行员",
                "速录员",
                "法官",
                "检察员",
                "代理检察员",
                "代检察员",
                "助理检察员",
                "检察官助理",
                "检察官",
                "检察长",
                "公诉人",
                "法定代表人",
                "主要负责人",
                "负责人",
                "律师",
                "法律服务工作者",
                "基层法律服务工作者");
        put(
                PARTY, "原告", "被告", "上诉人", "被上诉人", "原审原告", "原审被告", "第三人", "原审第三人", "申请人", "被申请人", "再审申请人", "申请执行人",
                "被执行人", "申诉人", "被申诉人", "起诉人", "异议人", "案外人", "保证人", "担保人");
        put(DEFENDANT, "被告人", "原审被告人", "罪犯", "犯罪嫌疑人", "同案犯", "同案人", "被不起诉人");
        put(VICTIM, "被害人", "受害人", "死者", "被侵害人", "伤者", "行人");
        put(CIVIL_PLAINTIFF, "附带民事诉讼原告人", "附带民事诉讼原告", "附带民事原告人");
        put(WITNESS, "证人");
        put(EXPERT, "鉴定人");
        put(STATUTORY_REP, "法定代理人", "监护人");
        put(AGENT, "委托诉讼代理人", "委托代理人", "诉讼代理人", "代理人", "指定辩护人", "辩护人");
        put(
                OTHER, "报案人", "举报人", "近亲属", "妻子", "丈夫", "之妻", "之夫", "儿子", "女儿", "之子", "之女", "父亲", "母亲", "伙同", "纠集",
                "雇佣", "指使", "邀约", "同伙", "吸毒人员", "购毒人员", "吸毒者", "乘客", "殴打", "打伤", "撞伤", "撞倒", "砍伤", "刺伤", "踢打");
    }

    private static void put(Role role, String... words) {
        for (String w : words) {
            WORDS.put(w, role);
        }
    }

    /** All role words, longest first, as one alternation. */
    static final Pattern PATTERN = Pattern.compile(WORDS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length())
            .map(Pattern::quote)
            .collect(Collectors.joining("|", "(", ")")));

    static Role of(String word) {
        if (word == null) {
            return OTHER;
        }
        String w = word.replaceAll("[（(][^）)]*[）)]", "").strip();
        Role r = WORDS.get(w);
        if (r != null) {
            return r;
        }
        for (Map.Entry<String, Role> e : WORDS.entrySet().stream()
                .sorted((a, b) -> b.getKey().length() - a.getKey().length())
                .toList()) {
            if (w.endsWith(e.getKey()) || w.contains(e.getKey())) {
                return e.getValue();
            }
        }
        return OTHER;
    }
}
