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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.platform.Cursor;
import org.junit.jupiter.api.Test;

/** The hearing list of the API pages by the one opaque cursor of every API list (issue 11). */
@QuarkusTest
class HearingCursorTest {
    static final String COURT = "京0108";
    static final int YEAR = ProcessApiTest.NEXT + 1;

    @Test
    void aCursorWalkSeesEveryHearingOnceEvenWhileCourtsAnnounceMore() {
        String cn = caseNumber(COURT);
        register(COURT, caseBody(cn, COURT, false, List.of(party("郑九", "原告", "PERSON", ProcessApiTest.PERSON_ID))));
        List<Long> mine = new ArrayList<>();
        for (int day = 1; day <= 23; day++) {
            mine.add(addHearing(COURT, cn, String.format("%d-08-%02dT09:00", YEAR, day), true, null));
        }
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("court", COURT)
                    .queryParam("from", YEAR + "-08-01")
                    .queryParam("to", YEAR + "-08-31");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/hearings")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<String> times = page.getList("items.time", String.class);
            for (String t : times) {
                assertTrue(seen.add(t), "a hearing came twice: " + t);
                order.add(t);
            }
            if (pages == 0) {
                assertEquals(23, page.getInt("total"));
                // a court announces a hearing that sorts before the ones still to come (newest first: a later day)
                addHearing(COURT, cn, YEAR + "-08-31T10:00", true, null);
            }
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(2, pages);
        assertEquals(23, seen.size(), "the walk saw the hearings of its first page's moment, each once: " + order);
        for (int i = 1; i < order.size(); i++) {
            assertTrue(order.get(i - 1).compareTo(order.get(i)) > 0, "newest first: " + order);
        }
    }

    @Test
    void aCursorOfAnotherListOrAGarbledOneIsAClear400() {
        String enforcementCursor = Cursor.encode("enforcement:DISHONEST:NEWEST", "2026-01-01", 5);
        given().queryParam("cursor", enforcementCursor)
                .get("/api/hearings")
                .then()
                .statusCode(400)
                .body("field", equalTo("cursor"))
                .body("detail", containsString("另一个列表"));
        given().queryParam("cursor", "%%%")
                .get("/api/hearings")
                .then()
                .statusCode(400)
                .body("field", equalTo("cursor"))
                .body("detail", containsString("翻页游标无效"));
        String hearingCursor = Cursor.encode("hearings:desc", "x", 1);
        given().queryParam("q", "郑九")
                .queryParam("cursor", hearingCursor)
                .get("/api/hearings")
                .then()
                .statusCode(400)
                .body("detail", containsString("游标数据无效"));
        given().queryParam("cursor", Cursor.encode("hearings:desc", 1))
                .queryParam("q", "郑九")
                .get("/api/hearings")
                .then()
                .statusCode(400)
                .body("detail", containsString("游标数据不完整"));
        // a search cursor is refused by the enforcement list, and the other way round
        given().queryParam("cursor", hearingCursor)
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(400)
                .body("field", equalTo("cursor"));
        given().queryParam("cursor", enforcementCursor)
                .get("/api/judgments")
                .then()
                .statusCode(400)
                .body("field", equalTo("cursor"));
    }

    @Test
    void theLastPageHasNoNext() {
        JsonPath page = given().queryParam("court", COURT)
                .queryParam("from", "1990-01-01")
                .queryParam("to", "1990-01-02")
                .get("/api/hearings")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(0, page.getInt("total"));
        assertNull(page.getString("next"));
    }
}
