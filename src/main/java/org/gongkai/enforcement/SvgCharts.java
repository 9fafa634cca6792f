package org.gongkai.enforcement;

import java.util.List;

/**
 * Bar charts as inline SVG, drawn on the server: readable without JavaScript, with
 * {@code <title>} and {@code <desc>} for screen readers (pages add a data table as well).
 */
public final class SvgCharts {
    public record Bar(String label, double value) {}

    private static final int ROW = 22;
    private static final int LABEL_WIDTH = 150;
    private static final int BAR_WIDTH = 420;
    private static final int VALUE_WIDTH = 90;

    private SvgCharts() {}

    /** Horizontal bars, one per row, longest = largest value. */
    public static String bars(String id, String title, String desc, List<Bar> bars) {
        return bars(id, title, desc, "无数据", bars);
    }

    /** A bar chart; {@code noData} is shown when there are no bars (in the page's language). */
    public static String bars(String id, String title, String desc, String noData, List<Bar> bars) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int height = Math.max(1, bars.size()) * ROW + 10;
        int width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
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
            int w = max <= 0 ? 0 : (int) Math.round(b.value() / max * BAR_WIDTH);
            // a label in Chinese (a province, a court) is marked as such on an English page
            boolean chinese = b.label() != null
                    && b.label()
                            .codePoints()
                            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            sb.append(chinese ? "<g lang=\"zh-Hans\">" : "<g>")
                    .append("<text x=\"")
                    .append(LABEL_WIDTH - 6)
                    .append("\" y=\"")
                    .append(y + 14)
                    .append("\" text-anchor=\"end\">")
                    .append(esc(b.label()))
                    .append("</text>");
            sb.append("<rect class=\"bar\" x=\"")
                    .append(LABEL_WIDTH)
                    .append("\" y=\"")
                    .append(y + 3)
                    .append("\" width=\"")
                    .append(Math.max(w, b.value() > 0 ? 1 : 0))
                    .append("\" height=\"")
                    .append(ROW - 6)
                    .append("\">")
                    .append("<title>")
                    .append(esc(b.label()))
                    .append("：")
                    .append(format(b.value()))
                    .append("</title></rect>");
            sb.append("<text x=\"")
                    .append(LABEL_WIDTH + w + 4)
                    .append("\" y=\"")
                    .append(y + 14)
                    .append("\">")
                    .append(format(b.value()))
                    .append("</text></g>");
            y += ROW;
        }
        return sb.append("</svg>").toString();
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format("%.2f", v);
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
