package org.gongkai.courts;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The statutes most cited in judgments, by short and full name (刑法 → 中华人民共和国刑法).
 * Reference data shared by the citation parser (which resolves 《刑法》 to the full name) and the
 * search analyzers (which keep a statute's name as one word).
 */
public final class Statutes {
    /** Short name → full name. */
    public static final Map<String, String> SHORT_NAMES = Map.ofEntries(
            Map.entry("刑法", "中华人民共和国刑法"),
            Map.entry("民法典", "中华人民共和国民法典"),
            Map.entry("民事诉讼法", "中华人民共和国民事诉讼法"),
            Map.entry("刑事诉讼法", "中华人民共和国刑事诉讼法"),
            Map.entry("合同法", "中华人民共和国合同法"),
            Map.entry("婚姻法", "中华人民共和国婚姻法"),
            Map.entry("侵权责任法", "中华人民共和国侵权责任法"),
            Map.entry("行政诉讼法", "中华人民共和国行政诉讼法"),
            Map.entry("担保法", "中华人民共和国担保法"),
            Map.entry("物权法", "中华人民共和国物权法"));

    private Statutes() {}

    /** Every statute known by name, short and full (刑法, 中华人民共和国刑法, …). */
    public static Set<String> known() {
        Set<String> names = new TreeSet<>(SHORT_NAMES.keySet());
        names.addAll(SHORT_NAMES.values());
        return names;
    }
}
