package org.gongkai.process;

import static org.gongkai.process.ProcessFixtures.addEvent;
import static org.gongkai.process.ProcessFixtures.addHearing;
import static org.gongkai.process.ProcessFixtures.caseBody;
import static org.gongkai.process.ProcessFixtures.caseNumber;
import static org.gongkai.process.ProcessFixtures.event;
import static org.gongkai.process.ProcessFixtures.party;
import static org.gongkai.process.ProcessFixtures.register;
import static org.gongkai.process.ProcessFixtures.serve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.gongkai.TestSupport;
import org.gongkai.platform.Formats;
import org.gongkai.web.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A party opens /process in a real browser, logs in, sees the timeline and a hearing, and opens a served document. */
@QuarkusTest
class ProcessBrowserTest {
    static final String COURT = "京0105";
    static final String ID = "110105197707077779";

    @Inject
    AccessLockout lockout;

    @Test
    void partyLogsInAndReadsAServedDocument() {
        lockout.clear();
        String cn = caseNumber(COURT);
        JsonPath r = register(
                COURT,
                caseBody(
                        cn,
                        COURT,
                        false,
                        List.of(
                                party("陈一一", "原告", "PERSON", ID),
                                party("北京某某物流有限公司", "被告", "ORGANISATION", "91110105MA0000000X"))));
        addEvent(COURT, cn, event("ACCEPTED", "2026-01-11T09:00", "立案庭", "决定立案受理"));
        addEvent(COURT, cn, event("PANEL_FORMED", "2026-01-12T09:00", "民事审判第一庭", "审判长 林审判"));
        // a coming hearing: the party's page says 即将开庭 only until it starts
        LocalDateTime hearing = LocalDateTime.parse(TestSupport.daysAhead(30, "09:30"));
        addHearing(COURT, cn, hearing.toString(), true, null);
        serve(
                COURT,
                cn,
                r.getLong("parties[0].id"),
                "开庭传票",
                "陈一一：\n定于" + Formats.date(hearing.toLocalDate()) + "9时30分在第三法庭开庭。");

        WebDriver d = Browser.start();
        try {
            d.get(Browser.base() + "/process");
            d.findElement(By.id("caseNumber")).sendKeys(cn.replace("（", "(").replace("）", ")"));
            d.findElement(By.id("idNumber")).sendKeys(ID);
            d.findElement(By.id("queryCode")).sendKeys("wrong");
            Browser.clickAndWait(d, d.findElement(By.id("access-submit")));
            assertTrue(d.findElement(By.id("access-error")).getText().contains("案号、身份证件号码或查询码不正确"));

            d.findElement(By.id("idNumber")).sendKeys(ID);
            d.findElement(By.id("queryCode")).sendKeys(r.getString("parties[0].queryCode"));
            Browser.clickAndWait(d, d.findElement(By.id("access-submit")));

            new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(10))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.urlMatches(".*/process/case$"));
            assertTrue(d.getCurrentUrl().endsWith("/process/case"), d.getCurrentUrl());
            assertEquals(cn, d.findElement(By.id("case-h")).getText());
            String timeline = d.findElement(By.cssSelector(".process-timeline")).getText();
            assertTrue(timeline.contains("立案受理") && timeline.contains("组成合议庭"), timeline);
            String hearings = d.findElement(By.cssSelector(".process-hearings")).getText();
            assertTrue(
                    hearings.contains("即将开庭") && hearings.contains(Formats.time(hearing)) && hearings.contains("第三法庭"),
                    hearings);
            assertTrue(d.getPageSource().contains("北京某某物流有限公司"));

            Browser.clickAndWait(d, d.findElement(By.linkText("开庭传票")));
            assertEquals("开庭传票", d.findElement(By.id("doc-h")).getText());
            assertTrue(
                    d.findElement(By.cssSelector(".process-doc-text")).getText().contains("在第三法庭开庭"));

            d.navigate().back();
            d.navigate().refresh();
            Browser.clickAndWait(d, d.findElement(By.xpath("//button[text()='退出']")));
            assertTrue(d.getCurrentUrl().endsWith("/process"), d.getCurrentUrl());
            d.get(Browser.base() + "/process/case");
            assertTrue(d.getCurrentUrl().endsWith("/process"), "logged out: back to the form");
        } finally {
            d.quit();
            lockout.clear();
        }
    }
}
