package org.gongkai.courts;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.TestSupport;
import org.gongkai.courts.InvalidCaseNumberException.Reason;
import org.junit.jupiter.api.Test;

/**
 * Every reason a case number is refused, through the real API, in both languages (issue 14): in
 * Chinese without Latin words (but for what the user typed, quoted “…”), in English without Han
 * characters (but for the quoted input and the examples of what to type, quoted '…').
 */
@QuarkusTest
class CaseNumberLanguageTest {
    static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    static final Pattern LATIN = Pattern.compile("[A-Za-z]{2,}");
    /** Examples of what to type, which both languages show. */
    static final String EXAMPLES = "（2023）京0105民初12345号 （2015）成刑执字第853号";

    /** One input per reason. */
    static final Map<String, Reason> INPUTS = new LinkedHashMap<>();

    static {
        INPUTS.put("", Reason.EMPTY);
        INPUTS.put("京0105民初12345号", Reason.YEAR_MISSING);
        INPUTS.put("案号：（2023）京0105民初1号", Reason.LEADING_TEXT);
        INPUTS.put("（2023京0105民初1号", Reason.YEAR_UNCLOSED);
        INPUTS.put("（）京0105民初1号", Reason.YEAR_EMPTY);
        INPUTS.put("（二〇二三）京0105民初1号", Reason.YEAR_NOT_FOUR_DIGITS);
        INPUTS.put("（1899）京0105民初1号", Reason.YEAR_OUT_OF_RANGE);
        INPUTS.put("（2023）（2022）京0105民初1号", Reason.TWO_YEARS);
        INPUTS.put("（2023）(京)0105民初1号", Reason.BRACKET_AFTER_YEAR);
        INPUTS.put("（2023）民初1号", Reason.COURT_MISSING);
        INPUTS.put("（2023）最高法01民初1号", Reason.SUPREME_WITH_DIGITS);
        INPUTS.put("（2023）最高民初1号", Reason.SUPREME_SHORT);
        INPUTS.put("（2023）京010民初1号", Reason.COURT_DIGITS);
        INPUTS.put("（2023）ABC民初1号", Reason.COURT_UNKNOWN);
        INPUTS.put("（2023）京0105 12345号", Reason.TYPE_MISSING);
        INPUTS.put("（2023）最高法知1号", Reason.TYPE_MISSING_AFTER_COURT);
        INPUTS.put("（2023）京0105X民初1号", Reason.JUNK_AFTER_COURT);
        INPUTS.put("（2023）京0105民X1号", Reason.TYPE_UNKNOWN);
        INPUTS.put("（2023）京0105民初X1号", Reason.JUNK_AFTER_TYPE);
        INPUTS.put("（2023）京0105民初", Reason.SERIAL_MISSING_AFTER_TYPE);
        INPUTS.put("（2015）成刑执字第号", Reason.SERIAL_MISSING_LEGACY);
        INPUTS.put("（2023）京0105民初一二三号", Reason.SERIAL_NOT_DIGITS);
        INPUTS.put("（2023）京0105民初12a号", Reason.JUNK_AFTER_SERIAL);
        INPUTS.put("（2023）京0105民初12345号abc", Reason.JUNK_AFTER_HAO);
        INPUTS.put("（2023）京0105民初0号", Reason.SERIAL_ZERO);
        INPUTS.put("（2023）京0105民初1234567890123456789号", Reason.SERIAL_TOO_LONG);
        INPUTS.put("（2015）字第1号", Reason.LEGACY_HEAD_EMPTY);
        INPUTS.put("（2015）成都字第1号", Reason.LEGACY_TYPE_MISSING);
    }

    @Test
    void theInputsCoverEveryReason() {
        Set<Reason> covered = EnumSet.noneOf(Reason.class);
        INPUTS.forEach((input, reason) -> {
            InvalidCaseNumberException e =
                    assertThrows(InvalidCaseNumberException.class, () -> CaseNumberParser.parse(input));
            assertEquals(reason, e.reason(), input);
            covered.add(e.reason());
        });
        assertEquals(EnumSet.allOf(Reason.class), covered);
    }

