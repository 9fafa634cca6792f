package org.gongkai.process;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.gongkai.TestSupport;

/** Builders for process test data through the publishing API; every case gets its own number. */
final class ProcessFixtures {
    private static final AtomicLong SERIAL = new AtomicLong(700_000 + (System.nanoTime() / 1000) % 100_000);

    private ProcessFixtures() {}

    static String caseNumber(String court) {
        return "（2026）" + court + "民初" + SERIAL.incrementAndGet() + "号";
    }

    static Map<String, Object> party(String name, String role, String kind, String idNumber) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", name);
        p.put("role", role);
        p.put("kind", kind);
        p.put("idNumber", idNumber);
        return p;
    }

    static Map<String, Object> caseBody(
            String caseNumber, String court, boolean publicInterest, List<Map<String, Object>> parties) {
        Map<String, Object> b = new HashMap<>();
        b.put("caseNumber", caseNumber);
        b.put("court", court);
        b.put("cause", "买卖合同纠纷");
        b.put("filingDate", "2026-01-10");
        b.put("publicInterest", publicInterest);
        b.put("parties", new ArrayList<>(parties));
        return b;
    }

    /** Registers a case; returns the 201 body (caseNumber, parties with id and queryCode). */
    static JsonPath register(String court, Map<String, Object> body) {
        return given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(court)))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/publish/cases")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    static Map<String, Object> event(String type, String time, String actor, String description) {
        Map<String, Object> e = new HashMap<>();
        e.put("type", type);
        e.put("time", time);
        e.put("actor", actor);
        e.put("description", description);
        return e;
    }

    static long addEvent(String court, String caseNumber, Map<String, Object> event) {
        return given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(court)))
                .contentType(ContentType.JSON)
                .body(event)
                .when()
                .post("/api/publish/cases/{cn}/events", caseNumber)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** A hearing announcement's body (to change before posting). */
    static Map<String, Object> hearing(
            String court, String caseNumber, String time, boolean open, List<String> parties) {
        Map<String, Object> h = new HashMap<>();
        h.put("caseNumber", caseNumber);
        h.put("court", court);
        h.put("courtroom", "第三法庭");
        h.put("time", time);
        h.put("presidingJudge", "王审判");
        h.put("open", open);
        if (parties != null) {
            h.put("parties", parties);
        }
        return h;
    }

    static long addHearing(String court, String caseNumber, String time, boolean open, List<String> parties) {
        Map<String, Object> h = hearing(court, caseNumber, time, open, parties);
        return given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(court)))
                .contentType(ContentType.JSON)
                .body(h)
                .when()
                .post("/api/publish/hearings")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    static long serve(String court, String caseNumber, Long partyId, String title, String text) {
        Map<String, Object> d = new HashMap<>();
        if (partyId == null) {
            d.put("all", true);
        } else {
            d.put("partyId", partyId);
        }
        d.put("title", title);
        d.put("kind", "通知书");
        d.put("text", text);
        return given().header("Authorization", TestSupport.bearer(TestSupport.courtToken(court)))
                .contentType(ContentType.JSON)
                .body(d)
                .when()
                .post("/api/publish/cases/{cn}/documents", caseNumber)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Logs in through the JSON API and returns the session cookie value. */
    static String login(String caseNumber, String idNumber, String code) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("caseNumber", caseNumber, "idNumber", idNumber, "queryCode", code))
                .when()
                .post("/api/process/access")
                .then()
                .statusCode(200)
                .extract()
                .cookie(LitigantAccess.COOKIE);
    }
}
