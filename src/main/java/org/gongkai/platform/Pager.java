package org.gongkai.platform;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Paging for people, the same on every list page (judgment search, enforcement lists, hearings;
 * issue 14): previous / next, page numbers around the current one with the first and the last,
 * and a form to jump to a page up to {@link #MAX_PAGE}. The page URLs carry the list's snapshot
 * ({@code upto}: the largest id when page 1 was shown), so that new publications do not shift
 * what page 2 shows; the API keeps its opaque cursors.
 */
@TemplateData
public record Pager(
        int page,
        int pages,
        int maxJump,
        String prevUrl,
        String nextUrl,
        List<Item> items,
        String action,
        List<Hidden> hidden) {
    /** Deepest page reachable by number: beyond it, narrow the search (Lucene and SQL offsets stay cheap). */
    public static final int MAX_PAGE = 50;

    /** A page number (null = a gap "…"). */
    @TemplateData
    public record Item(Integer number, String url, boolean current) {
        public boolean gap() {
            return number == null;
        }
    }

    /** A hidden field of the jump form: the list's filters and snapshot. */
    @TemplateData
    public record Hidden(String name, String value) {}

    /**
     * @param page current page, from 1
     * @param total items in the list (of the snapshot)
     * @param size items per page
     * @param url the URL of page n
     * @param action the list's path, for the jump form
     * @param hidden the list's query parameters without {@code page}
     */
    public static Pager of(
            int page, long total, int size, IntFunction<String> url, String action, List<Hidden> hidden) {
        int pages = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (total + size - 1) / size));
        int maxJump = Math.min(pages, MAX_PAGE);
        List<Item> items = new ArrayList<>();
        int from = Math.max(1, page - 2), to = Math.min(maxJump, page + 2);
        if (from > 1) {
            items.add(new Item(1, url.apply(1), page == 1));
            if (from > 2) {
                items.add(new Item(null, null, false));
            }
        }
        for (int n = from; n <= to; n++) {
            items.add(new Item(n, url.apply(n), n == page));
        }
        if (to < maxJump) {
            if (to < maxJump - 1) {
                items.add(new Item(null, null, false));
            }
            items.add(new Item(maxJump, url.apply(maxJump), page == maxJump));
        }
        return new Pager(
                page,
                pages,
                maxJump,
                page > 1 ? url.apply(page - 1) : null,
                page < maxJump ? url.apply(page + 1) : null,
                items,
                action,
                hidden);
    }

    /** More pages than the jump reaches. */
    public boolean limited() {
        return pages > maxJump;
    }

    public boolean show() {
        return pages > 1;
    }

    /**
     * The page number of a request: from 1 to {@link #MAX_PAGE}; anything else is a 400 with a
     * message for people.
     */
    public static int parse(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        int n;
        try {
            n = Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > MAX_PAGE) {
            throw org.gongkai.platform.ProblemException.invalidField(
                    "page", Texts.txt().page_range(Integer.toString(MAX_PAGE)));
        }
        return n;
    }

    /** The snapshot id of a request (0 = none yet: page 1 takes one). */
    public static long parseUpto(String upto) {
        if (upto == null || upto.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(upto.strip()));
        } catch (NumberFormatException e) {
            throw org.gongkai.platform.ProblemException.invalidField("upto", "翻页快照无效，请从第一页重新开始");
        }
    }
}
