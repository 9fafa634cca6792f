package org.gongkai.enforcement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RateLimitTest extends EnforcementTestBase {

    @Test
    void lookupsAreLimitedPerClient() {
        String someone = Fixtures.idNumber();
        for (int i = 0; i < 30; i++) {
            given().queryParam("name", "限流测试")
                    .queryParam("idNumber", someone)
                    .get("/api/enforcement/dishonest")
                    .then()
                    .statusCode(200);
        }
        given().queryParam("name", "限流测试")
                .queryParam("idNumber", someone)
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(429))
                .body("detail", containsString("秒后重试"))
                .body("detail", containsString("每 60 秒最多 30 次"))
                .body("detail", not(containsString("too many requests")))
                .body("retryAfterSeconds", notNullValue());
        // in English on request, without the Chinese
        given().queryParam("name", "限流测试")
                .queryParam("idNumber", someone)
                .header("Accept-Language", "en")
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(429)
                .body(
                        "detail",
                        startsWith("Lookups of dishonest debtors and other enforcement records: too many requests"))
                .body("detail", containsString("at most 30 per 60 s"))
                .body("detail", not(containsString("请求过于频繁")));
        // the HTML lookup is the same bucket and answers with a Chinese page
        given().accept("text/html")
                .queryParam("name", "限流测试")
                .get("/enforcement/dishonest")
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body(containsString("请求过于频繁"));
        // a minute later the client may look up again
        clock.shift(java.time.Duration.ofSeconds(61));
        given().queryParam("name", "限流测试")
                .get("/api/enforcement/dishonest")
                .then()
                .statusCode(200);
    }

    @Test
    void browsingAndExportsHaveLowerLimits() {
        for (int i = 0; i < 120; i++) {
            given().get("/api/enforcement/terminations").then().statusCode(200);
        }
        given().get("/api/enforcement/terminations").then().statusCode(429).header("Retry-After", notNullValue());
        for (int i = 0; i < 5; i++) {
            given().queryParam("court", "黔0102")
                    .get("/api/enforcement/dishonest.csv")
                    .then()
                    .statusCode(200);
        }
        given().queryParam("court", "黔0102")
                .get("/api/enforcement/dishonest.csv")
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue());
        // statistics are aggregates and stay available
        given().get("/api/enforcement/stats").then().statusCode(200);
    }
}
