package org.gongkai.web;

import static io.restassured.RestAssured.given;
import static org.gongkai.TestSupport.bearer;
import static org.gongkai.TestSupport.courtToken;
import static org.gongkai.TestSupport.daysAhead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.demo.DemoProgress;
import org.gongkai.judgments.JudgmentFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 14, in headless Chromium: every page type at phone width (360 and 414 px) has no
 * horizontal scroll, shows its first result or the judgment's text on the first screen, turns
 * tables into cards and collapses the filters; and axe-core finds no serious or critical
 * violation on any page type at desktop and phone width. Screenshots go to
 * target/screenshots/.
 */
@QuarkusTest
class PhoneAndAccessibilityBrowserTest {
    static final String MARKER = "青瓷茶盏";
    static final Path SHOTS = Path.of("target", "screenshots");

    @Inject
    DemoProgress progress;

    private long seed() {
        long judgment = 0;
        for (int i = 0; i < 23; i++) {
            var body = new HashMap<>(JudgmentFixtures.civil(
                    "（2024）京0105民初" + (95000 + i) + "号",
                    "京0105",
                    "郑大海",
                    "110105198503021233",
                    "冯小雨",
                    "民间借贷纠纷",
                    "借款用于购买" + MARKER + "。"));
            judgment = given().header("Authorization", bearer(courtToken("京0105")))
                    .contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .post("/api/publish/judgments")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
        }
        String cn = "（2026）京0105民初" + (880000 + System.nanoTime() % 100000) + "号";
        Map<String, Object> c = new HashMap<>();
        c.put("caseNumber", cn);
        c.put("court", "京0105");
        c.put("cause", "买卖合同纠纷");
        c.put("filingDate", "2026-01-10");
        c.put("publicInterest", false);
        c.put(
                "parties",
                List.of(
                        Map.of("name", "陈青山", "role", "原告", "kind", "PERSON", "idNumber", id("110105198807150")),
                        Map.of("name", "王远舟", "role", "被告", "kind", "PERSON", "idNumber", id("110105199001020"))));
        given().header("Authorization", bearer(courtToken("京0105")))
                .contentType(ContentType.JSON)
                .body(c)
                .when()
                .post("/api/publish/cases")
                .then()
                .statusCode(201);
        Map<String, Object> h = new HashMap<>(Map.of(
                "caseNumber",
                cn,
                "court",
                "京0105",
                "courtroom",
                "第三法庭",
                "time",
                // a coming hearing, so that the hearings calendar has an entry to lay out
                daysAhead(30, "09:30"),
                "presidingJudge",
                "王审判",
                "open",
                true));
        given().header("Authorization", bearer(courtToken("京0105")))
                .contentType(ContentType.JSON)
                .body(h)
                .when()
                .post("/api/publish/hearings")
                .then()
                .statusCode(201);
        String first17 = "33030219800517" + String.format("%03d", (int) (System.nanoTime() % 1000));

        Map<String, Object> listing = new HashMap<>();
        listing.put("caseNumber", "（2025）京0105执" + (770000 + System.nanoTime() % 100000) + "号");
        listing.put("court", "京0105");
        listing.put(
                "debtor",
                Map.of(
                        "name",
                        "钱多多",
                        "kind",
                        "PERSON",
                        "idNumber",
                        first17 + org.gongkai.platform.IdCardNumbers.checkDigit(first17)));
        listing.put("ground", 1);
        listing.put("decisionDate", "2026-03-02");
        listing.put("basisDocumentNumber", "（2024）京0105民初" + (660000 + System.nanoTime() % 100000) + "号");
        listing.put("basisIssuer", "人民法院");
        listing.put("obligation", "支付货款 12,345.60元及利息");
        listing.put("performance", "全部未履行");
        listing.put("conduct", "有履行能力而拒不履行");
        listing.put("filingDate", "2026-01-02");
        given().header("Authorization", bearer(courtToken("京0105")))
                .contentType(ContentType.JSON)
                .body(listing)
                .when()
                .post("/api/publish/enforcement/dishonest")
                .then()
                .statusCode(201);
        return judgment;
    }

