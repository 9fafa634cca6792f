package org.gongkai.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The portal behind a TLS-terminating reverse proxy (GONGKAI_BEHIND_PROXY=true), with metrics
 * left without a token as in a production start that did not configure one: HSTS follows the
 * forwarded scheme, the lockout counts the forwarded client address, and metrics are off.
 */
@QuarkusTest
@TestProfile(BehindProxySurfaceTest.BehindProxy.class)
class BehindProxySurfaceTest {
    public static class BehindProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.proxy.proxy-address-forwarding",
                    "true",
                    "quarkus.http.proxy.allow-x-forwarded",
                    "true",
                    "gongkai.metrics.token",
                    "");
        }
    }

    static final String COURT = "京0105";
    static final String ID = "110105197912125557";

    @Test
    void hstsOnlyForRequestsThatCameOverTls() {
        String hsts = given().header("X-Forwarded-Proto", "https").get("/").header("Strict-Transport-Security");
        assertEquals(SecurityHeaders.HSTS, hsts);
        assertEquals(
                SecurityHeaders.HSTS,
                given().header("X-Forwarded-Proto", "https")
                        .get("/api/no-such-thing")
                        .header("Strict-Transport-Security"),
                "on errors too");
        assertNull(given().get("/").header("Strict-Transport-Security"), "plain http through the proxy");
        assertNull(given().header("X-Forwarded-Proto", "http").get("/").header("Strict-Transport-Security"));
    }

    @Test
    void metricsAreOffWithoutAConfiguredToken() {
        given().get("/q/metrics").then().statusCode(404);
        given().header("Authorization", "Bearer test-metrics-token")
                .get("/q/metrics")
                .then()
                .statusCode(404);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void strangersAtOtherAddressesCannotLockTheRealPartyOut() {
        // this profile has its own application and database: a token of its own
        String token = given().header("Authorization", "Bearer " + org.gongkai.TestSupport.ADMIN_TOKEN)
                .contentType(ContentType.JSON)
                .body(Map.of("court", COURT))
                .post("/api/admin/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        String cn = "（2026）京0105民初" + (900_000 + System.nanoTime() % 90_000) + "号";
        JsonPath r = given().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "caseNumber",
                        cn,
                        "court",
                        COURT,
                        "cause",
                        "买卖合同纠纷",
                        "filingDate",
                        "2026-01-10",
                        "parties",
                        List.of(Map.of("name", "冯十二", "role", "原告", "kind", "PERSON", "idNumber", ID))))
                .post("/api/publish/cases")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String code = r.getString("parties[0].queryCode");
        // thirty strangers at thirty addresses, five wrong codes each (as many as each address may try)
        int refused = 0;
        for (int a = 1; a <= 30; a++) {
            for (int i = 0; i < 5; i++) {
                int status = given().header("X-Forwarded-For", "203.0.113." + a)
                        .contentType(ContentType.JSON)
                        .body(Map.of("caseNumber", cn, "idNumber", ID, "queryCode", "GUESS" + i))
                        .post("/api/process/access")
                        .statusCode();
                refused += status == 429 ? 1 : 0;
            }
        }
        // past the case's budget each address got fewer tries: the case was slowed down …
        assertEquals(30 * 5 - (10 + 28 * 2), refused, "10 wrong answers in budget, then 2 per new address");
        // … but not locked: the party at their own address gets in
        given().header("X-Forwarded-For", "198.51.100.23")
                .contentType(ContentType.JSON)
                .body(Map.of("caseNumber", cn, "idNumber", ID, "queryCode", code))
                .post("/api/process/access")
                .then()
                .statusCode(200);
    }
}
