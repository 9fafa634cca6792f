package org.gongkai.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The published API usage limits (issue 15): every /api response tells the client its limit, what
 * is left and when the window ends; over the limit it gets 429 problem+json with Retry-After; an
 * API key has a higher limit of its own; the count is kept in the shared counter, so a request
 * another web node counted is counted here too (issue 12).
 */
@QuarkusTest
@TestProfile(ApiUsageLimitsTest.SmallLimits.class)
class ApiUsageLimitsTest {
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "gongkai.api.anonymous-per-minute",
                    "5",
                    "gongkai.api.key-per-minute",
                    "8",
                    "gongkai.publish.rate-per-minute",
                    "600");
        }
    }

    @Inject
    SharedCounter counter;

    String token;

    @BeforeEach
    void freshWindows() {
        counter.reset("api-");
        if (token == null) {
            // this profile has its own application and database: a token of its own
            token = given().header("Authorization", "Bearer " + org.gongkai.TestSupport.ADMIN_TOKEN)
                    .contentType(ContentType.JSON)
                    .body(Map.of("court", "京0105"))
                    .post("/api/admin/tokens")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("token");
        }
    }

    private static int header(Response r, String name) {
        String v = r.header(name);
        assertTrue(v != null, name + " missing on " + r.statusCode());
        return Integer.parseInt(v);
    }

    @Test
    void withoutAKeyTheFifthRequestIsTheLastAndTheSixthIsRefusedWithRetryAfter() {
        for (int i = 1; i <= 5; i++) {
            Response r = given().queryParam("q", "借款").get("/api/judgments");
            assertEquals(200, r.statusCode());
            assertEquals(5, header(r, "RateLimit-Limit"));
            assertEquals(5 - i, header(r, "RateLimit-Remaining"));
            int reset = header(r, "RateLimit-Reset");
            assertTrue(reset >= 1 && reset <= 60, "seconds until the minute's window ends: " + reset);
        }
        Response refused = given().get("/api/enforcement/dishonest");
        assertEquals(429, refused.statusCode(), "every API path shares the client's window");
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        int retry = header(refused, "Retry-After");
        assertTrue(retry >= 1 && retry <= 60);
        assertEquals(0, header(refused, "RateLimit-Remaining"));
        assertEquals(retry, header(refused, "RateLimit-Reset"));
        assertEquals(429, refused.jsonPath().getInt("status"));
        assertTrue(
                refused.jsonPath().getString("detail").contains("API 密钥"),
                "says that a key gets more: " + refused.jsonPath().getString("detail"));
        // pages are not the API: not counted
        given().get("/").then().statusCode(200);
        assertNull(given().get("/").header("RateLimit-Limit"));
    }

    @Test
    void aKeyHasAHigherLimitOfItsOwnAndAnUnknownKeyCountsAsNone() {
        for (int i = 0; i < 5; i++) {
            given().get("/api/judgments").then().statusCode(200);
        }
        given().get("/api/judgments").then().statusCode(429);
        // the court's token as the key, in either header: its own window of 8
        Response bearer = given().header("Authorization", "Bearer " + token).get("/api/judgments");
        assertEquals(200, bearer.statusCode());
        assertEquals(8, header(bearer, "RateLimit-Limit"));
        assertEquals(7, header(bearer, "RateLimit-Remaining"));
        Response apiKey = given().header("X-Api-Key", token).get("/api/judgments");
        assertEquals(6, header(apiKey, "RateLimit-Remaining"), "the same key, the same window");
        for (int i = 0; i < 6; i++) {
            given().header("X-Api-Key", token).get("/api/judgments").then().statusCode(200);
        }
        given().header("X-Api-Key", token)
                .get("/api/judgments")
                .then()
                .statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // a made-up key is no key: the address's window, which is used up
        Response unknown = given().header("X-Api-Key", "gk_not-a-key").get("/api/judgments");
        assertEquals(429, unknown.statusCode());
        assertEquals(5, header(unknown, "RateLimit-Limit"));
    }

    @Test
    void theCountIsTheSharedOneThatEveryNodeWritesTo() {
        Response first = given().get("/api/judgments");
        assertEquals(4, header(first, "RateLimit-Remaining"));
        assertEquals(1, counter.counted("api-anon:127.0.0.1"), "counted in the shared store, by client address");
        // two requests of the same client that another web node counted (same table or Redis, same key)
        counter.tryAcquire("api-anon:127.0.0.1", 5, 60_000);
        counter.tryAcquire("api-anon:127.0.0.1", 5, 60_000);
        assertEquals(1, header(given().get("/api/judgments"), "RateLimit-Remaining"));
    }

    @Test
    void thePublishingApiShowsThePerTokenLimitItIsCountedIn() {
        Response r = given().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/publish/judgments");
        assertEquals(400, r.statusCode(), r.asString());
        assertEquals(600, header(r, "RateLimit-Limit"), "gongkai.publish.rate-per-minute, per token");
        assertEquals(599, header(r, "RateLimit-Remaining"));
    }
}
