package org.gongkai.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The language switch in a real browser (Chinese by default, --lang=zh-CN): one click on
 * "English" turns the page and the following pages to English (a cookie), one click on "中文"
 * turns them back; no JavaScript is involved.
 */
@QuarkusTest
class LanguageSwitchBrowserTest {
    @Test
    void theSwitchChangesThisPageAndTheNextOnes() {
        ChromeDriver d = Browser.start();
        try {
            d.get(Browser.base() + "/search?q=%E5%80%9F%E6%AC%BE");
            assertEquals("zh-Hans", d.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("裁判文书检索", d.findElement(By.tagName("h1")).getText());

            Browser.clickAndWait(d, d.findElement(By.cssSelector(".lang-switch a[hreflang=en]")));
            assertEquals("en", d.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("Search judgments", d.findElement(By.tagName("h1")).getText());
            // the same search, only the interface changed
            assertTrue(d.getCurrentUrl().contains("q=%E5%80%9F%E6%AC%BE"), d.getCurrentUrl());
            assertEquals("借款", d.findElement(By.id("q")).getAttribute("value"));

            // the choice is remembered: a plain link (no lang parameter) stays English
            Browser.clickAndWait(d, d.findElement(By.cssSelector("nav a[href='/enforcement']")));
            assertEquals("en", d.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals(
                    "Enforcement information", d.findElement(By.tagName("h1")).getText());

            Browser.clickAndWait(d, d.findElement(By.cssSelector(".lang-switch a[hreflang=zh-Hans]")));
            assertEquals("zh-Hans", d.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("执行信息公开", d.findElement(By.tagName("h1")).getText());
        } finally {
            d.quit();
        }
    }
}
