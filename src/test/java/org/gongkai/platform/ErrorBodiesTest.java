package org.gongkai.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * A battery of malformed requests (issue 9): every one is a 4xx in the portal's shape, and no
 * answer shows a Java class name, an exception, a parser message or a stack trace.
 */
@QuarkusTest
class ErrorBodiesTest {
    /** What must never reach a client: Java/Jackson/Lucene/H2/Hibernate class names and their messages. */
    static final Pattern LEAK = Pattern.compile(
            "\\b(java|javax|jakarta|org|com|io)\\.[a-z]+\\.|Exception|Cannot deserialize|Unrecognized token|Unexpected character"
                    + "|at \\[Source|\\(through reference chain|Illegal base64|For input string|\\bat [a-z]+\\.[a-zA-Z.]+\\(|"
                    + "Lucene|lucene|Hibernate|hibernate|SQL|JDBC|H2 |Caused by|NumberFormat|was expecting|Unexpected end-of-input");

    /** Validation messages written by the channels themselves (English today), not by the platform's error mapping. */
    static final java.util.Set<String> CHANNEL_MESSAGES = java.util.Set.of("bad size", "negative size");

    record Case(String what, String method, String path, String contentType, byte[] body, String field, boolean html) {}

    static Case json(String what, String method, String path, String body, String field) {
        return new Case(
                what,
                method,
                path,
                "application/json",
                body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                field,
                false);
    }

    static Case get(String what, String path, String field) {
        return new Case(what, "GET", path, null, null, field, false);
    }

    static Case page(String what, String method, String path, String contentType, String body) {
        return new Case(
                what,
                method,
                path,
                contentType,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                null,
                true);
    }

