package org.gongkai.process;

import static io.restassured.RestAssured.given;
import static org.gongkai.process.ProcessFixtures.caseBody;
import static org.gongkai.process.ProcessFixtures.caseNumber;
import static org.gongkai.process.ProcessFixtures.login;
import static org.gongkai.process.ProcessFixtures.party;
import static org.gongkai.process.ProcessFixtures.register;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongkai.TestSupport;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.TooManyRequestsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Litigant access under attack (issue 9, issue 10): counting is atomic, a stranger cannot lock
 * the real party out, and logout, a reissued code or leaving the case end sessions on the server.
 */
@QuarkusTest
class LitigantSessionsTest {
    static final String COURT = "京0105";
    static final String ID = "110105198203034446";

    @Inject
    AccessLockout lockout;

    @Inject
    LitigantAccess access;

    @BeforeEach
    void freshCounters() {
        lockout.clear();
    }

    /** [caseNumber, partyId, queryCode] of a new case with one natural person. */
    static Object[] newCase() {
        String cn = caseNumber(COURT);
        JsonPath r = register(COURT, caseBody(cn, COURT, false, List.of(party("郑十一", "原告", "PERSON", ID))));
        return new Object[] {cn, r.getLong("parties[0].id"), r.getString("parties[0].queryCode")};
    }

