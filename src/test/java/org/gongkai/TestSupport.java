package org.gongkai;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.platform.ClockProducer;

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

    /**
     * {@code days} days after today in China at {@code time} (09:30), as the publishing API takes a
     * hearing's time: {@code 2026-12-20T09:30}. Today is the one of the clock the application starts
     * with ({@link ClockProducer#testClock()}: GONGKAI_TEST_TODAY moves both). For a hearing a test
     * needs in the future: the hearings calendar lists coming hearings only and a party's page says
     * 即将开庭 until the hearing starts, so a literal date stops testing them on the day it passes.
     */
    public static String daysAhead(int days, String time) {
        return LocalDate.now(ClockProducer.testClock())
                .plusDays(days)
                .atTime(LocalTime.parse(time))
                .toString();
    }
}
