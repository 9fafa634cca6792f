package org.gongkai.search.query;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What is wrong with a search query, through the judgment search API and the search page, in both
 * languages (issue 14: query-syntax hints): in Chinese without English words but for the query
 * language's own (AND, OR, NOT, TO, the field names) and quoted input, in English without Chinese but
 * for quoted input and examples.
 */
@QuarkusTest
class QueryLanguageTest {
    static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    static final Pattern WORD = Pattern.compile("\\b[A-Za-z]{2,}\\b");
    /** The query language's own words, which the Chinese hints show as they are to be typed. */
    static final Set<String> QUERY_WORDS = Set.of(
            "AND",
            "OR",
            "NOT",
            "TO",
            "date",
            "court",
            "cause",
            "judge",
            "law",
            "party",
            "lawyer",
            "firm",
            "kind",
            "title",
            "casenumber",
            "text");

    /** One query per reason the parser can give. */
    static final List<String> QUERIES = List.of(
            "court:朝阳 AND ".repeat(60) + "盗窃",
            "盗窃 “入户盗窃",
            "盗窃 入户盗窃”",
            "\"\"",
            "foo:盗窃",
            "court:",
            "court:-朝阳",
            "盗窃)",
            "(盗窃",
            "盗窃 ()",
            "盗窃 AND",
            "OR 盗窃",
            "盗窃 不包含",
            "*借款",
            "借*款",
            "借*",
            "date:[2021 TO 2022",
            "date:[2021 2022]",
            "date:[2021 TO 2020]",
            "date:去年",
            "date:2021-13");

    @Test
    void everyQueryErrorIsInTheRequestsLanguage() {
        List<String> problems = new ArrayList<>();
        Set<String> zh = new HashSet<>();
        Set<String> en = new HashSet<>();
        for (String q : QUERIES) {
            String encoded = URLEncoder.encode(q, StandardCharsets.UTF_8);
            for (boolean english : new boolean[] {false, true}) {
                RequestSpecification r = given().urlEncodingEnabled(false).accept("application/json");
                if (english) {
                    r = r.header("Accept-Language", "en");
                }
                var res = r.get("/api/judgments?q=" + encoded);
                if (res.statusCode() != 400) {
                    problems.add(cut(q) + " answered " + res.statusCode());
                    continue;
                }
                JsonPath j = res.jsonPath();
                String detail = j.getString("detail");
                String where = cut(q) + (english ? " (en): " : " (zh): ") + detail;
                (english ? en : zh).add(detail);
                if (english) {
                    String t = detail.replaceAll("'[^']*'", " ");
                    if (HAN.matcher(t).find() || !WORD.matcher(t).find()) {
                        problems.add(where);
                    }
                } else {
                    if (!HAN.matcher(detail).find()) {
                        problems.add(where);
                    }
                    Matcher w = WORD.matcher(detail.replaceAll("“[^”]*”", " ").replaceAll("'[^']*'", " "));
                    while (w.find()) {
                        if (!QUERY_WORDS.contains(w.group())) {
                            problems.add(where + " [" + w.group() + "]");
                            break;
                        }
                    }
                }
            }
            // the search page says it too, in the page's language
            String page = given().urlEncodingEnabled(false)
                    .accept("text/html")
                    .get("/search?lang=en&q=" + encoded)
                    .then()
                    .extract()
                    .asString();
            String shown = en.stream()
                    .filter(d -> page.contains(d.replace("'", "&#39;")) || page.contains(d))
                    .findFirst()
                    .orElse(null);
            if (shown == null) {
                problems.add(cut(q) + ": the English search page does not show the English hint");
            }
        }
        assertEquals(List.of(), problems);
        // a hint of its own for each mistake, not one generic refusal
        assertEquals(QUERIES.size(), zh.size(), zh.toString());
        assertEquals(QUERIES.size(), en.size(), en.toString());
    }

    static String cut(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
