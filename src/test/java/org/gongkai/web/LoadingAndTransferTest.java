package org.gongkai.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gongkai.demo.DemoProgress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 14: while the demo corpus loads every page and API says so; pages travel compressed, static files cached. */
@QuarkusTest
class LoadingAndTransferTest {
    @Inject
    DemoProgress progress;

    @AfterEach
    void done() {
        progress.finish();
    }

    @Test
    void whileLoadingEveryPageAndApiSaysSo() {
        progress.start(3000, () -> 1200);
        for (String page : new String[] {"/", "/search", "/hearings", "/enforcement/dishonest", "/process"}) {
            given().when().get(page).then().statusCode(200).body(containsString("示例数据导入中：已导入 1,200 / 3,000"));
        }
        // an empty result is "still loading", not "try fewer words"
        given().queryParam("q", "琥珀色的独角兽")
                .when()
                .get("/search")
                .then()
                .statusCode(200)
                .body(containsString("示例数据仍在导入"))
                .body(not(containsString("减少关键词")));
        given().when().get("/hearings?q=（2099）京0105民初1号").then().body(containsString("示例数据仍在导入"));
        given().queryParam("q", "琥珀色的独角兽")
                .when()
                .get("/api/judgments")
                .then()
                .statusCode(200)
                .header("Gongkai-Loading", equalTo("1200/3000"));
        // readiness says loading and stays UP (bench/ scripts wait for it with curl -f)
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body(containsString("\"loading\": true"))
                .body(containsString("\"imported\": 1200"));

        progress.finish();
        given().when().get("/search").then().body(not(containsString("示例数据导入中")));
        given().queryParam("q", "琥珀色的独角兽").when().get("/search").then().body(containsString("减少关键词"));
        given().when().get("/api/judgments").then().header("Gongkai-Loading", (String) null);
    }

    @Test
    void pagesAreCompressedAndStaticFilesCached() throws Exception {
        given().header("Accept-Encoding", "gzip")
                .when()
                .get("/search?q=借款")
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip");
        given().header("Accept-Encoding", "gzip")
                .when()
                .get("/api/judgments?q=借款")
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip");
        given().header("Accept-Encoding", "gzip")
                .when()
                .get("/css/site.css")
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip")
                .header("Cache-Control", containsString("max-age=86400"));
        // a client that does not accept gzip gets plain text
        var plain = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(Browser.base() + "/search"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(200, plain.statusCode());
        org.junit.jupiter.api.Assertions.assertTrue(
                plain.headers().firstValue("Content-Encoding").isEmpty());
        org.junit.jupiter.api.Assertions.assertTrue(plain.body().contains("裁判文书检索"));
    }
}
