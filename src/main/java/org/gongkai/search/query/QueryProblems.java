package org.gongkai.search.query;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.gongkai.platform.Err;
import org.gongkai.platform.Language;
import org.gongkai.platform.Languages;
import org.gongkai.platform.Texts;
import org.gongkai.search.index.JudgmentFields;

/**
 * What is wrong with a query, in the request's language: the message {@code err:query_<REASON>}
 * and where ({@code err:query_at}).
 */
public final class QueryProblems {
    private QueryProblems() {}

    public static String detail(QuerySyntaxException e) {
        return detail(e, Languages.current());
    }

    public static String detail(QuerySyntaxException e, Language language) {
        List<Object> args = new ArrayList<>(e.args());
        // the lists of what may be written, in the language's words
        switch (e.reason()) {
            case UNKNOWN_FIELD ->
                args.add(language == Language.EN ? QueryField.namesOfAll() : QueryField.describeAll());
            case UNKNOWN_FILTER ->
                args.add(JudgmentFields.FILTER_FIELDS.keySet().stream()
                        .sorted()
                        .map(k -> "'" + k + "'")
                        .collect(Collectors.joining(language == Language.EN ? ", " : "、")));
            default -> {}
        }
        Class<?>[] types = new Class<?>[args.size()];
        Arrays.fill(types, String.class);
        Err err = Texts.err(language);
        String text;
        try {
            text = (String)
                    Err.class.getMethod("query_" + e.reason().name(), types).invoke(err, args.toArray());
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException x) {
            // QueryLanguageTest keeps every reason in the bundle
            throw new IllegalStateException("no message err:query_" + e.reason(), x);
        }
        return e.position() >= 0 ? err.query_at(text, String.valueOf(e.position() + 1)) : text;
    }
}
