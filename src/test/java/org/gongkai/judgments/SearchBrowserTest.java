package org.gongkai.judgments;

import static io.restassured.RestAssured.given;
import static org.gongkai.TestSupport.bearer;
import static org.gongkai.TestSupport.courtToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.gongkai.web.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** A reader searches, narrows by a facet, opens a document — in a real browser, without JavaScript of ours. */
@QuarkusTest
class SearchBrowserTest {
    static final String MARKER = "琉璃灯笼";

    @Test
    void searchFilterOpenAndHighlight() {
        String[][] docs = {
            {"京0105", "（2023）京0105民初92001号", "北京市朝阳区人民法院"}, {"沪0115", "（2023）沪0115民初92002号", "上海市浦东新区人民法院"}
        };
        for (String[] d : docs) {
            var body = new java.util.HashMap<>(JudgmentFixtures.civil(
                    d[1], d[0], "郑大海", "110105198503021233", "冯小雨", "民间借贷纠纷", "借款用于购买" + MARKER + "。"));
            body.put("text", ((String) body.get("text")).replace("北京市朝阳区人民法院", d[2]));
            given().header("Authorization", bearer(courtToken(d[0])))
                    .contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .post("/api/publish/judgments")
                    .then()
                    .statusCode(201);
        }
        ChromeDriver browser = Browser.start();
        try {
            browser.get(Browser.base() + "/search");
            WebElement box = browser.findElement(By.id("q"));
            box.sendKeys(MARKER);
            Browser.clickAndWait(browser, browser.findElement(By.cssSelector("form.searchbar button")));
            assertTrue(browser.getCurrentUrl().contains("/search?q="), "query kept in the URL");
            List<WebElement> results = browser.findElements(By.cssSelector("ol.results > li"));
            assertEquals(2, results.size());
            List<WebElement> marks = browser.findElements(By.cssSelector("ol.results .snippet mark"));
            assertFalse(marks.isEmpty(), "highlighted snippet");
            assertTrue(marks.stream()
                    .anyMatch(m -> MARKER.contains(m.getText()) && !m.getText().isEmpty()));

            // narrow by the court facet
            Browser.clickAndWait(browser, browser.findElement(By.xpath("//aside//a[contains(., '上海市浦东新区人民法院')]")));
            assertTrue(browser.getCurrentUrl().contains("court="), "facet in the URL");
            results = browser.findElements(By.cssSelector("ol.results > li"));
            assertEquals(1, results.size());
            assertTrue(browser.findElement(By.cssSelector("ul.chips")).getText().contains("上海市浦东新区人民法院"));

            // open the document
            Browser.clickAndWait(browser, results.get(0).findElement(By.cssSelector("h3 a")));
            assertTrue(browser.getCurrentUrl().matches(".*/judgments/\\d+"));
            String title = browser.findElement(By.tagName("h1")).getText();
            assertTrue(title.contains("郑某"), "masked party in the title: " + title);
            String page = browser.getPageSource();
            assertFalse(page.contains("郑大海"), "original name never shown");
            assertTrue(browser.findElement(By.id("reasoning")).getText().contains("本院认为"));
        } finally {
            browser.quit();
        }
    }
}
