package org.gongkai.publishing;

import static io.restassured.RestAssured.given;
import static org.gongkai.TestSupport.bearer;
import static org.gongkai.TestSupport.courtToken;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.gongkai.TestSupport;
import org.gongkai.judgments.JudgmentFixtures;
import org.junit.jupiter.api.Test;

/** Publication deadlines (rule 1.3) as a court and the administrator see them (issue 11: without court it failed). */
@QuarkusTest
class TimelinessApiTest {
    private static final String COURT = "京0108";
    private static final String CASE = "（2024）京0108民初70301号";

    private static void publishLate() {
        // effective 2024-07-05: the deadline (7 working days) passed long before the test clock's today
        var body = JudgmentFixtures.civil(CASE, COURT, "赵明远", "110105198503021233", "钱多多", "民间借贷纠纷", "");
        given().header("Authorization", bearer(courtToken(COURT)))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/publish/judgments")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    @Test
    void theAdministratorSeesEveryCourtWithoutNamingOne() {
        publishLate();
        given().header("Authorization", bearer(TestSupport.ADMIN_TOKEN))
                .when()
                .get("/api/publish/judgments/timeliness")
                .then()
                .statusCode(200)
                .body("court", nullValue())
                .body("perCourt.court", hasItem(COURT))
                .body("perCourt.find { it.court == '" + COURT + "' }.late", greaterThan(0))
                .body("late", empty());
    }

    @Test
    void aCourtSeesItsOwnLateDocuments() {
        publishLate();
        given().header("Authorization", bearer(courtToken(COURT)))
                .when()
                .get("/api/publish/judgments/timeliness")
                .then()
                .statusCode(200)
                .body("court", equalTo(COURT))
                .body("perCourt.court", everyItem(equalTo(COURT)))
                .body("late.caseNumber", hasItem(CASE))
                .body("late.find { it.caseNumber == '" + CASE + "' }.deadline", equalTo("2024-07-16"))
                .body("late.workingDaysLate", everyItem(greaterThan(0)));
        given().header("Authorization", bearer(TestSupport.ADMIN_TOKEN))
                .when()
                .get("/api/publish/judgments/timeliness?court=" + COURT)
                .then()
                .statusCode(200)
                .body("late.caseNumber", hasItem(CASE));
    }
}
