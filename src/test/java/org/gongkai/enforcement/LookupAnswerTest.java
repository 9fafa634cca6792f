package org.gongkai.enforcement;

import static io.restassured.RestAssured.given;
import static org.gongkai.enforcement.Fixtures.list;
import static org.gongkai.enforcement.Fixtures.listing;
import static org.gongkai.enforcement.Fixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The answer to a wrong number is the answer for a person who is not listed, and, once the name's
 * budget is spent, so is the answer to the right number: same status, same headers, same body, no
 * measurable difference in time (issue 9).
 */
@QuarkusTest
class LookupAnswerTest extends EnforcementTestBase {
    static final String COURT = "浙0382";

    record Answer(int status, Map<String, String> headers, String body) {}

    private static Answer ask(String path, String name, String id, String echoedName) {
        Response r = given().queryParam("name", name).queryParam("idNumber", id).get(path);
        Map<String, String> headers = new TreeMap<>();
        r.getHeaders().forEach(h -> {
            // Date and the client's own API usage count (RateLimit-*) change with every request, whoever is asked about
            if (!h.getName().equalsIgnoreCase("Date") && !h.getName().regionMatches(true, 0, "RateLimit-", 0, 10)) {
                headers.merge(h.getName().toLowerCase(), h.getValue(), (a, b) -> a + "\n" + b);
            }
        });
        // a page echoes the name typed into the form (as text, and URL-encoded in the language switch's link);
        // everything else must be equal byte for byte
        String body = r.asString()
                .replace(echoedName, "«NAME»")
                .replace(java.net.URLEncoder.encode(echoedName, java.nio.charset.StandardCharsets.UTF_8), "«NAME»");
        if (headers.containsKey("content-length")) {
            headers.put(
                    "content-length", String.valueOf(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        }
        return new Answer(r.statusCode(), headers, body);
    }

    @Test
    void aWrongNumberIsAnsweredLikeAPersonWhoIsNotListed() {
        String listed = "应答" + String.format("%05d", System.nanoTime() % 100000);
        String absent = "无名" + String.format("%05d", System.nanoTime() % 100000);
        assertEquals(listed.length(), absent.length());
        String id = IdCandidates.number("330382", LocalDate.of(1977, 7, 7), 421);
        list(COURT, listing(COURT, person(listed, id), 1, clock.today().minusDays(10)));
        String wrongNumber = WrongNumberBudgetTest.wrong(id, 0);
        String someNumber = IdCandidates.number("330382", LocalDate.of(1977, 7, 7), 423);

        for (String path : List.of(
                "/api/enforcement/dishonest",
                "/enforcement/dishonest",
                "/api/enforcement/restrictions",
                "/enforcement/restrictions",
                "/api/enforcement/terminations",
                "/enforcement/terminations")) {
            Answer wrong = ask(path, listed, wrongNumber, listed);
            Answer notListed = ask(path, absent, someNumber, absent);
            assertEquals(200, wrong.status(), path);
            assertEquals(notListed, wrong, path);
        }
        // the right number is found
        Answer right = ask("/api/enforcement/dishonest", listed, id, listed);
        assertTrue(right.body().contains("\"total\":1"), right.body());

        // spend the budget (six wrong numbers above, four more): now the right number is answered
        // exactly like a stranger
        for (int i = 1; i <= 4; i++) {
            ask("/api/enforcement/dishonest", listed, WrongNumberBudgetTest.wrong(id, i), listed);
        }
        for (String path : List.of("/api/enforcement/dishonest", "/enforcement/dishonest")) {
            assertEquals(ask(path, absent, someNumber, absent), ask(path, listed, id, listed), path);
            assertEquals(ask(path, listed, wrongNumber, listed), ask(path, listed, id, listed), path);
        }
    }

    @Test
    void noTimingDifferenceBetweenWrongNumbersStrangersAndTheRefusedRightNumber() {
        String listed = "计时" + System.nanoTime() % 100000;
        String absent = "陌生" + System.nanoTime() % 100000;
        String id = IdCandidates.number("330382", LocalDate.of(1969, 9, 9), 777);
        list(COURT, listing(COURT, person(listed, id), 1, clock.today().minusDays(10)));
        // warm up the paths with a third name
        for (int i = 0; i < 10; i++) {
            time("预热" + i, WrongNumberBudgetTest.wrong(id, i));
        }
        // interleaved samples, so that each kind meets the same load on a shared machine.
        // Phase 1, while the budgets last (ten each): a wrong number for the listed name against a
        // number for a name nobody has. Phase 2, both budgets spent: the same two, and the right
        // number of the listed person, refused.
        long[] wrongCounted = new long[10];
        long[] strangerCounted = new long[10];
        int rounds = 30;
        long[] wrong = new long[rounds];
        long[] stranger = new long[rounds];
        long[] refusedRight = new long[rounds];
        int window = 0;
        for (int i = 0; i < 10; i++) {
            if (i % 8 == 0) {
                // a new per-client minute window (shift is an offset from now, not cumulative); the budget lasts a day
                clock.shift(Duration.ofSeconds(61L * ++window));
            }
            wrongCounted[i] = time(listed, WrongNumberBudgetTest.wrong(id, 10 + i));
            strangerCounted[i] = time(absent, WrongNumberBudgetTest.wrong(id, 10 + i));
        }
        for (int i = 0; i < rounds; i++) {
            if (i % 8 == 0) {
                clock.shift(Duration.ofSeconds(61L * ++window));
            }
            wrong[i] = time(listed, WrongNumberBudgetTest.wrong(id, 40 + i));
            stranger[i] = time(absent, WrongNumberBudgetTest.wrong(id, 40 + i));
            refusedRight[i] = time(listed, id);
        }
        System.out.printf(
                "lookup medians (ms), budget left: wrong number %.2f, not listed %.2f;"
                        + " budget spent: wrong number %.2f, not listed %.2f, right number %.2f%n",
                median(wrongCounted) / 1e6,
                median(strangerCounted) / 1e6,
                median(wrong) / 1e6,
                median(stranger) / 1e6,
                median(refusedRight) / 1e6);
        // the same work behind each answer: medians within 3 ms + 40 % of each other on a busy machine
        assertClose(median(wrongCounted), median(strangerCounted));
        assertClose(median(wrong), median(stranger));
        assertClose(median(refusedRight), median(wrong));
        assertClose(median(refusedRight), median(stranger));
    }

    private long time(String name, String id) {
        long t0 = System.nanoTime();
        int total = given().queryParam("name", name)
                .queryParam("idNumber", id)
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("total");
        long t = System.nanoTime() - t0;
        assertEquals(0, total);
        return t;
    }

    private static double median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }

    private static void assertClose(double a, double b) {
        double allowed = 3_000_000 + 0.4 * Math.min(a, b);
        assertTrue(
                Math.abs(a - b) <= allowed,
                String.format(
                        "medians %.2f ms and %.2f ms differ by more than %.2f ms", a / 1e6, b / 1e6, allowed / 1e6));
    }
}
