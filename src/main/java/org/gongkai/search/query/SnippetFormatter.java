package org.gongkai.search.query;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the best passages as HTML: text escaped, matches in {@code <mark>}, each passage cut to
 * a window of {@value #WINDOW} characters around its first match, "…" where text was left out.
 * Overlapping and touching matches (bigrams of one word) become one mark.
 */
final class SnippetFormatter extends PassageFormatter {
    static final int WINDOW = 78;
    private static final int BEFORE_MATCH = 18;

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder sb = new StringBuilder();
        for (Passage p : passages) {
            int start = p.getStartOffset();
            int end = p.getEndOffset();
            int n = p.getNumMatches();
            int[] ms = p.getMatchStarts();
            int[] me = p.getMatchEnds();
            // skip leading whitespace of the passage
            while (start < end && Character.isWhitespace(content.charAt(start))) {
                start++;
            }
            if (end - start > WINDOW) {
                int first = n > 0 ? ms[0] : start;
                start = Math.max(start, first - BEFORE_MATCH);
                end = Math.min(end, start + WINDOW);
            }
            if (start > 0 && !endsWithEllipsis(sb)) {
                sb.append('…');
            }
            int pos = start;
            for (int i = 0; i < n; i++) {
                int s = Math.max(ms[i], pos);
                int e = me[i];
                while (i + 1 < n && ms[i + 1] <= e) {
                    e = Math.max(e, me[++i]);
                }
                e = Math.min(e, end);
                if (s >= end) {
                    break;
                }
                if (e <= s) {
                    continue;
                }
                escape(sb, content, pos, s);
                sb.append("<mark>");
                escape(sb, content, s, e);
                sb.append("</mark>");
                pos = e;
            }
            escape(sb, content, pos, end);
            if (end < content.length()) {
                sb.append('…');
            }
        }
        return sb.toString().strip();
    }

    private static boolean endsWithEllipsis(StringBuilder sb) {
        return sb.length() > 0 && sb.charAt(sb.length() - 1) == '…';
    }

    /** Appends content[from, to) HTML-escaped, line breaks as spaces. */
    static void escape(StringBuilder sb, String content, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\n', '\r', '\t' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
    }

    static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        escape(sb, text, 0, text.length());
        return sb.toString();
    }
}
