package org.gongkai.enforcement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.Texts;

/**
 * The ten acts a consumption-restriction order (限制消费令) forbids (rules §3.5, after the SPC
 * 2015 provisions on restricting high consumption, Art. 3). Named in requests by code, full
 * label or short label.
 */
public enum RestrictedAct {
    FLIGHTS("乘坐飞机", "乘坐交通工具时，选择飞机", "飞机"),
    SOFT_SLEEPER("乘坐列车软卧", "乘坐交通工具时，选择列车软卧、轮船二等以上舱位", "软卧"),
    STAR_HOTEL("星级以上宾馆", "在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费", "星级"),
    PROPERTY("购买不动产", "购买不动产或者新建、扩建、高档装修房屋", "不动产"),
    LUXURY_OFFICE("高档写字楼办公", "租赁高档写字楼、宾馆、公寓等场所办公", "写字楼"),
    CAR("购买车辆", "购买非经营必需车辆", "车辆"),
    TRAVEL("旅游度假", "旅游、度假", "旅游"),
    PRIVATE_SCHOOL("子女就读高收费私立学校", "子女就读高收费私立学校", "私立学校"),
    INSURANCE("高额保费保险理财", "支付高额保费购买保险理财产品", "保险"),
    HIGH_SPEED_TRAIN("乘坐高铁", "乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位", "动车组");

    private final String shortLabel;
    private final String label;
    /** A word that names the act in the official wording, so that its clauses are recognised. */
    private final String keyword;

    RestrictedAct(String shortLabel, String label, String keyword) {
        this.shortLabel = shortLabel;
        this.label = label;
        this.keyword = keyword;
    }

    public String shortLabel() {
        return shortLabel;
    }

    public String label() {
        return label;
    }

    public static List<RestrictedAct> all() {
        return List.of(values());
    }

    /**
     * Parses the list of a request. An element is a code (FLIGHTS), a label or short label, or
     * a clause of the official wording, which may name two acts ("乘坐交通工具时，选择飞机、列车软卧、
     * 轮船二等以上舱位" → FLIGHTS, SOFT_SLEEPER). A 400 names the element that is none of them.
     */
    public static List<RestrictedAct> parse(List<String> input, String field) {
        if (input == null || input.isEmpty()) {
            throw ProblemException.invalidField(field, Texts.txt().pub_acts_required(codes()));
        }
        Set<RestrictedAct> out = new LinkedHashSet<>();
        for (int i = 0; i < input.size(); i++) {
            String s = input.get(i) == null ? "" : input.get(i).strip();
            RestrictedAct found = null;
            for (RestrictedAct a : values()) {
                if (a.name().equals(s.toUpperCase(Locale.ROOT)) || a.label.equals(s) || a.shortLabel.equals(s)) {
                    found = a;
                }
            }
            if (found != null) {
                out.add(found);
                continue;
            }
            boolean any = false;
            for (RestrictedAct a : values()) {
                if (!s.isEmpty() && s.contains(a.keyword)) {
                    out.add(a);
                    any = true;
                }
            }
            if (!any) {
                throw ProblemException.invalidField(
                        field + "[" + i + "]", Texts.txt().pub_act_unknown(s, codes()));
            }
        }
        return new ArrayList<>(out);
    }

    /** Stored form: codes joined by commas. */
    public static String store(List<RestrictedAct> acts) {
        return String.join(",", acts.stream().map(Enum::name).toList());
    }

    public static List<RestrictedAct> load(String stored) {
        List<RestrictedAct> out = new ArrayList<>();
        if (stored != null) {
            for (String s : stored.split(",")) {
                if (!s.isBlank()) {
                    out.add(valueOf(s.strip()));
                }
            }
        }
        return out;
    }

    private static String codes() {
        return String.join(
                ", ",
                all().stream()
                        .map(a -> "'" + a.name() + "' ('" + a.shortLabel + "')")
                        .toList());
    }
}
