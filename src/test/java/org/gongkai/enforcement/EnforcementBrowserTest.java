package org.gongkai.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.gongkai.web.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The lookup forms and the statistics page work in a browser with JavaScript switched off. */
@QuarkusTest
class EnforcementBrowserTest extends EnforcementTestBase {
    static final String COURT = "皖0104";

    @Test
    void personLookupFormShowsTheMaskedListingWithoutJavaScript() {
        String id = Fixtures.idNumber();
        String name = "浏览器" + (System.nanoTime() % 10000);
        long listingId = Fixtures.list(
                COURT,
                Fixtures.listing(
                        COURT, Fixtures.person(name, id), 1, clock.today().minusDays(20)));
        ChromeDriver driver = Browser.start();
        try {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
            driver.get(Browser.base() + "/enforcement");
            driver.findElement(By.id("p-name")).sendKeys(name);
            driver.findElement(By.id("p-id")).sendKeys(id);
            Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form[aria-labelledby=lk-person] button")));
            String table = driver.findElement(By.cssSelector("table.enf-table")).getText();
            assertTrue(table.contains(name), table);
            assertTrue(table.contains(Fixtures.masked(id)), table);
            assertFalse(driver.getPageSource().contains(id), "the full ID number is not echoed");
            // no character of the typed number comes back (issue 9: it used to echo the last 6)
            assertEquals("", driver.findElement(By.id("f-id")).getDomAttribute("value"));
            // no next-page or export link carries the lookup
            assertTrue(driver.findElements(By.partialLinkText("CSV")).isEmpty());
            Browser.clickAndWait(driver, driver.findElement(By.linkText(name)));
            assertTrue(driver.getCurrentUrl().endsWith("/enforcement/dishonest/" + listingId));
            assertTrue(driver.findElement(By.tagName("h1")).getText().contains(name));

            driver.get(Browser.base() + "/enforcement/stats?court=" + COURT);
            assertFalse(driver.findElements(By.cssSelector("svg.chart title")).isEmpty());
            assertTrue(driver.findElement(By.cssSelector("section[aria-labelledby=h-ground] table"))
                    .getText()
                    .contains("有履行能力而拒不履行"));
        } finally {
            driver.quit();
        }
    }
}
