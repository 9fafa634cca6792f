package org.gongkai.enforcement;

import static io.restassured.RestAssured.given;
import static org.gongkai.enforcement.Fixtures.list;
import static org.gongkai.enforcement.Fixtures.listing;
import static org.gongkai.enforcement.Fixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.gongkai.enforcement.IdCandidates.Display;
import org.gongkai.enforcement.IdCandidates.Shown;
import org.junit.jupiter.api.Test;

/**
 * The attack of issue 9, end to end: read everything public about a listed person, enumerate the
 * numbers consistent with it, and try to confirm guesses through the lookup from many client
 * addresses (real ones: each guess leaves from its own loopback address 127.0.0.x, so the
 * per-client limits see a new client every time). It must fail: the wrong-number budget of the
 * name, shared by all clients, stops it long before the candidates are covered, and once it has,
 * even a lucky right guess is answered "not found".
 */
@QuarkusTest
class IdRecoveryAttackTest extends EnforcementTestBase {
    static final String COURT = "粤1971";
    static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    @Inject
    WrongNumberBudget budget;

    @Test
    void guessingTheNumberFromManyAddressesFails() throws Exception {
        // the victim: registered in 东莞 (one county code, the smallest candidate space there is)
        String name = "受害" + String.format("%05d", System.nanoTime() % 100000);
        String secret = IdCandidates.number("441900", LocalDate.of(1986, 11, 23), 517);
        long listingId = list(
                COURT, listing(COURT, person(name, secret), 1, clock.today().minusDays(40)));

        // 1. everything public about the person: the record page's JSON, from the attacker's first address
        JsonNode view = JSON.readTree(
                get("127.0.0.2", "/api/enforcement/dishonest/" + listingId).body());
        assertFalse(view.toString().contains(secret.substring(0, 6)), "no more than the prefecture is shown");
        Shown shown = new Shown(
                view.get("idNumber").asText(),
                view.get("sex").asText(),
                view.get("age").asInt(),
                clock.today(),
                LocalDate.parse(view.get("decisionDate").asText()));

        // 2. the candidates consistent with it
        List<String> candidates = IdCandidates.list(shown, Display.PORTAL, Integer.MAX_VALUE);
        assertTrue(candidates.contains(secret));
        long days = candidates.size() / budget.limit();
        System.out.printf(
                "ID recovery attack: %d candidates from %s; at %d wrong numbers a day: %d days (%.0f years)%n",
                candidates.size(), shown, budget.limit(), days, days / 365.0);
        assertTrue(candidates.size() >= 1_000, "candidates: " + candidates.size());
        assertTrue(days >= 100, "the budget covers the candidates in " + days + " days");

        // 3. guesses, each from its own address. The attacker is made lucky: the right number
        // is the 40th guess (by chance it would be about the 90,000th).
        Collections.shuffle(candidates, new Random(9));
        candidates.remove(secret);
        List<String> guesses = new ArrayList<>(candidates.subList(0, 60));
        guesses.add(39, secret);
        int found = 0;
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < guesses.size(); i++) {
            HttpResponse<String> r = get(
                    "127.0.0." + (10 + i),
                    "/api/enforcement/dishonest?name=" + enc(name) + "&idNumber=" + guesses.get(i));
            statuses.add(r.statusCode());
            JsonNode page = JSON.readTree(r.body());
            found += page.get("total").asInt();
            assertFalse(r.body().contains(secret));
        }
        // every guess was answered (no per-client limit stood in the way: they came from 61 clients) …
        assertTrue(statuses.stream().allMatch(s -> s == 200), statuses.toString());
        // … and none confirmed anything, the right number included
        assertEquals(0, found);
        assertEquals(budget.limit(), budget.counted(name));

        // the HTML form, from yet another address, says the same
        String html = get("127.0.0.200", "/enforcement/dishonest?name=" + enc(name) + "&idNumber=" + secret)
                .body();
        assertTrue(html.contains("共 0 条"), html);
        assertFalse(html.contains("/enforcement/dishonest/" + listingId + "\""));

        // the next day the owner's (or a creditor's) lookup works again, and the attacker is back
        // to ten guesses in about 180,000 candidates
        clock.shift(Duration.ofDays(1).plusMinutes(5));
        assertEquals(
                1,
                given().queryParam("name", name)
                        .queryParam("idNumber", secret)
                        .get("/api/enforcement/dishonest")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getInt("total"));
    }

    @Test
    void theAddressesAreRealClientsToThePortal() throws Exception {
        // the per-client limit (30 lookups a minute) counts 127.0.0.3 and 127.0.0.4 apart: so the
        // attack above really came from many clients
        String path = "/api/enforcement/dishonest?name=" + enc("客户端测试");
        for (int i = 0; i < 30; i++) {
            assertEquals(200, get("127.0.0.3", path).statusCode());
        }
        assertEquals(429, get("127.0.0.3", path).statusCode());
        assertEquals(200, get("127.0.0.4", path).statusCode());
    }

    private HttpResponse<String> get(String from, String path) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .localAddress(InetAddress.getByName(from))
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        try (client) {
            URI uri = URI.create("http://127.0.0.1:" + base.getPort() + path);
            return client.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
