package org.gongkai.process;

import static io.restassured.RestAssured.given;
import static org.gongkai.process.ProcessFixtures.addHearing;
import static org.gongkai.process.ProcessFixtures.caseBody;
import static org.gongkai.process.ProcessFixtures.caseNumber;
import static org.gongkai.process.ProcessFixtures.party;
import static org.gongkai.process.ProcessFixtures.register;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The query parameters of the hearings list: {@code size} is honoured or refused, never ignored, and
 * every number or date the list takes is refused with a 400 that names the parameter and what it
 * accepts, in the caller's language (as on /api/judgments and /api/enforcement).
 */
@QuarkusTest
class HearingQueryTest {
    static final String COURT = "京0113"; // used by no other test: the hearings in its range are this test's
    static final int YEAR = ProcessApiTest.NEXT + 2;
    static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    static RequestSpecification september() {
        return given().queryParam("court", COURT)
                .queryParam("from", YEAR + "-09-01")
                .queryParam("to", YEAR + "-09-30");
    }

    @Test
    void aSizeIsHonouredOnTheApiAndOnThePage() {
        String cn = caseNumber(COURT);
        register(COURT, caseBody(cn, COURT, false, List.of(party("卫十二", "原告", "PERSON", ProcessApiTest.PERSON_ID))));
        for (int day = 1; day <= 5; day++) {
            addHearing(COURT, cn, String.format("%d-09-%02dT09:00", YEAR, day), true, null);
        }
        september()
                .queryParam("size", "2")
                .get("/api/hearings")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2))
                .body("pageSize", equalTo(2))
                .body("pages", equalTo(3))
                .body("total", equalTo(5));
        // by cursor, two at a time: 2, 2, 1
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification r = september().queryParam("size", "2");
            if (cursor != null) {
                r.queryParam("cursor", cursor);
            }
            JsonPath page =
                    r.get("/api/hearings").then().statusCode(200).extract().jsonPath();
            sizes.add(page.getList("items").size());
            cursor = page.getString("next");
        } while (cursor != null && sizes.size() < 5);
        assertEquals(List.of(2, 2, 1), sizes);
        // page 3 by number holds the fifth
        september()
                .queryParam("size", "2")
                .queryParam("page", "3")
                .get("/api/hearings")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("page", equalTo(3));

        // the page for people: two hearings, and the links to the other pages keep the size
        String html = september()
                .accept("text/html")
                .queryParam("size", "2")
                .get("/hearings")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(2, html.split("class=\"hearing-title\"", -1).length - 1, "two hearings on the page");
        assertTrue(html.contains("size=2&amp;page=2"), "the next page keeps the size");
    }

    /** Parameter, bad value, and what the Chinese and the English detail say is allowed. */
    static final List<String[]> BAD = List.of(
            new String[] {"size", "x", "1 到 100", "1 to 100"},
            new String[] {"size", "0", "1 到 100", "1 to 100"},
            new String[] {"size", "-5", "1 到 100", "1 to 100"},
            new String[] {"size", "101", "1 到 100", "1 to 100"},
            new String[] {"size", "2.5", "1 到 100", "1 to 100"},
            new String[] {"page", "x", "1 到 10000", "1 to 10000"},
            new String[] {"page", "0", "1 到 10000", "1 to 10000"},
            new String[] {"page", "10001", "1 到 10000", "1 to 10000"},
            new String[] {"from", "2026-13-45", "2026-11-30", "2026-11-30"},
            new String[] {"to", "yesterday", "2026-11-30", "2026-11-30"});

    @Test
    void aBadNumberOrDateIsA400ThatSaysWhatIsAllowed() {
        for (String[] bad : BAD) {
            String what = bad[0] + "=" + bad[1];
            JsonPath zh = given().queryParam(bad[0], bad[1])
                    .get("/api/hearings")
                    .then()
                    .statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("status", equalTo(400))
                    .body("field", equalTo(bad[0]))
                    .extract()
                    .jsonPath();
            String detail = zh.getString("detail");
            assertTrue(
                    detail.startsWith(bad[0] + ": ")
                            && detail.contains(bad[2])
                            && HAN.matcher(detail).find(),
                    what + ": " + detail);
            for (Map.Entry<String, String> english :
                    Map.of("lang", "en", "Accept-Language", "en").entrySet()) {
                RequestSpecification r = given().queryParam(bad[0], bad[1]);
                if (english.getKey().equals("lang")) {
                    r.queryParam("lang", "en");
                } else {
                    r.header("Accept-Language", "en");
                }
                String en = r.get("/api/hearings")
                        .then()
                        .statusCode(400)
                        .body("field", equalTo(bad[0]))
                        .extract()
                        .jsonPath()
                        .getString("detail");
                assertTrue(
                        en.startsWith(bad[0] + ": ") && en.contains(bad[3]),
                        what + " by " + english.getKey() + ": " + en);
                assertFalse(HAN.matcher(en).find(), what + " by " + english.getKey() + " in English only: " + en);
            }
        }
    }

    @Test
    void theHearingsPageAnswersABadSizeWithItsFormAndTheReason() {
        String zh = given().accept("text/html")
                .queryParam("size", "many")
                .get("/hearings")
                .then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .extract()
                .asString();
        assertTrue(
                zh.contains("id=\"hearings-h\"") && zh.contains("role=\"alert\""),
                "the hearings page, not a bare error");
        assertTrue(zh.contains("每页条数应为 1 到 100"), "the reason");
        String en = given().accept("text/html")
                .queryParam("size", "0")
                .queryParam("lang", "en")
                .get("/hearings")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        assertTrue(en.contains("must be a number from 1 to 100"), "the reason, in English");
    }
}
