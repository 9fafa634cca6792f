package org.gongkai.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvAndSvgTest {
    @Test
    void csvQuotesPerRfc4180() {
        assertEquals(
                "a,\"b,c\",\"say \"\"hi\"\"\",\"line\nbreak\",,12.50\r\n",
                Csv.row(Arrays.asList("a", "b,c", "say \"hi\"", "line\nbreak", null, new BigDecimal("12.50"))));
        assertEquals("'=SUM(A1)", Csv.cell("=SUM(A1)"));
        assertEquals("'@cmd", Csv.cell("@cmd"));
        assertEquals("-5", Csv.cell(-5));
        assertEquals("中文，全角逗号", Csv.cell("中文，全角逗号"));
        assertEquals('\uFEFF', Csv.BOM.charAt(0));
    }

    @Test
    void svgBarsAreAccessibleAndProportional() {
        String svg = SvgCharts.bars(
                "c1",
                "每月<新增>",
                "说明 & 数据",
                "无数据",
                "：",
                List.of(
                        new SvgCharts.Bar("2024-01", 10_000),
                        new SvgCharts.Bar("2024-02", 5_000),
                        new SvgCharts.Bar("2024-03", 0),
                        new SvgCharts.Bar("新疆维吾尔自治区高级人民法院", 1)));
        assertTrue(svg.startsWith("<svg"));
        assertTrue(svg.contains("role=\"img\""));
        assertTrue(svg.contains("aria-labelledby=\"c1-t c1-d\""));
        assertTrue(svg.contains("<title id=\"c1-t\">每月&lt;新增&gt;</title>"));
        assertTrue(svg.contains("<desc id=\"c1-d\">说明 &amp; 数据</desc>"));
        // laid out in percentages of the width, so that text keeps its size on a phone (issue 14)
        assertTrue(svg.contains("width=\"100%\""), svg);
        assertFalse(svg.contains("viewBox"), svg);
        assertTrue(svg.contains("width=\"46.0%\" height=\"16\""), svg);
        assertTrue(svg.contains("width=\"23.0%\" height=\"16\""), svg);
        assertTrue(svg.contains("width=\"0.0%\" height=\"16\""), svg);
        assertTrue(svg.contains("width=\"0.2%\" height=\"16\""), "a value above 0 stays visible: " + svg);
        // values grouped like the tables
        assertTrue(svg.contains(">2024-02：5,000</title>"), svg);
        assertTrue(svg.contains(">10,000</text>"), svg);
        // a long label is cut in the chart, whole in the tooltip
        assertTrue(svg.contains(">新疆维吾尔自治区高…</text>"), svg);
        assertTrue(svg.contains(">新疆维吾尔自治区高级人民法院：1</title>"), svg);
        assertFalse(svg.contains("<script"));
        String english =
                SvgCharts.bars("e", "Empty", "None", "No data", ": ", List.of(new SvgCharts.Bar("Refuses", 3)));
        assertTrue(english.contains(">Refuses: 3</title>"), english);
        assertFalse(english.contains("："), "no Chinese colon on an English page: " + english);
        assertTrue(SvgCharts.bars("e", "空", "无", "无数据", "：", List.of()).contains("无数据"));
    }
}
