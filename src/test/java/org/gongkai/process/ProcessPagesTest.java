package org.gongkai.process;

import static io.restassured.RestAssured.given;
import static org.gongkai.process.ProcessFixtures.addEvent;
import static org.gongkai.process.ProcessFixtures.caseBody;
import static org.gongkai.process.ProcessFixtures.caseNumber;
import static org.gongkai.process.ProcessFixtures.event;
import static org.gongkai.process.ProcessFixtures.party;
import static org.gongkai.process.ProcessFixtures.register;
import static org.gongkai.process.ProcessFixtures.serve;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProcessPagesTest {
    static final String COURT = "京0105";
    static final String ID = "110105198507071115";

    @Inject
    AccessLockout lockout;

    @BeforeEach
    void freshCounters() {
        lockout.clear();
    }

    @Test
    void accessFormWorksWithoutJavaScript() {
        given().accept("text/html")
                .get("/process")
                .then()
                .statusCode(200)
                .body(allOf(
                        containsString("<label for=\"caseNumber\">案号</label>"),
                        containsString("<label for=\"idNumber\">证件号码</label>"),
                        containsString("<label for=\"queryCode\">查询码</label>"),
                        containsString("action=\"/process/access\"")));

        String cn = caseNumber(COURT);
        JsonPath r = register(COURT, caseBody(cn, COURT, false, List.of(party("钱七", "原告", "PERSON", ID))));
        addEvent(COURT, cn, event("ACCEPTED", "2026-01-11T09:00", "立案庭", "决定立案受理"));
        long doc = serve(COURT, cn, r.getLong("parties[0].id"), "受理通知书", "钱七：\n你的起诉本院已受理。\n\n特此通知。");

        Response ok = given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("caseNumber", cn)
                .formParam("idNumber", ID)
                .formParam("queryCode", r.getString("parties[0].queryCode"))
                .post("/process/access");
        assertEquals(303, ok.statusCode());
        assertEquals("/process/case", java.net.URI.create(ok.header("Location")).getPath());
        String setCookie = ok.header("Set-Cookie");
        for (String attribute : List.of("HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=7200")) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    setCookie.contains(attribute), setCookie + " lacks " + attribute);
        }
        assertFalse(setCookie.contains("Secure"), "plain http: no Secure flag");
        String cookie = ok.cookie(LitigantAccess.COOKIE);

        given().cookie(LitigantAccess.COOKIE, cookie)
                .accept("text/html")
                .get("/process/case")
                .then()
                .statusCode(200)
                .body(containsString(cn))
                .body(containsString("立案受理"))
                .body(containsString("受理通知书"))
                .body(containsString("/process/documents/" + doc))
                .body(containsString("退出"))
                .body(not(containsString(ID)));
        given().cookie(LitigantAccess.COOKIE, cookie)
                .accept("text/html")
                .get("/process/documents/{id}", doc)
                .then()
                .statusCode(200)
                .body(containsString("你的起诉本院已受理。"));
        Response out = given().redirects()
                .follow(false)
                .cookie(LitigantAccess.COOKIE, cookie)
                .post("/process/logout");
        assertEquals(303, out.statusCode());
        org.junit.jupiter.api.Assertions.assertTrue(out.header("Set-Cookie").contains("Max-Age=0"));

        // without a session the case page sends the visitor to the form
        given().redirects()
                .follow(false)
                .get("/process/case")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/process"));
    }

    @Test
    void wrongValuesShowTheSingleMessageInline() {
        String cn = caseNumber(COURT);
        register(COURT, caseBody(cn, COURT, false, List.of(party("孙八", "原告", "PERSON", ID))));
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .header("X-Forwarded-Proto", "https")
                .formParam("caseNumber", cn)
                .formParam("idNumber", ID)
                .formParam("queryCode", "WRONG")
                .post("/process/access")
                .then()
                .statusCode(401)
                .contentType(containsString("text/html"))
                .body(containsString("案号、身份证件号码或查询码不正确"))
                .body(containsString("role=\"alert\""))
                .body(containsString("value=\"" + cn + "\""))
                .body(not(containsString(ID)));
        for (int i = 0; i < 4; i++) {
            given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("caseNumber", cn)
                    .formParam("idNumber", ID)
                    .formParam("queryCode", "WRONG" + i)
                    .post("/process/access")
                    .then()
                    .statusCode(401);
        }
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("caseNumber", cn)
                .formParam("idNumber", ID)
                .formParam("queryCode", "WRONG")
                .post("/process/access")
                .then()
                .statusCode(429)
                .body(containsString("分钟后再试"));
        lockout.clear();
    }

    @Test
    void secureCookieBehindHttpsProxy() {
        String cn = caseNumber(COURT);
        JsonPath r = register(COURT, caseBody(cn, COURT, false, List.of(party("周九", "原告", "PERSON", ID))));
        String setCookie = given().redirects()
                .follow(false)
                .header("X-Forwarded-Proto", "https")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("caseNumber", cn)
                .formParam("idNumber", ID)
                .formParam("queryCode", r.getString("parties[0].queryCode"))
                .post("/process/access")
                .then()
                .statusCode(303)
                .extract()
                .header("Set-Cookie");
        org.junit.jupiter.api.Assertions.assertTrue(setCookie.contains("Secure"), setCookie);
    }

    @Test
    void hearingsPageHasAFilterFormAndFeeds() {
        given().accept("text/html")
                .get("/hearings")
                .then()
                .statusCode(200)
                .body(containsString("<form method=\"get\" action=\"/hearings\""))
                .body(containsString("<label for=\"q\">"))
                .body(containsString("/hearings.atom"));
        given().accept("text/html")
                .queryParam("court", "京0105")
                .get("/hearings")
                .then()
                .statusCode(200)
                .body(containsString("北京市朝阳区人民法院"))
                .body(containsString(".ics"));
        given().accept("text/html")
                .queryParam("from", "not-a-date")
                .get("/hearings")
                .then()
                .statusCode(400)
                .body(containsString("from"));
    }
}