    @Test
    void malformedRequestsGetClearAnswersWithoutInternals() {
        String nested = "[".repeat(5000) + "]".repeat(5000);
        String longNumber = "9".repeat(5000);
        List<Case> cases = List.of(
                json(
                        "object for a string",
                        "POST",
                        "/api/process/access",
                        "{\"caseNumber\": {\"a\": 1}}",
                        "caseNumber"),
                json("array for a string", "POST", "/api/process/access", "{\"caseNumber\": [1, 2]}", "caseNumber"),
                json("truncated JSON", "POST", "/api/process/access", "{\"caseNumber\": ", null),
                json("not JSON", "POST", "/api/process/access", "caseNumber=1", null),
                json("a string, not an object", "POST", "/api/process/access", "\"just text\"", null),
                json("garbage token", "POST", "/api/process/access", "{\"caseNumber\": nope}", null),
                json("nested too deep", "POST", "/api/process/access", nested, null),
                new Case(
                        "invalid UTF-8",
                        "POST",
                        "/api/process/access",
                        "application/json",
                        new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                        null,
                        false),
                json(
                        "text for an integer",
                        "POST",
                        "/api/publish/cases/（2026）京0105民初1号/documents",
                        "{\"partyId\": \"abc\", \"title\": \"t\", \"kind\": \"k\", \"text\": \"x\"}",
                        "partyId"),
                json(
                        "huge integer",
                        "POST",
                        "/api/publish/cases/（2026）京0105民初1号/documents",
                        "{\"partyId\": 99999999999999999999999, \"title\": \"t\", \"kind\": \"k\", \"text\": \"x\"}",
                        "partyId"),
                json(
                        "overlong number",
                        "POST",
                        "/api/publish/cases/（2026）京0105民初1号/documents",
                        "{\"partyId\": " + longNumber + "}",
                        null),
                json(
                        "text for a boolean",
                        "POST",
                        "/api/publish/judgments",
                        "{\"stateSecret\": \"maybe\"}",
                        "stateSecret"),
                json("text for a list", "POST", "/api/publish/judgments", "{\"parties\": \"all of them\"}", "parties"),
                json(
                        "number in a list of objects",
                        "POST",
                        "/api/publish/judgments",
                        "{\"parties\": [1]}",
                        "parties[0]"),
                json(
                        "text for an amount",
                        "POST",
                        "/api/publish/enforcement/dishonest",
                        "{\"amount\": \"lots\"}",
                        "amount"),
                json(
                        "text for a ground",
                        "POST",
                        "/api/publish/enforcement/dishonest",
                        "{\"ground\": \"bad\"}",
                        "ground"),
                json(
                        "object for the debtor",
                        "POST",
                        "/api/publish/enforcement/dishonest",
                        "{\"debtor\": 5}",
                        "debtor"),
                json(
                        "impossible date",
                        "POST",
                        "/api/publish/judgments",
                        "{\"caseNumber\": \"（2023）京0105民初12345号\", "
                                + "\"court\": \"京0105\", \"documentKind\": \"判决书\", \"decisionDate\": \"2023-13-45\", \"text\": \"x\"}",
                        null),
                json(
                        "id too long",
                        "POST",
                        "/api/publish/judgments/text",
                        "{\"id\": \"" + "i".repeat(300) + "\", \"text\": \"x\"}",
                        "id"),
                json("empty body", "POST", "/api/publish/judgments/text", null, null),
                new Case(
                        "text/plain to JSON",
                        "POST",
                        "/api/process/access",
                        "text/plain",
                        "x".getBytes(StandardCharsets.UTF_8),
                        null,
                        false),
                get("letters for an id", "/api/judgments/abc", "id"),
                get("id beyond long", "/api/judgments/99999999999999999999999", "id"),
                get("letters for a served document", "/api/process/documents/abc", "id"),
                get("broken cursor", "/api/judgments?q=合同&cursor=!!!***", "cursor"),
                get("cursor of random bytes", "/api/judgments?q=合同&cursor=AAAAAAAAAAAAAAAA", "cursor"),
                get("unbalanced query", "/api/judgments?q=" + "(".repeat(50) + "合同", null),
                get("query of thousands of OR terms", "/api/judgments?q=" + "合同 OR ".repeat(1500) + "合同", null),
                get("unknown field in query", "/api/judgments?q=nosuchfield:合同", null),
                get("bad date range", "/api/judgments?q=date:[2020-99-99 TO x]", null),
                get("bad size", "/api/judgments?q=合同&size=abc", null),
                get("negative size", "/api/judgments?q=合同&size=-5", null),
                get("bad enforcement cursor", "/api/publish/enforcement/dishonest?cursor=%%%", null),
                page("letters for a judgment page", "GET", "/judgments/abc", null, null),
                page("letters for a document page", "GET", "/process/documents/abc", null, null),
                page(
                        "malformed form encoding",
                        "POST",
                        "/process/access",
                        "application/x-www-form-urlencoded",
                        "caseNumber=%zz&idNumber=%"),
                page("unbalanced search", "GET", "/search?q=" + "(".repeat(50) + "合同", null, null));
        List<String> failures = new ArrayList<>();
        String token = TestSupport.bearer(TestSupport.courtToken("京0105"));
        for (Case c : cases) {
            if (c.path().contains("%")) {
                // a malformed escape: no HTTP client library sends it, so it goes over a socket
                SurfaceTest.RawResponse raw = SurfaceTest.raw(c.method() + " " + c.path() + " HTTP/1.1\r\nHost: x\r\n"
                        + (c.path().startsWith("/api/publish") ? "Authorization: " + token + "\r\n" : "")
                        + "Accept: " + (c.html() ? "text/html" : "application/json") + "\r\n\r\n");
                String problem = c.what() + " → " + raw.status() + " " + raw.body();
                if (raw.status() < 400 || raw.status() >= 500) {
                    failures.add("not a 4xx: " + problem);
                }
                if (LEAK.matcher(raw.body()).find()) {
                    failures.add("leaks: " + problem);
                }
                continue;
            }
            RequestSpecification spec = given();
            if (c.path().startsWith("/api/publish")) {
                spec = spec.header("Authorization", token);
            }
            spec = spec.accept(c.html() ? "text/html" : "application/json");
            if (c.contentType() != null) {
                spec = spec.contentType(c.contentType());
            }
            if (c.body() != null) {
                boolean form =
                        c.contentType() != null && c.contentType().startsWith("application/x-www-form-urlencoded");
                spec = form ? spec.body(new String(c.body(), StandardCharsets.UTF_8)) : spec.body(c.body());
            }
            Response r = spec.request(c.method(), c.path());
            String body = r.asString();
            int status = r.statusCode();
            String problem = c.what() + " → " + status + " " + r.contentType() + " "
                    + (body.length() > 300 ? body.substring(0, 300) : body);
            if (status < 400 || status >= 500) {
                failures.add("not a 4xx: " + problem);
            }
            if (LEAK.matcher(body).find()) {
                var m = LEAK.matcher(body);
                m.find();
                failures.add("leaks '" + m.group() + "': " + problem);
            }
            if (c.html()) {
                if (!r.contentType().startsWith("text/html")) {
                    failures.add("not a page: " + problem);
                }
            } else {
                if (!r.contentType().startsWith("application/problem+json")) {
                    failures.add("not problem+json: " + problem);
                } else {
                    assertEquals(status, r.jsonPath().getInt("status"), problem);
                    if (c.field() != null && !c.field().equals(r.jsonPath().getString("field"))) {
                        failures.add("does not name the field " + c.field() + ": " + problem);
                    }
                    // the platform's own answers (parsing, conversion, limits) are Chinese first; field checks
                    // of the channels keep their own wording
                    if (!CHANNEL_MESSAGES.contains(c.what())
                            && !Pattern.compile("\\p{IsHan}")
                                    .matcher(r.jsonPath().getString("detail"))
                                    .find()) {
                        failures.add("no Chinese in the detail: " + problem);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + ":\n" + String.join("\n", failures));
    }
}
