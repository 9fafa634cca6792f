package org.gongkai.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hardened surface (issue 9): security headers on every kind of response, no inline script
 * or style for the CSP to forbid, request limits and errors in the portal's own shapes, and
 * metrics behind their token.
 */
@QuarkusTest
class SurfaceTest {

    /** A raw HTTP/1.1 exchange: a request an HTTP client library would refuse to send, or send whole. */
    static RawResponse raw(String request) {
        // one request per connection: the server closes after its answer, so reading to the end is reading the answer
        int lineEnd = request.indexOf("\r\n");
        request = request.substring(0, lineEnd + 2) + "Connection: close\r\n" + request.substring(lineEnd + 2);
        try (Socket s = new Socket("localhost", RestAssured.port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                s.getInputStream().transferTo(out);
            } catch (IOException readEnded) {
                // the server may close right after its answer; what arrived is the answer
            }
            return RawResponse.parse(out.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record RawResponse(int status, Map<String, String> headers, String body) {
        static RawResponse parse(String text) {
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(
                            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).strip());
                }
            }
            return new RawResponse(status, headers, body);
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    static void assertHardened(String what, java.util.function.Function<String, String> header) {
        String csp = header.apply("Content-Security-Policy");
        assertTrue(csp != null && csp.contains("frame-ancestors 'none'"), what + ": CSP " + csp);
        assertTrue(scriptSources(csp).equals("'self'"), what + ": scripts only from the portal's files: " + csp);
        assertFalse(csp.contains("unsafe-eval"), what + ": " + csp);
        assertEquals("nosniff", header.apply("X-Content-Type-Options"), what);
        assertEquals("DENY", header.apply("X-Frame-Options"), what);
        assertEquals("same-origin", header.apply("Referrer-Policy"), what);
        String permissions = header.apply("Permissions-Policy");
        assertTrue(
                permissions != null && permissions.contains("camera=()") && permissions.contains("geolocation=()"),
                what + ": " + permissions);
        assertNull(header.apply("Strict-Transport-Security"), what + ": no HSTS over plain HTTP");
    }

    static String scriptSources(String csp) {
        Matcher m = Pattern.compile("script-src ([^;]*)").matcher(csp);
        return m.find() ? m.group(1).strip() : "(none: falls back to default-src)";
    }

    static void assertHardened(String what, Response r) {
        assertHardened(what + " (" + r.statusCode() + ")", r::header);
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        Map<String, Supplier<Response>> responses = new LinkedHashMap<>();
        responses.put("home page", () -> given().accept("text/html").get("/"));
        responses.put(
                "search page",
                () -> given().accept("text/html").queryParam("q", "合同").get("/search"));
        responses.put("API JSON", () -> given().get("/api/judgments?q=合同"));
        responses.put("static CSS", () -> given().get("/css/site.css"));
        responses.put("static JS", () -> given().get("/js/swagger-init.js"));
        responses.put("page 404", () -> given().accept("text/html").get("/no-such-page"));
        responses.put("static 404", () -> given().get("/css/no-such.css"));
        responses.put("API 404", () -> given().get("/api/no-such-thing"));
        responses.put("API 405", () -> given().delete("/api/judgments"));
        responses.put("API 401", () -> given().get("/api/process/case"));
        responses.put("redirect", () -> given().redirects().follow(false).get("/process/case"));
        responses.put("health", () -> given().get("/q/health/ready"));
        responses.put("OpenAPI", () -> given().get("/q/openapi"));
        responses.put("metrics refused", () -> given().get("/q/metrics"));
        responses.put(
                "metrics",
                () -> given().header("Authorization", "Bearer test-metrics-token")
                        .get("/q/metrics"));
        responses.put("swagger page", () -> given().get("/q/swagger-ui/"));
        responses.put("swagger file", () -> given().get("/q/swagger-ui/swagger-ui-bundle.js"));
        responses.put(
                "https claimed without the proxy switch",
                () -> given().header("X-Forwarded-Proto", "https").get("/"));
        responses.forEach((what, call) -> assertHardened(what, call.get()));

        // errors the portal answers before JAX-RS: declared body too large, URI too long, headers too large
        assertHardened(
                "413",
                raw("POST /api/process/access HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 20000000\r\n\r\n")::header);
        assertHardened("414", raw("GET /search?q=" + "a".repeat(30000) + " HTTP/1.1\r\nHost: x\r\n\r\n")::header);
        assertHardened("431", raw("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(21000) + "\r\n\r\n")::header);
    }

    @Test
    void onlyTheApiDocumentationMayUseInlineStyles() {
        String page = given().get("/").header("Content-Security-Policy");
        assertFalse(page.contains("unsafe-inline"), page);
        assertTrue(page.contains("style-src 'self';"), page);
        String docs = given().get("/q/swagger-ui/").header("Content-Security-Policy");
        assertTrue(docs.contains("style-src 'self' 'unsafe-inline'"), docs);
        assertEquals("'self'", scriptSources(docs));
        // the documentation page loads Swagger UI from files only: no inline script left to be blocked
        String html =
                given().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        assertTrue(html.contains("/q/swagger-ui/swagger-ui-bundle.js") && html.contains("/js/swagger-init.js"), html);
        assertNoInlineScriptOrStyle("swagger page", html);
        given().get("/q/swagger-ui/swagger-ui-bundle.js").then().statusCode(200);
        given().get("/q/swagger-ui/swagger-ui-standalone-preset.js").then().statusCode(200);
        given().get("/q/swagger-ui/swagger-ui.css").then().statusCode(200);
    }

    static void assertNoInlineScriptOrStyle(String what, String html) {
        Matcher script = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE)
                .matcher(html);
        if (script.find()) {
            throw new AssertionError(what + ": inline script " + script.group());
        }
        assertFalse(
                Pattern.compile("<style[\\s>]", Pattern.CASE_INSENSITIVE)
                        .matcher(html)
                        .find(),
                what + ": <style> element");
        assertFalse(
                Pattern.compile("\\sstyle\\s*=", Pattern.CASE_INSENSITIVE)
                        .matcher(html)
                        .find(),
                what + ": style= attribute");
        Matcher handler =
                Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html);
        assertFalse(handler.find(), what + ": inline event handler");
        assertFalse(html.toLowerCase(Locale.ROOT).contains("javascript:"), what + ": javascript: URL");
    }

    @Test
    void noTemplateNeedsInlineScriptOrStyle() throws IOException {
        List<Path> templates;
        try (Stream<Path> s = Files.walk(Path.of("src/main/resources/templates"))) {
            // judgments/pdf.html is the input of the PDF renderer (openhtmltopdf), never sent to a browser:
            // its <style> is not subject to the CSP
            templates = s.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> !p.endsWith(Path.of("judgments", "pdf.html")))
                    .toList();
        }
        assertTrue(templates.size() >= 20, "templates found: " + templates.size());
        for (Path t : templates) {
            assertNoInlineScriptOrStyle(t.toString(), Files.readString(t));
        }
        // and as rendered
        for (String page :
                List.of("/", "/search?q=合同", "/hearings", "/process", "/enforcement", "/about", "/no-such-page")) {
            assertNoInlineScriptOrStyle(
                    page, given().accept("text/html").get(page).asString());
        }
    }

    @Test
    void oversizedRequestsAnswerInTheirShapes() {
        RawResponse apiBody = raw("POST /api/process/access HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 20000000\r\n\r\n");
        assertEquals(413, apiBody.status());
        assertTrue(
                apiBody.header("Content-Type").startsWith("application/problem+json"),
                apiBody.headers().toString());
        assertTrue(apiBody.body().contains("\"status\":413") && apiBody.body().contains("提交的内容过大"), apiBody.body());

        RawResponse pageBody =
                raw("POST /process/access HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 20000000\r\n\r\n");
        assertEquals(413, pageBody.status());
        assertTrue(
                pageBody.header("Content-Type").startsWith("text/html"),
                pageBody.headers().toString());
        assertTrue(pageBody.body().contains("提交的内容过大") && pageBody.body().contains("返回首页"), pageBody.body());

        RawResponse apiUri = raw("GET /api/judgments?q=" + "a".repeat(30000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals(414, apiUri.status());
        assertTrue(
                apiUri.header("Content-Type").startsWith("application/problem+json"),
                apiUri.headers().toString());
        assertTrue(apiUri.body().contains("\"status\":414") && apiUri.body().contains("网址过长"), apiUri.body());
        assertTrue(apiUri.body().length() < 2000, "the long URI is not echoed back whole");

        RawResponse pageUri =
                raw("GET /search?q=" + "a".repeat(30000) + " HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\n\r\n");
        assertEquals(414, pageUri.status());
        assertTrue(pageUri.body().contains("网址过长") && pageUri.body().contains("返回首页"), pageUri.body());

        RawResponse apiHeaders =
                raw("GET /api/judgments HTTP/1.1\r\nHost: x\r\nCookie: " + "c".repeat(21000) + "\r\n\r\n");
        assertEquals(431, apiHeaders.status());
        assertTrue(
                apiHeaders.header("Content-Type").startsWith("application/problem+json"),
                apiHeaders.headers().toString());
        assertTrue(
                apiHeaders.body().contains("\"status\":431")
                        && apiHeaders.body().contains("请求头过大"),
                apiHeaders.body());

        RawResponse pageHeaders =
                raw("GET / HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\nCookie: " + "c".repeat(21000) + "\r\n\r\n");
        assertEquals(431, pageHeaders.status());
        assertTrue(pageHeaders.body().contains("请求头过大") && pageHeaders.body().contains("返回首页"), pageHeaders.body());

        // the longest search the portal accepts (500 characters, 4,500 once encoded: beyond the HTTP
        // decoder's default line of 4,096) is served
        given().queryParam("q", "借款".repeat(250)).get("/api/judgments").then().statusCode(200);
    }

    @Test
    void methodMediaTypeAndNotFoundErrorsHaveTheirShapes() {
        given().header("Accept-Language", "en")
                .delete("/api/judgments")
                .then()
                .statusCode(405)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(405))
                .body("title", equalTo("Method Not Allowed"));
        given().delete("/api/judgments").then().statusCode(405).body("title", equalTo("不支持的请求方法"));
        given().accept("text/html")
                .delete("/search")
                .then()
                .statusCode(405)
                .contentType(containsString("text/html"))
                .body(containsString("不支持的请求方法"));
        given().accept("image/png")
                .get("/api/judgments")
                .then()
                .statusCode(406)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(406));
        given().contentType("text/plain")
                .body("x")
                .post("/api/process/access")
                .then()
                .statusCode(415)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(415));
        given().accept("text/html")
                .contentType("text/plain")
                .body("x")
                .post("/process/access")
                .then()
                .statusCode(415)
                .contentType(containsString("text/html"))
                .body(containsString("不支持的内容类型"));
        given().get("/api/no-such-thing")
                .then()
                .statusCode(404)
                .contentType(containsString("application/problem+json"));
        given().accept("text/html")
                .get("/css/no-such.css")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("页面不存在"));
    }

    @Test
    void metricsNeedTheirTokenAndHealthStaysOpen() {
        given().get("/q/metrics")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body(not(containsString("jvm_")));
        given().header("Authorization", "Bearer wrong").get("/q/metrics").then().statusCode(401);
        given().header("Authorization", "Bearer " + org.gongkai.TestSupport.ADMIN_TOKEN)
                .get("/q/metrics")
                .then()
                .statusCode(401);
        given().accept("application/json")
                .get("/q/metrics")
                .then()
                .statusCode(401)
                .contentType(containsString("application/problem+json"));
        given().header("Authorization", "Bearer test-metrics-token")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
        // other spellings of the same path do not get around the check
        for (String path : List.of(
                "/q/metrics/",
                "/q//metrics",
                "/q/./metrics",
                "/q/x/../metrics",
                "/q/%6detrics",
                "/q/metrics;a=b",
                "/q/metrics?format=json",
                "/Q/metrics",
                "/q/metrics%2F")) {
            RawResponse r = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
            assertFalse(r.status() == 200 && r.body().contains("jvm_"), path + " → " + r.status());
        }
    }
}
