package org.gongkai.search.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The field prefixes of the query language, with their Chinese aliases. */
public enum QueryField {
    COURT("court", "法院"),
    CAUSE("cause", "案由", "罪名"),
    JUDGE("judge", "法官", "审判人员"),
    LAW("law", "法律", "法条"),
    PARTY("party", "当事人"),
    LAWYER("lawyer", "律师"),
    FIRM("firm", "律所"),
    KIND("kind", "文书种类", "文书类型"),
    TITLE("title", "标题"),
    CASENUMBER("casenumber", "案号"),
    DATE("date", "日期", "裁判日期"),
    TEXT("text", "正文", "全文");

    final String name;
    final String[] aliases;

    QueryField(String name, String... aliases) {
        this.name = name;
        this.aliases = aliases;
    }

    public String fieldName() {
        return name;
    }

    static Optional<QueryField> lookup(String prefix) {
        String p = prefix.strip().toLowerCase(Locale.ROOT);
        for (QueryField f : values()) {
            if (f.name.equals(p) || Arrays.asList(f.aliases).contains(p)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Every name and alias as a regex alternation (for recognising field syntax). */
    static String allNames() {
        return Arrays.stream(values())
                .flatMap(f ->
                        java.util.stream.Stream.concat(java.util.stream.Stream.of(f.name), Arrays.stream(f.aliases)))
                .map(java.util.regex.Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /** "court（法院）、cause（案由）…" for error messages. */
    /** The field names, for English text: court, cause, …. */
    static String namesOfAll() {
        return Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", "));
    }

    static String describeAll() {
        return Arrays.stream(values())
                .map(f -> f.name + "（" + f.aliases[0] + "）")
                .collect(Collectors.joining("、"));
    }
}
