package org.gongkai.enforcement;

import static org.gongkai.enforcement.Fixtures.listing;
import static org.gongkai.enforcement.Fixtures.person;
import static org.gongkai.enforcement.Fixtures.post;
import static org.gongkai.enforcement.Fixtures.restriction;
import static org.gongkai.enforcement.Fixtures.termination;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Enforcement records answer with the receipt every court-side write gives (issue 11): {@code {id,
 * status, url}}, 201 with a Location header when created, 200 with the same id for a repeat.
 */
@QuarkusTest
class EnforcementReceiptTest extends EnforcementTestBase {
    private static final String COURT = "浙0302";

    @Test
    void listingsRestrictionsAndTerminationsAnswerWithTheOneReceipt() {
        var today = clock.today();
        Map<String, Object> l = listing(COURT, person("孙立新", Fixtures.idNumber()), 1, today.minusDays(3));
        var created = post(COURT, "/dishonest", l)
                .statusCode(201)
                .body("status", equalTo("LISTED"))
                .extract()
                .response();
        long id = created.jsonPath().getLong("id");
        created.then()
                .body("url", equalTo("/enforcement/dishonest/" + id))
                .header("Location", endsWith("/enforcement/dishonest/" + id));
        post(COURT, "/dishonest", l)
                .statusCode(200)
                .body("id", equalTo((int) id))
                .body("status", equalTo("LISTED"));
        post(COURT, "/dishonest/" + id + "/revoke", Map.of("reason", "错误纳入"))
                .statusCode(200)
                .body("id", equalTo((int) id))
                .body("status", equalTo("REVOKED"));

        Map<String, Object> r = restriction(COURT, person("孙立新", Fixtures.idNumber()), today.minusDays(2));
        post(COURT, "/restrictions", r)
                .statusCode(201)
                .body("status", equalTo("IN_FORCE"))
                .header("Location", endsWith("/enforcement/restrictions"));
        Map<String, Object> t = termination(COURT, person("孙立新", Fixtures.idNumber()), today.minusDays(1), "1000.00");
        long tid = post(COURT, "/terminations", t)
                .statusCode(201)
                .body("status", equalTo("TERMINATED"))
                .extract()
                .jsonPath()
                .getLong("id");
        post(COURT, "/terminations", t).statusCode(200).body("id", equalTo((int) tid));
    }
}
