package org.gongkai.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The visible text of a page, each run with the language it is marked up in: the nearest
 * {@code lang} attribute around it (the {@code <html lang>} at the top). A tiny tag walker, enough
 * for the portal's own well-formed templates; scripts, styles and comments are skipped.
 */
final class HtmlText {
    record Run(String text, String lang, String path) {}

    private static final Pattern TAG =
            Pattern.compile("<!--.*?-->|<!DOCTYPE[^>]*>|<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>", Pattern.DOTALL);
    private static final Pattern LANG = Pattern.compile("\\blang=\"([^\"]*)\"");
    private static final Pattern ATTR =
            Pattern.compile("\\s(aria-label|placeholder|title|alt|data-label)=\"([^\"]*)\"");
    private static final Set<String> VOID = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    private HtmlText() {}

    static List<Run> runs(String html) {
        List<Run> out = new ArrayList<>();
        Deque<String[]> stack = new ArrayDeque<>(); // {tag, lang}
        Matcher m = TAG.matcher(html);
        int last = 0;
        boolean skip = false;
        while (m.find()) {
            String text = html.substring(last, m.start());
            if (!skip && !text.isBlank()) {
                out.add(new Run(unescape(text.strip()), currentLang(stack), path(stack)));
            }
            last = m.end();
            if (m.group(2) == null) {
                continue; // comment
            }
            String tag = m.group(2).toLowerCase(Locale.ROOT);
            boolean closing = !m.group(1).isEmpty();
            if (tag.equals("script") || tag.equals("style")) {
                skip = !closing;
                continue;
            }
            if (closing) {
                while (!stack.isEmpty()) {
                    if (stack.pop()[0].equals(tag)) {
                        break;
                    }
                }
            } else {
                Matcher l = LANG.matcher(m.group(3));
                String own = l.find() ? l.group(1) : null;
                // the texts people read or hear in attributes: labels, placeholders, tooltips, card headings
                Matcher a = ATTR.matcher(m.group(3));
                while (a.find()) {
                    if (!a.group(2).isBlank()) {
                        out.add(new Run(
                                unescape(a.group(2).strip()),
                                own != null ? own : currentLang(stack),
                                path(stack) + ">" + tag + "@" + a.group(1)));
                    }
                }
                if (!VOID.contains(tag) && !m.group(3).endsWith("/")) {
                    stack.push(new String[] {tag, own});
                }
            }
        }
        return out;
    }

    private static String currentLang(Deque<String[]> stack) {
        for (String[] e : stack) { // innermost first
            if (e[1] != null) {
                return e[1];
            }
        }
        return "";
    }

    private static String path(Deque<String[]> stack) {
        List<String> tags = new ArrayList<>();
        stack.descendingIterator().forEachRemaining(e -> tags.add(e[0]));
        return String.join(">", tags);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
