package org.gongkai.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import org.gongkai.platform.Language;
import org.junit.jupiter.api.Test;

/** The interface language: ?lang=, the cookie it sets, Accept-Language, Chinese by default. */
@QuarkusTest
class LanguageChoiceTest {
    @Test
    void chineseByDefault() {
        given().when()
                .get("/about")
                .then()
                .statusCode(200)
                .header("Content-Language", "zh-Hans")
                .body(
                        containsString("<html lang=\"zh-Hans\">"),
                        containsString(">裁判文书</a>"),
                        containsString("hreflang=\"en\">English</a>"));
    }

    @Test
    void langParameterChoosesEnglishAndIsRemembered() {
        var r = given().when()
                .get("/about?lang=en")
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .body(
                        containsString("<html lang=\"en\">"),
                        containsString(">Judgments</a>"),
                        containsString("href=\"/about?lang=zh\""),
                        not(containsString(">裁判文书</a>")))
                .extract();
        assertEquals("en", r.cookie("lang"));
        // the cookie alone keeps English; ?lang=zh switches back
        given().cookie("lang", "en").when().get("/about").then().body(containsString("<html lang=\"en\">"));
        given().cookie("lang", "en")
                .when()
                .get("/about?lang=zh")
                .then()
                .body(containsString("<html lang=\"zh-Hans\">"), containsString(">裁判文书</a>"));
    }

    @Test
    void acceptLanguageChoosesEnglishWithoutSettingACookie() {
        var r = given().header("Accept-Language", "en-GB,en;q=0.9,zh;q=0.5")
                .when()
                .get("/about")
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .body(containsString("<html lang=\"en\">"), containsString(">Judgments</a>"))
                .extract();
        assertNull(r.cookie("lang"));
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
                .when()
                .get("/about")
                .then()
                .body(containsString("<html lang=\"zh-Hans\">"));
        // a parameter beats the header; an unknown language falls back to Chinese
        given().header("Accept-Language", "en")
                .when()
                .get("/about?lang=zh")
                .then()
                .body(containsString("<html lang=\"zh-Hans\">"));
        given().header("Accept-Language", "fr")
                .when()
                .get("/about?lang=xx")
                .then()
                .body(containsString("<html lang=\"zh-Hans\">"));
    }

    @Test
    void acceptLanguageQualityValues() {
        assertEquals(Language.ZH, Language.fromAcceptLanguage("en;q=0.3, zh-CN;q=0.8"));
        assertEquals(Language.EN, Language.fromAcceptLanguage("fr, en-US;q=0.7, zh;q=0.2"));
        assertNull(Language.fromAcceptLanguage("fr, de;q=0.5"));
        assertNull(Language.fromAcceptLanguage("en;q=0"));
    }
}
