package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.gongkai.web.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Under the Content-Security-Policy the pages still look as designed and the API documentation
 * (Swagger UI, all its scripts from files) still works in a real browser.
 */
@QuarkusTest
class CspBrowserTest {

    @Test
    void swaggerUiRendersTheApiUnderItsPolicy() {
        ChromeDriver d = Browser.start();
        try {
            d.get(Browser.base() + "/q/swagger-ui");
            List<WebElement> operations = new WebDriverWait(d, Duration.ofSeconds(30))
                    .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 10));
            String text = d.findElement(By.id("swagger-ui")).getText();
            assertTrue(text.contains("/api/judgments"), "operations listed: " + operations.size());
            assertTrue(text.contains("Gongkai"), "title from /q/openapi");
        } finally {
            d.quit();
        }
    }

    @Test
    void pagesAreStyledFromTheSiteStylesheet() {
        ChromeDriver d = Browser.start();
        try {
            d.get(Browser.base() + "/");
            String font = (String)
                    ((JavascriptExecutor) d).executeScript("return getComputedStyle(document.body).fontFamily");
            assertTrue(font.contains("PingFang SC"), "site.css applied: " + font);
            // every stylesheet the page links was loaded and parsed (a blocked one has no rules)
            Object sheets = ((JavascriptExecutor) d)
                    .executeScript(
                            "return Array.from(document.styleSheets).map(s => s.href + ':' + s.cssRules.length).join(' ')");
            Object loaded = ((JavascriptExecutor) d)
                    .executeScript(
                            "return performance.getEntriesByType('resource').map(e => e.name + ' ' + e.responseStatus).join(' | ')");
            assertTrue(
                    String.valueOf(sheets).matches(".*/css/site\\.css:[1-9].*"),
                    "stylesheets: " + sheets + "; resources: " + loaded);
        } finally {
            d.quit();
        }
    }
}
