package org.gongkai.search.query;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The Chinese text of a query error as the portal shows it, for tests without Quarkus: the message
 * {@code query_<REASON>} of {@code messages/err_zh.properties} with its parameters filled in
 * (QueryLanguageTest renders it through the API in both languages).
 */
final class QueryErrorTexts {
    private QueryErrorTexts() {}

    static String zh(QuerySyntaxException e) {
        Properties zh = new Properties();
        try (var in = QueryErrorTexts.class.getResourceAsStream("/messages/err_zh.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        String text = zh.getProperty("query_" + e.reason().name());
        if (text == null) {
            throw new AssertionError("no message for " + e.reason());
        }
        for (int i = 0; i < e.args().size(); i++) {
            text = text.replace("{" + e.reason().params().get(i) + "}", e.args().get(i));
        }
        text = text.replace("{fields}", QueryField.describeAll());
        return e.position() < 0
                ? text
                : zh.getProperty("query_at").replace("{text}", text).replace("{n}", String.valueOf(e.position() + 1));
    }
}
