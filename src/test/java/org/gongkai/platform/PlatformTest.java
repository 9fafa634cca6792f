package org.gongkai.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformTest {

    @Test
    void healthReportsUpWithDatabase() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"))
                .body(containsString("Search index"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsArePrometheusTextForTheMetricsToken() {
        // metrics need the scraper's token (gongkai.metrics.access=token, the production default)
        given().header("Authorization", "Bearer test-metrics-token")
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
        given().when().get("/q/metrics").then().statusCode(401).body(not(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void openApiDescribesTheApi() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", containsString("Gongkai"));
    }

    @Test
    void unknownApiPathIsProblemJson() {
        // the problem is in the client's language (issue 14): Chinese by default, English on request
        given().when()
                .get("/api/no-such-thing")
                .then()
                .statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(404))
                .body("title", equalTo("页面不存在"))
                .body("detail", equalTo("没有这个资源：/api/no-such-thing"))
                .body(not(containsString("Exception")));
        given().header("Accept-Language", "en")
                .when()
                .get("/api/no-such-thing")
                .then()
                .statusCode(404)
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("No resource at /api/no-such-thing"));
    }

    @Test
    void unknownPageIsFriendlyChinesePage() {
        given().accept("text/html")
                .when()
                .get("/no-such-page")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("页面不存在"))
                .body(containsString("返回首页"))
                .body(not(containsString("Exception")));
    }
}
