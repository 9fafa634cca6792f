package org.gongkai.search.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A search: query text, facet drill-downs, decision-date range, order and one page.
 *
 * @param q query in the portal's query language ({@link QueryParser}); null or blank = all
 * @param filters drill-downs by filter key (level, province, court, category, cause, procedure,
 *     kind, year, law, plus lawArticle, casenumber, caseYear, courtCode, typeCode): values within
 *     a key are OR-ed, keys are AND-ed
 * @param from decision date from (inclusive), or null
 * @param to decision date to (inclusive), or null
 * @param sort null = RELEVANCE
 * @param cursor {@link SearchResult#next()} of the previous page, or null for the first page
 * @param size page size, 1..{@value #MAX_SIZE} (0 or less = {@value #DEFAULT_SIZE})
 * @param exact count every match and every facet value exactly, however many there are (by default
 *     a search counts up to {@link SearchResult#COUNT_THRESHOLD} matches exactly and beyond that says
 *     "at least" and estimates the facet counts from a sample, so that its cost is bounded by the page)
 * @param offset hits to skip before the page (numbered pages of the HTML search, at most
 *     {@value #MAX_OFFSET}); the API pages by cursor
 * @param upto only judgments with an id up to this one (0 = all): a snapshot that keeps numbered
 *     pages stable while new judgments are published (ids only grow)
 */
public record SearchRequest(
        String q,
        Map<String, List<String>> filters,
        LocalDate from,
        LocalDate to,
        Sort sort,
        String cursor,
        int size,
        boolean exact,
        int offset,
        long upto) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_OFFSET = 10_000;

    public SearchRequest(
            String q,
            Map<String, List<String>> filters,
            LocalDate from,
            LocalDate to,
            Sort sort,
            String cursor,
            int size,
            int offset,
            long upto) {
        this(q, filters, from, to, sort, cursor, size, false, offset, upto);
    }

    public SearchRequest {
        filters = filters == null ? Map.of() : filters;
        sort = sort == null ? Sort.RELEVANCE : sort;
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        offset = Math.max(0, Math.min(offset, MAX_OFFSET));
        upto = Math.max(0, upto);
    }

    /** The page that starts after {@code offset} hits, in the snapshot of ids up to {@code upto} (0 = all). */
    public SearchRequest withPage(int offset, long upto) {
        return new SearchRequest(q, filters, from, to, sort, cursor, size, exact, offset, upto);
    }

    /** A search with bounded counting (see {@code exact}). */
    public SearchRequest(
            String q,
            Map<String, List<String>> filters,
            LocalDate from,
            LocalDate to,
            Sort sort,
            String cursor,
            int size) {
        this(q, filters, from, to, sort, cursor, size, false, 0, 0);
    }

    /** A search that counts exactly or bounded (see {@code exact}). */
    public SearchRequest(
            String q,
            Map<String, List<String>> filters,
            LocalDate from,
            LocalDate to,
            Sort sort,
            String cursor,
            int size,
            boolean exact) {
        this(q, filters, from, to, sort, cursor, size, exact, 0, 0);
    }

    /** A first page of {@code q} by relevance. */
    public static SearchRequest of(String q) {
        return new SearchRequest(q, Map.of(), null, null, Sort.RELEVANCE, null, DEFAULT_SIZE);
    }

    public SearchRequest withCursor(String next) {
        return new SearchRequest(q, filters, from, to, sort, next, size, exact, offset, upto);
    }

    public SearchRequest withSize(int n) {
        return new SearchRequest(q, filters, from, to, sort, cursor, n, exact, offset, upto);
    }

    public SearchRequest withSort(Sort s) {
        return new SearchRequest(q, filters, from, to, s, cursor, size, exact, offset, upto);
    }

    public SearchRequest withFilters(Map<String, List<String>> f) {
        return new SearchRequest(q, f, from, to, sort, cursor, size, exact, offset, upto);
    }

    public SearchRequest withExact(boolean e) {
        return new SearchRequest(q, filters, from, to, sort, cursor, size, e, offset, upto);
    }

    public SearchRequest withDates(LocalDate f, LocalDate t) {
        return new SearchRequest(q, filters, f, t, sort, cursor, size, exact, offset, upto);
    }
}
