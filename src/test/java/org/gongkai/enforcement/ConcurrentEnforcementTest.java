package org.gongkai.enforcement;

import static org.gongkai.enforcement.Fixtures.listing;
import static org.gongkai.enforcement.Fixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.Race;
import org.gongkai.Race.Answer;
import org.gongkai.TestSupport;
import org.gongkai.platform.Json;
import org.junit.jupiter.api.Test;

/**
 * Court requests racing each other on the enforcement channel (issue 10): the same listing,
 * restriction or termination sent at once is stored once (200 with the same id for the
 * others); state changes of one listing racing each other, and a removal racing the lifting
 * of its restriction, end in one consistent state with no 5xx and no deadlock.
 */
@QuarkusTest
class ConcurrentEnforcementTest extends EnforcementTestBase {
    static final String COURT = "浙0302";

    @TestHTTPResource("/")
    URI base;

    private LocalDate recent() {
        return clock.today().minusMonths(2);
    }

    private List<Answer> race(int n, String path, Object body) {
        String json = Json.write(body);
        String token = TestSupport.courtToken(COURT);
        return Race.at(n, i -> Race.json(base, "POST", "/api/publish/enforcement" + path, token, json));
    }

    private static Set<Long> ids(List<Answer> answers) {
        return answers.stream().filter(a -> a.status() < 300).map(Answer::id).collect(Collectors.toSet());
    }

    private static <T> T tx(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    private static void assertCreatedOnce(List<Answer> answers) {
        Race.assertStatuses(answers, 201, 200);
        assertEquals(1, Race.count(answers, 201), "one request creates the record: " + Race.summary(answers));
        assertEquals(1, ids(answers).size(), "every receipt names the same record");
    }

    @Test
    void theSameListingSentAtOnceIsListedOnceWithOneRestriction() {
        Map<String, Object> body = listing(COURT, person("冯大力", Fixtures.idNumber()), 2, recent());
        List<Answer> answers = race(5, "/dishonest", body);
        assertCreatedOnce(answers);
        String cn = (String) body.get("caseNumber");
        assertEquals(1L, tx(() -> DishonestListing.count("caseNumber", cn)));
        assertEquals(
                1L, tx(() -> ConsumptionRestriction.count("caseNumber", cn)), "every listed debtor is restricted once");
        long id = ids(answers).iterator().next();
        assertEquals(1L, tx(() -> DishonestHistory.count("dishonestId", id)), "one history line: listed");
    }

    @Test
    void theSameRestrictionAndTerminationSentAtOnceAreStoredOnce() {
        Map<String, Object> r = Fixtures.restriction(COURT, person("褚二", Fixtures.idNumber()), recent());
        assertCreatedOnce(race(4, "/restrictions", r));
        assertEquals(1L, tx(() -> ConsumptionRestriction.count("caseNumber", r.get("caseNumber"))));
        Map<String, Object> t = Fixtures.termination(COURT, person("卫三", Fixtures.idNumber()), recent(), "12000.50");
        assertCreatedOnce(race(4, "/terminations", t));
        assertEquals(1L, tx(() -> TerminatedCase.count("caseNumber", t.get("caseNumber"))));
    }

    @Test
    void aRemovalRacingARevocationAndACorrectionEndsInOneState() {
        for (int round = 0; round < 3; round++) {
            Map<String, Object> body = listing(COURT, person("蒋四", Fixtures.idNumber()), 2, recent());
            long id = Fixtures.list(COURT, body);
            Map<String, Object> corrected = new java.util.HashMap<>(body);
            corrected.put("performance", "部分履行");
            String token = TestSupport.courtToken(COURT);
            String p = "/api/publish/enforcement/dishonest/" + id;
            List<Answer> answers = Race.at(3, i -> switch (i) {
                case 0 -> Race.json(base, "POST", p + "/remove", token, Json.write(Map.of("reason", "NO_ASSETS")));
                case 1 -> Race.json(base, "POST", p + "/revoke", token, Json.write(Map.of("reason", "错误纳入")));
                default -> Race.json(base, "PUT", p, token, Json.write(corrected));
            });
            Race.assertStatuses(answers, 200, 409);
            assertEquals(
                    1,
                    Race.count(answers.subList(0, 2), 200),
                    "exactly one of removal and revocation wins: " + Race.summary(answers));
            DishonestListing l = tx(() -> DishonestListing.<DishonestListing>findById(id));
            DishonestListing.State expected =
                    answers.get(0).status() == 200 ? DishonestListing.State.REMOVED : DishonestListing.State.REVOKED;
            assertEquals(expected, l.state);
            // the history tells the same story as the answers: listed, maybe corrected, then removed or revoked
            List<String> history =
                    tx(() -> DishonestHistory.<DishonestHistory>list("dishonestId = ?1 order by id", id).stream()
                            .map(h -> h.toState)
                            .toList());
            int expectedLines = 1 + (answers.get(2).status() == 200 ? 1 : 0) + 1;
            assertEquals(expectedLines, history.size(), history.toString());
            assertEquals(expected.name(), history.get(history.size() - 1), history.toString());
        }
    }

    @Test
    void aPerformedRemovalRacingTheLiftingOfItsRestrictionNeitherFailsNorDeadlocks() {
        for (int round = 0; round < 3; round++) {
            Map<String, Object> body = listing(COURT, person("沈五", Fixtures.idNumber()), 2, recent());
            long id = Fixtures.list(COURT, body);
            long rid = tx(() -> DishonestListing.<DishonestListing>findById(id).restrictionId);
            String token = TestSupport.courtToken(COURT);
            List<Answer> answers = Race.at(
                    2,
                    i -> i == 0
                            ? Race.json(
                                    base,
                                    "POST",
                                    "/api/publish/enforcement/dishonest/" + id + "/remove",
                                    token,
                                    Json.write(Map.of("reason", "PERFORMED")))
                            : Race.json(
                                    base,
                                    "POST",
                                    "/api/publish/enforcement/restrictions/" + rid + "/lift",
                                    token,
                                    Json.write(Map.of("reason", "PERFORMED"))));
            Race.assertStatuses(answers, 200, 409);
            assertEquals(
                    200,
                    answers.get(0).status(),
                    "the removal always succeeds: " + answers.get(0).body());
            assertEquals(
                    DishonestListing.State.REMOVED, tx(() -> DishonestListing.<DishonestListing>findById(id).state));
            ConsumptionRestriction r = tx(() -> ConsumptionRestriction.<ConsumptionRestriction>findById(rid));
            assertEquals(
                    ConsumptionRestriction.State.LIFTED, r.state, "performed: the restriction is lifted either way");
            if (answers.get(1).status() == 409) {
                assertTrue(
                        answers.get(1).body().contains("已经解除"), answers.get(1).body());
            }
        }
    }
}