    static Response attempt(Object cn, String code) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("caseNumber", cn, "idNumber", ID, "queryCode", code))
                .post("/api/process/access");
    }

    @Test
    void fiftyConcurrentWrongCodesFromOneClientLetOnlyTheLimitThrough() throws Exception {
        Object[] c = newCase();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Integer> statuses = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> out = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String code = "WRONGCODE" + i;
                out.add(pool.submit(() -> {
                    start.await();
                    return attempt(c[0], code).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> f : out) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long checked = statuses.stream().filter(s -> s == 401).count();
        long refused = statuses.stream().filter(s -> s == 429).count();
        assertEquals(5, checked, "only the per-(case, client) limit of wrong codes is checked: " + statuses);
        assertEquals(45, refused, statuses.toString());
        // this client is locked for this case, even with the right code …
        attempt(c[0], (String) c[2]).then().statusCode(429);
        // … but the party from their own address gets in
        assertEquals(
                "郑十一",
                access.access((String) c[0], ID, (String) c[2], "198.51.100.7")
                        .view()
                        .party()
                        .name());
    }

    @Test
    void aStrangerHammeringACaseCannotLockTheRealPartyOut() {
        Object[] c = newCase();
        String cn = (String) c[0];
        // one stranger: five wrong answers, then refused — only for that address
        for (int i = 0; i < 5; i++) {
            ProblemException e =
                    assertThrows(ProblemException.class, () -> access.access(cn, ID, "GUESS", "203.0.113.66"));
            assertEquals(401, e.status());
            assertEquals(LitigantAccess.WRONG_VALUES, e.detail());
        }
        assertThrows(TooManyRequestsException.class, () -> access.access(cn, ID, "GUESS", "203.0.113.66"));
        // many strangers: the case goes over its budget (10 wrong answers from all addresses) …
        for (int a = 1; a <= 8; a++) {
            String ip = "203.0.113." + a;
            assertEquals(
                    401,
                    assertThrows(ProblemException.class, () -> access.access(cn, ID, "GUESS", ip))
                            .status());
        }
        // … and is slowed down, not locked: a fresh address now gets 2 wrong answers instead of 5
        for (int i = 0; i < 2; i++) {
            assertEquals(
                    401,
                    assertThrows(ProblemException.class, () -> access.access(cn, ID, "GUESS", "203.0.113.200"))
                            .status());
        }
        assertThrows(TooManyRequestsException.class, () -> access.access(cn, ID, "GUESS", "203.0.113.200"));
        // the real party, from their own address, with the right values: in, over the API and the form
        String cookie = login(cn, ID, (String) c[2]);
        given().cookie(LitigantAccess.COOKIE, cookie)
                .get("/api/process/case")
                .then()
                .statusCode(200)
                .body("party.name", equalTo("郑十一"));
        given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("caseNumber", cn)
                .formParam("idNumber", ID)
                .formParam("queryCode", c[2])
                .post("/process/access")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/process/case"));
        // and a right answer does not count as a failure: logging in again and again stays possible
        for (int i = 0; i < 12; i++) {
            login(cn, ID, (String) c[2]);
        }
    }

    @Test
    void aCookieReplayedAfterLogoutIsRefused() {
        Object[] c = newCase();
        String first = login((String) c[0], ID, (String) c[2]);
        String second = login((String) c[0], ID, (String) c[2]);
        given().cookie(LitigantAccess.COOKIE, first)
                .get("/api/process/case")
                .then()
                .statusCode(200);

        given().cookie(LitigantAccess.COOKIE, first)
                .post("/api/process/logout")
                .then()
                .statusCode(204);
        given().cookie(LitigantAccess.COOKIE, first)
                .get("/api/process/case")
                .then()
                .statusCode(401)
                .contentType(org.hamcrest.Matchers.containsString("application/problem+json"));
        given().cookie(LitigantAccess.COOKIE, first)
                .get("/api/process/documents/1")
                .then()
                .statusCode(401);
        // the page sends the replayed cookie to the login form
        given().redirects()
                .follow(false)
                .cookie(LitigantAccess.COOKIE, first)
                .accept("text/html")
                .get("/process/case")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/process"));
        given().cookie(LitigantAccess.COOKIE, first)
                .accept("text/html")
                .get("/process")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("action=\"/process/access\""));
        // logout ends that session only: the party's other device stays logged in
        given().cookie(LitigantAccess.COOKIE, second)
                .get("/api/process/case")
                .then()
                .statusCode(200);

        // the HTML logout does the same
        given().redirects()
                .follow(false)
                .cookie(LitigantAccess.COOKIE, second)
                .post("/process/logout")
                .then()
                .statusCode(303);
        given().redirects()
                .follow(false)
                .cookie(LitigantAccess.COOKIE, second)
                .accept("text/html")
                .get("/process/case")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/process"));
        given().cookie(LitigantAccess.COOKIE, second)
                .get("/api/process/case")
                .then()
                .statusCode(401);
    }

    @Test
    void aReissuedCodeOrLeavingTheCaseEndsExistingSessions() {
        Object[] c = newCase();
        String cookie = login((String) c[0], ID, (String) c[2]);
        given().cookie(LitigantAccess.COOKIE, cookie)
                .get("/api/process/case")
                .then()
                .statusCode(200);
        String auth = TestSupport.bearer(TestSupport.courtToken(COURT));
        String newCode = given().header("Authorization", auth)
                .post("/api/publish/cases/{cn}/parties/{id}/query-code", c[0], c[1])
                .then()
                .statusCode(200)
                .extract()
                .path("queryCode");
        given().cookie(LitigantAccess.COOKIE, cookie)
                .get("/api/process/case")
                .then()
                .statusCode(401);

        String again = login((String) c[0], ID, newCode);
        given().cookie(LitigantAccess.COOKIE, again)
                .get("/api/process/case")
                .then()
                .statusCode(200);
        given().header("Authorization", auth)
                .post("/api/publish/cases/{cn}/parties/{id}/leave", c[0], c[1])
                .then()
                .statusCode(200);
        given().cookie(LitigantAccess.COOKIE, again)
                .get("/api/process/case")
                .then()
                .statusCode(401);
    }

    @Test
    void aForgedSessionIdIsRefused() {
        Object[] c = newCase();
        String cookie = login((String) c[0], ID, (String) c[2]);
        String[] parts = cookie.split("\\.");
        assertEquals(5, parts.length);
        assertTrue(parts[0].matches("[0-9a-f]{32}"), parts[0]);
        String forged = "0".repeat(32) + cookie.substring(32);
        given().cookie(LitigantAccess.COOKIE, forged)
                .get("/api/process/case")
                .then()
                .statusCode(401);
        given().cookie(LitigantAccess.COOKIE, cookie)
                .get("/api/process/case")
                .then()
                .statusCode(200);
    }
}
