package org.gongkai.enforcement;

import static io.restassured.RestAssured.given;
import static org.gongkai.enforcement.Fixtures.list;
import static org.gongkai.enforcement.Fixtures.listing;
import static org.gongkai.enforcement.Fixtures.person;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * Publishes records with known full ID numbers and scans every public surface (pages, API,
 * CSV, JSONL, Atom, statistics) and the court's own view: the full numbers appear nowhere, the
 * masked form does.
 */
@QuarkusTest
class PersonalDataTest extends EnforcementTestBase {
    static final String COURT = "湘0102";

    @Test
    void noFullIdNumberOnAnyPublicSurface() {
        LocalDate d = clock.today().minusMonths(1);
        String listedId = Fixtures.idNumber();
        String restrictedId = Fixtures.idNumber(LocalDate.of(1975, 1, 2));
        String terminatedId = Fixtures.idNumberEndingInX(LocalDate.of(1990, 12, 31));
        String name = "隐私" + (System.nanoTime() % 10000);
        long listingId = list(COURT, listing(COURT, person(name, listedId), 2, d));
        long restrictionId =
                Fixtures.create(COURT, "/restrictions", Fixtures.restriction(COURT, person(name, restrictedId), d));
        Fixtures.create(COURT, "/terminations", Fixtures.termination(COURT, person(name, terminatedId), d, "5000"));
        List<String> full = List.of(listedId, restrictedId, terminatedId);

        Map<String, String> bodies = new LinkedHashMap<>();
        String c = "court=" + COURT;
        for (String path : List.of(
                "/enforcement",
                "/enforcement/dishonest?" + c,
                "/enforcement/dishonest/" + listingId,
                "/enforcement/restrictions?" + c,
                "/enforcement/terminations?" + c,
                "/enforcement/stats",
                "/enforcement/stats?court=" + COURT,
                "/api/enforcement/dishonest?" + c,
                "/api/enforcement/dishonest/" + listingId,
                "/api/enforcement/restrictions?" + c,
                "/api/enforcement/terminations?" + c,
                "/api/enforcement/stats?by=court",
                "/api/enforcement/stats?by=month&court=" + COURT,
                "/api/enforcement/stats.csv?by=province",
                "/enforcement/dishonest/" + COURT + ".atom")) {
            bodies.put(path, get(path));
        }
        // lookups with the full numbers: the results, and the pages echoing the form, stay masked
        for (String id : full) {
            for (String path : List.of(
                    "/api/enforcement/dishonest",
                    "/enforcement/dishonest",
                    "/api/enforcement/restrictions",
                    "/enforcement/restrictions",
                    "/api/enforcement/terminations",
                    "/enforcement/terminations")) {
                String url = path + "?name=" + name + "&idNumber=" + id;
                bodies.put(url, get(url));
            }
        }
        limits.reset();
        for (String path : List.of(
                "/api/enforcement/dishonest.csv?" + c,
                "/api/enforcement/dishonest.jsonl?" + c,
                "/api/enforcement/restrictions.csv?" + c,
                "/api/enforcement/restrictions.jsonl?" + c,
                "/api/enforcement/terminations.csv?" + c)) {
            bodies.put(path, get(path));
        }
        bodies.put(
                "court view",
                given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(COURT)))
                        .queryParam("size", 500)
                        .get("/api/publish/enforcement/dishonest")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());

        List<String> leaks = new ArrayList<>();
        bodies.forEach((path, body) -> {
            for (String id : full) {
                if (body.contains(id) || body.contains(id.substring(0, 17))) {
                    leaks.add(path + " contains " + id);
                }
            }
        });
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));

        // and the masked forms are there
        for (String path : List.of(
                "/enforcement/dishonest?" + c,
                "/enforcement/dishonest/" + listingId,
                "/api/enforcement/dishonest?" + c,
                "/api/enforcement/dishonest/" + listingId,
                "/api/enforcement/dishonest.csv?" + c,
                "/api/enforcement/dishonest.jsonl?" + c,
                "/enforcement/dishonest/" + COURT + ".atom",
                "court view")) {
            assertTrue(bodies.get(path).contains(Fixtures.masked(listedId)), path + " lacks the masked number");
        }
        for (String path : List.of(
                "/api/enforcement/restrictions?" + c,
                "/enforcement/restrictions?" + c,
                "/api/enforcement/restrictions.csv?" + c)) {
            assertTrue(bodies.get(path).contains(Fixtures.masked(restrictedId)), path + " lacks the masked number");
        }
        for (String path : List.of(
                "/api/enforcement/terminations?" + c,
                "/enforcement/terminations?" + c,
                "/api/enforcement/terminations.csv?" + c)) {
            assertTrue(bodies.get(path).contains(Fixtures.masked(terminatedId)), path + " lacks the masked number");
        }
        // the check character (X here) is starred like the rest since issue 9
        assertFalse(Fixtures.masked(terminatedId).contains("X"));
        for (String id : full) {
            String oldMask = id.substring(0, 4) + "**********" + id.substring(14);
            bodies.forEach((path, body) -> assertFalse(body.contains(oldMask), path + " shows the last 4 characters"));
        }
        assertFalse(bodies.get("/api/enforcement/restrictions?" + c).isEmpty());
        assertTrue(restrictionId > 0);
    }

    private String get(String url) {
        return given().urlEncodingEnabled(true)
                .get(url)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
