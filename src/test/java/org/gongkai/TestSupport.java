package org.gongkai;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Shared helpers for @QuarkusTest classes: the admin token of the test profile and court tokens. */
public final class TestSupport {
    public static final String ADMIN_TOKEN = "test-admin-token";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private TestSupport() {}

    /** A publishing token for the court (code), issued once per test run through the admin API. */
    public static String courtToken(String court) {
        return TOKENS.computeIfAbsent(
                court,
                c -> given().header("Authorization", "Bearer " + ADMIN_TOKEN)
                        .contentType(ContentType.JSON)
                        .body(Map.of("court", c))
                        .when()
                        .post("/api/admin/tokens")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("token"));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
