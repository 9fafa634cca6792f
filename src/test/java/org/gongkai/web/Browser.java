package org.gongkai.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for browser tests, driven through /usr/bin/chromedriver. Skips the
 * test when Chromium is not installed, unless GONGKAI_REQUIRE_BROWSER is set (CI sets it, so
 * there a missing browser fails instead of silently skipping).
 */
public final class Browser {
    private Browser() {}

    public static ChromeDriver start() {
        Path driver = Path.of("/usr/bin/chromedriver");
        Path chromium = Path.of("/usr/bin/chromium");
        boolean present = Files.isExecutable(driver) && Files.isExecutable(chromium);
        if (System.getenv("GONGKAI_REQUIRE_BROWSER") == null) {
            Assumptions.assumeTrue(present, "chromium and chromium-driver are not installed");
        } else if (!present) {
            throw new IllegalStateException(
                    "GONGKAI_REQUIRE_BROWSER is set but /usr/bin/chromium or /usr/bin/chromedriver is missing");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1600",
                "--lang=zh-CN");
        // headless Chromium sends Accept-Language: en-US whatever --lang says; a Chinese reader's browser
        // asks for Chinese (the portal then answers in Chinese, as by default)
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver d = new ChromeDriver(service, options);
        d.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return d;
    }

    /**
     * Clicks something that loads a new page and waits until the old page is gone, so the next
     * lookup sees the new page (a click returns before a form POST and its redirect complete).
     */
    public static void clickAndWait(org.openqa.selenium.WebDriver d, org.openqa.selenium.WebElement target) {
        org.openqa.selenium.WebElement oldPage = d.findElement(org.openqa.selenium.By.tagName("html"));
        target.click();
        // stale when the old element is gone; Chromium may also answer "Node with given id does not
        // belong to the document" (an inspector error, not a StaleElementReferenceException) while the
        // new document replaces the old one: that is gone too
        new org.openqa.selenium.support.ui.WebDriverWait(d, Duration.ofSeconds(15)).until(driver -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    /** Base URL of the app under test (tests run on a random free port, see application.properties). */
    public static String base() {
        return "http://localhost:" + io.restassured.RestAssured.port;
    }
}
