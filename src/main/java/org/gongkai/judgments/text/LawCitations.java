package org.gongkai.judgments.text;

import static org.gongkai.judgments.text.TextPatterns.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.courts.Statutes;

/**
 * Finds cited statutes and articles: 《中华人民共和国刑法》第二百六十四条、第六十七条第三款 gives two citations
 * (264 and 67) of the same law; 《最高人民法院关于…的解释》第一条; 依照中华人民共和国刑法第二百六十四条之规定
 * (name without 《》); short names (《刑法》) are resolved to the full name the text uses elsewhere, to a
 * name the text introduces with 以下简称, or by a small alias table.
 */
public final class LawCitations {

    /** Short names of the statutes most cited in judgments (reference data: {@link Statutes}). */
    private static final Map<String, String> ALIASES = Statutes.SHORT_NAMES;

    private static final String NUM = "[0-9０-９零〇一二两三四五六七八九十百千]+";
    /** 第N条, 第N款, 第N项, 第（N）项, 第N条之一. */
    private static final Pattern TOKEN = compile("第\\s*[（(]?\\s*(" + NUM + ")\\s*[）)]?\\s*(条|款|项)(之[一二三四五六七八九十]+)?");
    /** What may stand between two article references of one law. */
    private static final Pattern SEPARATOR = compile("\\s*(?:、|，|,|和|及|以及|与|或者|或|至|到)?\\s*");
    /** A law title in 《》; 〈〉 may be nested inside, as in 《关于适用〈中华人民共和国民事诉讼法〉的解释》. */
    private static final Pattern TITLE = compile("《([^《》]{2,100})》");
    /** A law named without 《》 after 依照/根据, before its first article. */
    private static final Pattern BARE =
            compile("(?:依照|依据|根据|按照|适用|违反|触犯了?)\\s*((?:中华人民共和国|最高人民法院|最高人民检察院)?[\\u4e00-\\u9fa5、〈〉]{1,40}?"
                    + "(?:法|法典|条例|规定|解释|办法|决定|规则|意见|批复))\\s*(?=第)");

    private static final Pattern SHORT_NAME =
            compile("《([^《》]{2,100})》\\s*[（(]\\s*以下简称\\s*[“\"《]?([^”\"》）)]{1,20})[”\"》]?\\s*[）)]");

    /** （以下简称《道交法》） right after a title, before its articles. */
    private static final Pattern SHORT_NAME_ASIDE = compile("[（(]\\s*以下简称[^）)]{1,25}[）)]");

    private LawCitations() {}

    /** All citations in the order they appear, each (law, article) once. */
    public static List<CitedLaw> extract(String text) {
        return text == null ? List.of() : extract(text, 0, text.length());
    }

    /**
     * Citations whose law is named within {@code [from, to)}; short names are still resolved against the
     * whole text (the full name is often introduced in an earlier section).
     */
    static List<CitedLaw> extract(String text, int from, int to) {
        if (text == null || text.isEmpty() || from >= to) {
            return List.of();
        }
        Map<String, String> shortNames = shortNames(text);
        Set<CitedLaw> result = new LinkedHashSet<>();
        List<int[]> found = new ArrayList<>();
        Matcher title = TITLE.matcher(text).region(from, to);
        while (title.find()) {
            String law = resolve(title.group(1), text, shortNames);
            articles(text, title.end(), law, result);
            found.add(new int[] {title.start(), title.end()});
        }
        Matcher bare = BARE.matcher(text).region(from, to);
        while (bare.find()) {
            int at = bare.start(1);
            if (at > 0 && text.charAt(at - 1) == '《' || inside(found, at)) {
                continue;
            }
            String name = bare.group(1);
            String law = resolve(name, text, shortNames);
            articles(text, bare.end(1), law, result);
        }
        // keep the order of appearance across both passes: bare names are rare and are appended
        return List.copyOf(result);
    }

    private static boolean inside(List<int[]> spans, int at) {
        for (int[] span : spans) {
            if (at >= span[0] && at < span[1]) {
                return true;
            }
        }
        return false;
    }

    private static void articles(String text, int from, String law, Set<CitedLaw> out) {
        int pos = skipSpaces(text, from);
        Matcher aside = SHORT_NAME_ASIDE.matcher(text).region(pos, text.length());
        if (aside.lookingAt()) {
            pos = skipSpaces(text, aside.end());
        }
        boolean first = true;
        boolean sawArticle = false;
        while (pos < text.length()) {
            int tokenAt = pos;
            if (!first) {
                Matcher sep = SEPARATOR.matcher(text).region(pos, text.length());
                if (sep.lookingAt()) {
                    tokenAt = sep.end();
                }
            }
            Matcher token = TOKEN.matcher(text).region(tokenAt, text.length());
            if (!token.lookingAt()) {
                return;
            }
            String kind = token.group(2);
            if (kind.equals("条")) {
                int number;
                try {
                    number = ChineseNumbers.parseInt(token.group(1));
                } catch (NumberFormatException e) {
                    return;
                }
                String suffix = token.group(3) == null ? "" : token.group(3);
                out.add(new CitedLaw(law, "第" + ChineseNumbers.toChinese(number) + "条" + suffix, number));
                sawArticle = true;
            } else if (!sawArticle) {
                return;
            }
            first = false;
            pos = token.end();
        }
    }

    private static Map<String, String> shortNames(String text) {
        Map<String, String> names = new HashMap<>();
        Matcher m = SHORT_NAME.matcher(text);
        while (m.find()) {
            names.put(m.group(2).strip(), m.group(1).replaceAll("[\\s\\u3000]+", ""));
        }
        return names;
    }

    private static String resolve(String raw, String text, Map<String, String> shortNames) {
        String name = raw.replaceAll("[\\s\\u3000]+", "");
        if (name.startsWith("中华人民共和国")) {
            return name;
        }
        String introduced = shortNames.get(name);
        if (introduced != null) {
            return introduced;
        }
        String full = "中华人民共和国" + name;
        if (text.contains("《" + full + "》") || text.contains(full + "第")) {
            return full;
        }
        return ALIASES.getOrDefault(name, name);
    }

    private static int skipSpaces(String text, int pos) {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }
}
