package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one formatting helper of the templates ({fmt:…}): what a reader sees on the pages. */
@QuarkusTest // days and amounts come from the message bundles
class FormatsTest {
    @Test
    void datesAndTimesReadTheChineseWayInChinaTime() {
        assertEquals("2028年2月29日", Formats.date(LocalDate.of(2028, 2, 29)));
        assertEquals("", Formats.date(null));
        // 01:30 UTC is 09:30 in Beijing
        assertEquals("2026年3月1日 09:30", Formats.time(Instant.parse("2026-03-01T01:30:00Z")));
        assertEquals("2026年3月1日 09:30", Formats.time(OffsetDateTime.parse("2026-03-01T09:30:00+08:00")));
        assertEquals("2026年3月1日", Formats.time(LocalDate.of(2026, 3, 1)));
        assertEquals("", Formats.time(null));
        assertEquals("2026-03-01T09:30+08:00", Formats.iso(OffsetDateTime.parse("2026-03-01T09:30:00+08:00")));
    }

    @Test
    void countsSharesDeadlinesAndParagraphs() {
        assertEquals("12,345", Formats.grouped(12345));
        assertEquals("25.6%", Formats.percent(0.256));
        assertEquals("剩余 3 天", Formats.days(3));
        assertEquals("今日届满", Formats.days(0));
        assertEquals("已届满 2 天", Formats.days(-2));
        assertEquals("1,591,000.00 元", Formats.yuan(new java.math.BigDecimal("1591000")));
        assertEquals("—", Formats.yuan(null));
        assertEquals("2026年11月30日", Formats.prose("2026-11-30"));
        assertEquals(List.of("第一段", "第二段"), Formats.paragraphs("  第一段\r\n\n第二段 \n"));
        assertEquals(List.of(), Formats.paragraphs(null));
    }
}
