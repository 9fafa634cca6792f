package org.gongkai.process;

import static io.restassured.RestAssured.given;
import static org.gongkai.process.ProcessFixtures.caseBody;
import static org.gongkai.process.ProcessFixtures.caseNumber;
import static org.gongkai.process.ProcessFixtures.event;
import static org.gongkai.process.ProcessFixtures.hearing;
import static org.gongkai.process.ProcessFixtures.party;
import static org.gongkai.process.ProcessFixtures.register;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.gongkai.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * Case events and hearings answer with the receipt every court-side write gives (issue 11):
 * {@code {id, status, url}}, 201 with a Location header when created, 200 with the same id when
 * the same submission comes again.
 */
@QuarkusTest
class ProcessReceiptTest {
    private static final String COURT = "京0105";

    private static io.restassured.response.Response post(String path, Object body, Object... params) {
        return given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path, params);
    }

    @Test
    void eventsAndHearingsAnswerWithTheOneReceipt() {
        String cn = caseNumber(COURT);
        register(COURT, caseBody(cn, COURT, false, List.of(party("钱学文", "原告", "PERSON", "110105198807150130"))));
        Map<String, Object> e = event("ACCEPTED", "2026-01-11T09:00", "立案庭", "决定立案受理");
        var first = post("/api/publish/cases/{cn}/events", e, cn);
        first.then()
                .statusCode(201)
                .body("status", equalTo("RECORDED"))
                .header("Location", endsWith(org.gongkai.platform.Links.publicCase(cn)))
                .body("url", equalTo(org.gongkai.platform.Links.publicCase(cn)));
        long id = first.jsonPath().getLong("id");
        post("/api/publish/cases/{cn}/events", e, cn)
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id))
                .body("status", equalTo("RECORDED"));

        Map<String, Object> open = hearing(COURT, cn, "2027-06-01T09:30", true, null);
        var h = post("/api/publish/hearings", open);
        h.then()
                .statusCode(201)
                .body("status", equalTo("ANNOUNCED"))
                .body("url", equalTo("/hearings"))
                .header("Location", endsWith("/hearings"));
        post("/api/publish/hearings", open)
                .then()
                .statusCode(200)
                .body("id", equalTo(h.jsonPath().getInt("id")));
        post("/api/publish/hearings", hearing(COURT, cn, "2027-06-02T09:30", false, null))
                .then()
                .statusCode(201)
                .body("status", equalTo("PARTIES_ONLY"));
    }
}
