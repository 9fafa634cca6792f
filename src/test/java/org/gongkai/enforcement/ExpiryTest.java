package org.gongkai.enforcement;

import static io.restassured.RestAssured.given;
import static org.gongkai.enforcement.Fixtures.list;
import static org.gongkai.enforcement.Fixtures.listing;
import static org.gongkai.enforcement.Fixtures.person;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.gongkai.TestSupport;
import org.gongkai.platform.ClockProducer;
import org.junit.jupiter.api.Test;

/** A fixed-term listing leaves every public surface at the end of its term, before and after the job. */
@QuarkusTest
class ExpiryTest extends EnforcementTestBase {
    static final String COURT = "川0104";

    @Inject
    EnforcementExpiry expiry;

    @Inject
    org.gongkai.publishing.CliCommands cli;

    @Test
    void fixedTermListingDisappearsAtExpiry() {
        LocalDate today = clock.today();
        LocalDate decision = today.minusMonths(24);
        String id = Fixtures.idNumber();
        String name = "期满" + (System.nanoTime() % 10000);
        Map<String, Object> body = listing(COURT, person(name, id), 5, decision);
        long listingId = list(COURT, body);
        // an open-ended (ground 1) listing of the same court stays
        long openEnded = list(COURT, listing(COURT, person(name, Fixtures.idNumber()), 1, decision));
        LocalDate termEnd = decision.plusMonths(24);
        assertEquals(today, termEnd);

        // the last day of the term: still everywhere
        assertVisible(listingId, name, id, true);

        // the day after: gone from every surface, although the job has not run yet
        clock.fixAt(termEnd.plusDays(1).atTime(9, 0).atZone(ClockProducer.CHINA).toInstant());
        assertVisible(listingId, name, id, false);
        assertVisible(openEnded, name, null, true);
        // not yet overdue (3 working days), but still LISTED in the database
        courtView(listingId).body("state", equalTo("LISTED")).body("publicNow", equalTo(false));

        // ten days later without the job: the court sees the removal as overdue
        clock.fixAt(
                termEnd.plusDays(10).atTime(9, 0).atZone(ClockProducer.CHINA).toInstant());
        given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(COURT)))
                .get("/api/publish/enforcement/overdue")
                .then()
                .statusCode(200)
                .body("id", hasItem((int) listingId))
                .body("find { it.id == " + listingId + " }.dueReason", equalTo("失信期限届满"))
                .body("id", not(hasItem((int) openEnded)));

        // the job catches up: REMOVED with reason, date = day after the term, history; idempotent
        assertTrue(expiry.expireNow() >= 1);
        assertEquals(0, expiry.expireNow());
        courtView(listingId)
                .body("state", equalTo("REMOVED"))
                .body("stateReason", equalTo("失信期限届满"))
                .body("removalDate", equalTo(termEnd.plusDays(1).toString()))
                .body("history.toState", contains("LISTED", "REMOVED"))
                .body("history[1].actor", equalTo(EnforcementExpiry.ACTOR));
        given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(COURT)))
                .get("/api/publish/enforcement/overdue")
                .then()
                .statusCode(200)
                .body("id", not(hasItem((int) listingId)));
        assertVisible(listingId, name, id, false);
        assertVisible(openEnded, name, null, true);

        // the command line runs the same job
        assertEquals(0, cli.run("expire"));

        // and after the clock comes back it stays removed
        clock.reset();
        limits.reset();
        assertVisible(listingId, name, id, false);
        given().get("/api/enforcement/dishonest/" + listingId)
                .then()
                .statusCode(410)
                .body("takedown.kind", equalTo("expired"))
                .body("takedown.reasonCategory", equalTo("TERM_EXPIRED"));
    }

    private io.restassured.response.ValidatableResponse courtView(long listingId) {
        return given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(COURT)))
                .queryParam("size", 500)
                .get("/api/publish/enforcement/dishonest")
                .then()
                .statusCode(200)
                .rootPath("hits.find { it.listing.id == " + listingId + " }");
    }

    private void assertVisible(long listingId, String name, String id, boolean visible) {
        limits.reset();
        String url = "/enforcement/dishonest/" + listingId;
        // gone: 404 while only past its term, 410 with the takedown register's entry once the expiry removed it (issue
        // 15)
        given().get("/api/enforcement/dishonest/" + listingId)
                .then()
                .statusCode(visible ? equalTo(200) : org.hamcrest.Matchers.oneOf(404, 410));
        given().get(url).then().statusCode(visible ? equalTo(200) : org.hamcrest.Matchers.oneOf(404, 410));
        var ids = given().queryParam("court", COURT)
                .queryParam("size", 100)
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("hits.id", Integer.class);
        assertEquals(visible, ids.contains((int) listingId), "browse list");
        if (id != null) {
            given().queryParam("name", name)
                    .queryParam("idNumber", id)
                    .get("/api/enforcement/dishonest")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(visible ? 1 : 0));
        }
        String page = given().queryParam("court", COURT)
                .queryParam("size", 100)
                .get("/enforcement/dishonest")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(visible, page.contains(url + "\""), "browse page");
        String feed = given().get("/enforcement/dishonest/{court}.atom", COURT)
                .then()
                .statusCode(200)
                .contentType(containsString("application/atom+xml"))
                .extract()
                .asString();
        assertEquals(visible, feed.contains(url + "\""), "feed");
        String csv = given().queryParam("court", COURT)
                .get("/api/enforcement/dishonest.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(visible, csv.contains(url + "\r\n"), "csv");
        String jsonl = given().queryParam("court", COURT)
                .get("/api/enforcement/dishonest.jsonl")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(visible, jsonl.contains("\"id\":" + listingId + ","), "jsonl");
        if (!visible && id != null) {
            // The masked number no longer tells two people of one name apart (it shows the region
            // prefix only, issue 9), so the page is checked by rows: the name appears exactly as
            // often as it has public listings, and those do not include this one.
            var sameName = given().queryParam("name", name)
                    .queryParam("size", 100)
                    .get("/api/enforcement/dishonest")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("hits.id", Integer.class);
            assertFalse(sameName.contains((int) listingId), "name lookup");
            int rows = page.split(java.util.regex.Pattern.quote(">" + name + "</a>"), -1).length - 1;
            assertEquals(sameName.stream().filter(ids::contains).count(), rows, "page rows of " + name);
        }
    }
}