    @Test
    void everyReasonIsInTheRequestsLanguage() {
        List<String> problems = new ArrayList<>();
        Set<String> zhDetails = new HashSet<>();
        Set<String> enDetails = new HashSet<>();
        for (String input : INPUTS.keySet()) {
            String q = URLEncoder.encode(input, StandardCharsets.UTF_8);
            List<String> chineseProse = new ArrayList<>();
            for (String lang : List.of("", "?lang=zh", "en", "?lang=en")) {
                boolean english = lang.endsWith("en");
                RequestSpecification r = given().urlEncodingEnabled(false).accept("application/json");
                if (lang.equals("en")) {
                    r = r.header("Accept-Language", "en");
                }
                JsonPath j = r.get("/api/case-numbers/parse?q=" + q
                                + (lang.startsWith("?") ? "&" + lang.substring(1) : ""))
                        .then()
                        .statusCode(400)
                        .extract()
                        .jsonPath();
                String detail = j.getString("detail");
                String where = input + " [" + (lang.isEmpty() ? "default" : lang) + "]: " + detail + " / "
                        + j.getString("title");
                if (english) {
                    enDetails.add(detail);
                    if (!englishOnly(detail)
                            || !englishOnly(j.getString("title"))
                            || !LATIN.matcher(detail).find()) {
                        problems.add(where);
                    }
                    // nor the Chinese reason quoted in an English sentence
                    for (String run : chineseProse) {
                        if (detail.contains(run)) {
                            problems.add(where + " (quotes the Chinese reason: " + run + ")");
                        }
                    }
                } else {
                    zhDetails.add(detail);
                    var runs = Pattern.compile("\\p{IsHan}{4,}").matcher(detail);
                    while (runs.find()) {
                        if (!input.contains(runs.group()) && !EXAMPLES.contains(runs.group())) {
                            chineseProse.add(runs.group());
                        }
                    }
                    if (!chineseOnly(detail)
                            || !chineseOnly(j.getString("title"))
                            || !HAN.matcher(detail).find()) {
                        problems.add(where);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        // one text per reason, not one generic refusal
        assertEquals(INPUTS.size(), zhDetails.size(), zhDetails.toString());
        assertEquals(INPUTS.size(), enDetails.size(), enDetails.toString());
    }

    /** A court's system sending a bad case number gets the reason in its request's language too. */
    @Test
    void publishingNamesTheFieldAndTheReasonInTheRequestsLanguage() {
        for (String input : List.of("（2023）京0105民初12a号", "（2023）最高民初1号", "（2023）ABC民初1号")) {
            for (boolean english : new boolean[] {false, true}) {
                RequestSpecification r = given().accept("application/json")
                        .header("Authorization", TestSupport.bearer(TestSupport.courtToken("京0105")));
                if (english) {
                    r = r.header("Accept-Language", "en");
                }
                JsonPath j = r.contentType(ContentType.JSON)
                        .body(Map.of("caseNumber", input, "court", "京0105", "documentKind", "判决书"))
                        .post("/api/publish/judgments")
                        .then()
                        .statusCode(400)
                        .extract()
                        .jsonPath();
                String detail = j.getString("detail");
                assertEquals("caseNumber", j.getString("field"), detail);
                String prose = detail.replaceFirst("^caseNumber: ", "");
                assertTrue(
                        english
                                ? englishOnly(prose) && prose.startsWith("not a case number: ")
                                : chineseOnly(prose) && HAN.matcher(prose).find(),
                        input + (english ? " (en): " : " (zh): ") + detail);
            }
        }
    }

    /** No Han outside quotes ('…') and the example of a case number. */
    static boolean englishOnly(String text) {
        String t = text.replaceAll("'[^']*'", " ").replace("（2023）京0105民初12345号", " ");
        return !HAN.matcher(t).find();
    }

    /** No Latin word outside the quoted input (“…”). */
    static boolean chineseOnly(String text) {
        return !Pattern.compile("[A-Za-z]")
                .matcher(text.replaceAll("“[^”]*”", " "))
                .find();
    }
}
