package org.gongkai.enforcement;

import java.util.List;
import org.gongkai.platform.Texts;

/**
 * Bar charts as inline SVG, drawn on the server: readable without JavaScript, with
 * {@code <title>} and {@code <desc>} for screen readers (pages add a data table as well).
 */
public final class SvgCharts {
    public record Bar(String label, double value) {}

    private static final int ROW = 22;
    /**
     * The chart is laid out in percentages of its width, not scaled: text keeps its size on a
     * 360 px phone as on a desktop (issue 14: statistics readable on any screen). Labels end at
     * 38 % of the width, bars take up to 46 %, the value follows its bar.
     */
    private static final double LABEL_END = 38;

    private static final double BAR_START = 39;
    private static final double BAR_WIDTH = 46;
    /**
     * Longer labels are cut with "…" in the chart (the bar's tooltip and the data table have them
     * whole): at most 20 half-width units, a Chinese character counting two (10 characters fit in
     * 38 % of a 360 px phone's width).
     */
    static final int MAX_LABEL_UNITS = 20;

    private SvgCharts() {}

    /** Horizontal bars, one per row, longest = largest value; "no data" and the colon in the request's language. */
    public static String bars(String id, String title, String desc, List<Bar> bars) {
        return bars(id, title, desc, Texts.lbl().chart_no_data(), Texts.msg().colon(), bars);
    }

    /**
     * A bar chart; {@code noData} is shown when there are no bars, {@code colon} separates a bar's
     * label and value in its tooltip (both in the page's language).
     */
    public static String bars(String id, String title, String desc, String noData, String colon, List<Bar> bars) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int height = Math.max(1, bars.size()) * ROW + 10;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" height=\"")
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(esc(id))
                .append("-t ")
                .append(esc(id))
                .append("-d\">");
        sb.append("<title id=\"")
                .append(esc(id))
                .append("-t\">")
                .append(esc(title))
                .append("</title>");
        sb.append("<desc id=\"")
                .append(esc(id))
                .append("-d\">")
                .append(esc(desc))
                .append("</desc>");
        if (bars.isEmpty()) {
            sb.append("<text x=\"4\" y=\"16\">").append(esc(noData)).append("</text>");
        }
        int y = 4;
        for (Bar b : bars) {
            double w = max <= 0 ? 0 : b.value() / max * BAR_WIDTH;
            if (b.value() > 0) {
                w = Math.max(w, 0.2);
            }
            // a label in Chinese (a province, a court) is marked as such on an English page
            boolean chinese = b.label() != null
                    && b.label()
                            .codePoints()
                            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            String label = cut(b.label());
            sb.append(chinese ? "<g lang=\"zh-Hans\">" : "<g>")
                    .append("<text x=\"")
                    .append(pct(LABEL_END))
                    .append("\" y=\"")
                    .append(y + 14)
                    .append("\" text-anchor=\"end\">")
                    .append(esc(label))
                    .append("</text>");
            sb.append("<rect class=\"bar\" x=\"")
                    .append(pct(BAR_START))
                    .append("\" y=\"")
                    .append(y + 3)
                    .append("\" width=\"")
                    .append(pct(w))
                    .append("\" height=\"")
                    .append(ROW - 6)
                    .append("\">")
                    .append("<title>")
                    .append(esc(b.label()))
                    .append(esc(colon))
                    .append(format(b.value()))
                    .append("</title></rect>");
            sb.append("<text x=\"")
                    .append(pct(BAR_START + w + 1))
                    .append("\" y=\"")
                    .append(y + 14)
                    .append("\">")
                    .append(format(b.value()))
                    .append("</text></g>");
            y += ROW;
        }
        return sb.append("</svg>").toString();
    }

    /** The label as shown in the chart: cut to {@link #MAX_LABEL_UNITS} with "…". */
    static String cut(String label) {
        if (label == null) {
            return null;
        }
        int units = 0;
        for (int i = 0; i < label.length(); ) {
            int c = label.codePointAt(i);
            units += Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c > 0x2E80 ? 2 : 1;
            if (units > MAX_LABEL_UNITS) {
                // room for the ellipsis (two units)
                int end = i;
                while (end > 0 && width(label.substring(0, end)) > MAX_LABEL_UNITS - 2) {
                    end = label.offsetByCodePoints(end, -1);
                }
                return label.substring(0, end).stripTrailing() + "…";
            }
            i += Character.charCount(c);
        }
        return label;
    }

    private static int width(String s) {
        return s.codePoints()
                .map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c > 0x2E80 ? 2 : 1)
                .sum();
    }

    private static String pct(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", v);
    }

    static String format(double v) {
        // grouped like the tables (issue 14: totals formatted): 12,345 and 1,234.50
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? String.format(java.util.Locale.ROOT, "%,d", (long) v)
                : String.format(java.util.Locale.ROOT, "%,.2f", v);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