    private static String id(String first15) {
        String first17 = first15 + String.format("%02d", (int) (System.nanoTime() % 100));
        return first17 + org.gongkai.platform.IdCardNumbers.checkDigit(first17);
    }

    /** Every page type of the portal. */
    private static Map<String, String> pages(long judgment) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("home", "/");
        p.put("search", "/search?q=" + MARKER);
        p.put("search-empty", "/search?q=不存在的词语组合");
        p.put("judgment", "/judgments/" + judgment);
        p.put("hearings", "/hearings");
        p.put("process", "/process");
        p.put("enforcement", "/enforcement");
        p.put("dishonest", "/enforcement/dishonest");
        p.put("restrictions", "/enforcement/restrictions");
        p.put("terminations", "/enforcement/terminations");
        p.put("stats", "/enforcement/stats");
        p.put("about", "/about");
        p.put("glossary", "/glossary");
        p.put("completeness", "/courts/completeness");
        p.put("not-found", "/judgments/999999999");
        p.put("bad-query", "/search?q=%22unclosed");
        return p;
    }

    private static Object js(ChromeDriver d, String script) {
        return ((JavascriptExecutor) d).executeScript(script);
    }

    private static void shot(ChromeDriver d, String name) throws Exception {
        Files.createDirectories(SHOTS);
        // the whole page, at the window's width
        long height = ((Number) js(d, "return document.documentElement.scrollHeight")).longValue();
        Dimension before = d.manage().window().getSize();
        d.manage().window().setSize(new Dimension(before.getWidth(), (int)
                Math.min(Math.max(height + 150, before.getHeight()), 4000)));
        Files.write(SHOTS.resolve(name + ".png"), d.getScreenshotAs(OutputType.BYTES));
        d.manage().window().setSize(before);
    }

    /**
     * No horizontal scroll; with {@code axe}, no axe-core violation of any impact ({@link
     * Axe#failing}; all are reported, with where they are).
     */
    private static void check(ChromeDriver d, String where, boolean axe, List<String> failures, StringBuilder report) {
        long inner = ((Number) js(d, "return document.documentElement.clientWidth")).longValue();
        long scroll = ((Number) js(d, "return document.documentElement.scrollWidth")).longValue();
        if (scroll > inner) {
            failures.add(where + ": horizontal scroll (" + scroll + " > " + inner + ")");
        }
        if (axe) {
            var violations = Axe.run(d);
            report.append(where)
                    .append(": ")
                    .append(violations.size())
                    .append(" axe violations")
                    .append(
                            violations.isEmpty()
                                    ? ""
                                    : " "
                                            + violations.stream()
                                                    .map(Axe.Violation::toString)
                                                    .toList())
                    .append('\n');
            Axe.failing(violations).forEach(v -> failures.add(where + ": " + v));
        }
    }

    @Test
    void phonesAndAxe() throws Exception {
        long judgment = seed();
        Map<String, String> pages = pages(judgment);
        ChromeDriver d = Browser.start();
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        try {
            for (int width : new int[] {1280, 360, 414}) {
                d.manage().window().setSize(new Dimension(width, width > 800 ? 1000 : 780));
                for (var e : pages.entrySet()) {
                    d.get(Browser.base() + e.getValue());
                    String where = e.getKey() + " @" + width + "px";
                    check(d, where, width == 1280 || width == 360, failures, report);
                    if (width < 800) {
                        shot(d, e.getKey() + "-" + width);
                    }
                }
            }
            // phone specifics at 360 px
            d.manage().window().setSize(new Dimension(360, 780));
            d.get(Browser.base() + pages.get("search"));
            double firstResult = ((Number)
                            js(d, "return document.querySelector('ol.results > li').getBoundingClientRect().top"))
                    .doubleValue();
            double screen = ((Number) js(d, "return window.innerHeight")).doubleValue();
            assertTrue(firstResult < screen - 40, "first result on the first screen: " + firstResult + " of " + screen);
            assertEquals(false, d.findElement(By.cssSelector("details.filters")).getDomAttribute("open") != null);
            assertTrue(
                    d.findElement(By.cssSelector("details.filters > summary")).isDisplayed(), "the 筛选 panel");
            assertTrue(d.findElement(By.cssSelector("details.filters > summary"))
                    .getText()
                    .startsWith("筛选"));
            double filters =
                    d.findElement(By.cssSelector("details.filters")).getRect().getY();
            assertTrue(filters < firstResult, "filters above the results");
            assertTrue(d.findElement(By.cssSelector("nav.pager a[rel=next]")).isDisplayed(), "pager");

            d.get(Browser.base() + pages.get("judgment"));
            double text = ((Number)
                            js(d, "return document.querySelector('.doc p, .doc section').getBoundingClientRect().top"))
                    .doubleValue();
            assertTrue(text < screen - 60, "the judgment's text starts on the first screen: " + text + " of " + screen);
            assertTrue(
                    d.findElement(By.cssSelector("details.doc-info > summary")).isDisplayed(),
                    "metadata behind a disclosure");

            d.get(Browser.base() + pages.get("dishonest"));
            assertEquals(
                    "block",
                    js(d, "return getComputedStyle(document.querySelector('table.cards tbody tr')).display"),
                    "enforcement rows are cards");
            assertEquals(
                    "\"执行法院\"",
                    js(
                            d,
                            "return getComputedStyle(document.querySelector('table.cards tbody td[data-label=执行法院]'), '::before').content"),
                    "cells carry their column's name");

            // statistics at 360 px: the charts fit the screen and their text keeps a readable size (issue 14);
            // a chart scaled down to the phone's width would draw 11 px labels at about 6 px
            d.get(Browser.base() + pages.get("stats"));
            double chartWidth = ((Number)
                            js(d, "return document.querySelector('svg.chart').getBoundingClientRect().width"))
                    .doubleValue();
            double labelHeight = ((Number)
                            js(d, "return document.querySelector('svg.chart g text').getBoundingClientRect().height"))
                    .doubleValue();
            assertTrue(chartWidth <= 360, "the chart fits a 360 px screen: " + chartWidth);
            assertTrue(labelHeight >= 10, "chart labels readable on a phone: " + labelHeight + " px high");
            assertTrue(
                    d.findElements(By.cssSelector("#h-duration ~ figure svg.chart"))
                                    .size()
                            == 2,
                    "the how-long charts");

            // desktop: the filters and the metadata are open without a click
            d.manage().window().setSize(new Dimension(1280, 1000));
            d.get(Browser.base() + pages.get("search"));
            assertTrue(
                    d.findElement(By.cssSelector("aside.facets section h2")).isDisplayed(),
                    "facets shown on a wide screen");
            d.get(Browser.base() + pages.get("judgment"));
            assertTrue(d.findElement(By.id("meta-h")).isDisplayed(), "metadata shown on a wide screen");

            // the loading banner, in the browser too
            progress.start(3000, () -> 1500);
            d.get(Browser.base() + "/search");
            assertTrue(
                    d.findElement(By.cssSelector(".loading-banner")).getText().contains("示例数据导入中：已导入 1,500 / 3,000"));
            Axe.failing(Axe.run(d)).forEach(v -> failures.add("loading banner: " + v));
            progress.finish();

            // the English interface (issue 14): every page type again, at desktop and phone width
            for (int width : new int[] {1280, 360}) {
                d.manage().window().setSize(new Dimension(width, width > 800 ? 1000 : 780));
                for (var e : pages.entrySet()) {
                    String path = e.getValue();
                    d.get(Browser.base() + path + (path.contains("?") ? "&" : "?") + "lang=en");
                    String where = e.getKey() + " (English) @" + width + "px";
                    if (!"en".equals(d.findElement(By.tagName("html")).getDomAttribute("lang"))) {
                        failures.add(where + ": not English");
                    }
                    check(d, where, true, failures, report);
                    if (width < 800) {
                        shot(d, e.getKey() + "-en-" + width);
                    }
                }
            }
        } finally {
            progress.finish();
            d.quit();
            Files.createDirectories(SHOTS);
            Files.writeString(SHOTS.resolve("axe-report.txt"), report.toString());
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n\n" + report);
    }
}
