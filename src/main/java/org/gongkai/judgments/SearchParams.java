package org.gongkai.judgments;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.RequestValues;
import org.gongkai.search.query.SearchRequest;
import org.gongkai.search.query.Sort;

/**
 * The query parameters of a judgment search, shared by the JSON API and the HTML page so that
 * a page URL and an API URL mean the same search.
 */
public class SearchParams {
    /** Facet dimensions that can be drilled down by query parameter, in display order. */
    public static final List<String> FACETS =
            List.of("level", "province", "court", "category", "cause", "procedure", "kind", "year", "law");

    @QueryParam("q")
    public String q;

    @QueryParam("level")
    public List<String> level;

    @QueryParam("province")
    public List<String> province;

    @QueryParam("court")
    public List<String> court;

    @QueryParam("category")
    public List<String> category;

    @QueryParam("cause")
    public List<String> cause;

    @QueryParam("procedure")
    public List<String> procedure;

    @QueryParam("kind")
    public List<String> kind;

    @QueryParam("year")
    public List<String> year;

    @QueryParam("law")
    public List<String> law;

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    @QueryParam("sort")
    @DefaultValue("relevance")
    public String sort;

    @QueryParam("cursor")
    public String cursor;

    @QueryParam("size")
    @DefaultValue("20")
    public String size;
    /** true: count every match exactly (by default beyond 10,000 the total is "10,000+"). */
    @QueryParam("exact")
    public String exact;
    /** yyyy-MM-dd: the search as of the end of that day (China time) beside now ({@link PinnedSearch}). */
    @QueryParam("asof")
    public String asof;

    /**
     * The parameters of a search given as values rather than as a query string (a saved search of an
     * alert): {@code filters} by facet name ({@link #FACETS}); an unknown name is a 400 naming it.
     */
    public static SearchParams of(String q, Map<String, List<String>> filters, String from, String to) {
        SearchParams p = new SearchParams();
        p.q = q;
        p.from = from;
        p.to = to;
        p.sort = "date";
        for (Map.Entry<String, List<String>> e :
                (filters == null ? Map.<String, List<String>>of() : filters).entrySet()) {
            List<String> v = e.getValue();
            switch (e.getKey()) {
                case "level" -> p.level = v;
                case "province" -> p.province = v;
                case "court" -> p.court = v;
                case "category" -> p.category = v;
                case "cause" -> p.cause = v;
                case "procedure" -> p.procedure = v;
                case "kind" -> p.kind = v;
                case "year" -> p.year = v;
                case "law" -> p.law = v;
                default ->
                    throw ProblemException.invalidField(
                            "filters",
                            org.gongkai.platform.Texts.err()
                                    .filter_unknown(e.getKey(), ProblemException.codes(FACETS.toArray(String[]::new))));
            }
        }
        return p;
    }

    public Map<String, List<String>> filters() {
        Map<String, List<String>> f = new LinkedHashMap<>();
        put(f, "level", level);
        put(f, "province", province);
        put(f, "court", court);
        put(f, "category", category);
        put(f, "cause", cause);
        put(f, "procedure", procedure);
        put(f, "kind", kind);
        put(f, "year", year);
        put(f, "law", law);
        return f;
    }

    private static void put(Map<String, List<String>> f, String key, List<String> values) {
        if (values == null) {
            return;
        }
        List<String> clean = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                clean.add(v.strip());
            }
        }
        if (!clean.isEmpty()) {
            f.put(key, clean);
        }
    }

    /** The search page of these parameters (relative), as the results page links it. */
    public String pageUrl() {
        return SearchPage.url(q, filters(), from, to, sort, null);
    }

    /** The Atom feed of these parameters (relative). */
    public String feedUrl() {
        return SearchPage.feedUrl(q, filters(), from, to, sort, null);
    }

    public boolean exactCount() {
        String e = exact == null ? "" : exact.strip().toLowerCase();
        return switch (e) {
            case "", "false", "0" -> false;
            case "true", "1" -> true;
            default ->
                throw ProblemException.invalidField(
                        "exact", org.gongkai.platform.Texts.txt().err_not_boolean(exact));
        };
    }

    public Sort sortOrder() {
        return switch (sort == null ? "relevance" : sort.strip().toLowerCase()) {
            case "", "relevance" -> Sort.RELEVANCE;
            case "date", "date_desc", "newest" -> Sort.DATE_DESC;
            case "date_asc", "oldest" -> Sort.DATE_ASC;
            case "level", "court_level" -> Sort.COURT_LEVEL;
            default ->
                throw ProblemException.invalidField(
                        "sort",
                        org.gongkai.platform.Texts.txt()
                                .err_unknown_sort(
                                        sort, ProblemException.codes("relevance", "date", "date_asc", "level")));
        };
    }

    public int pageSize() {
        Integer given = RequestValues.integer(
                size,
                "size",
                () -> org.gongkai.platform.Texts.txt().err_not_size(size, String.valueOf(SearchRequest.MAX_SIZE)));
        int n = given == null ? 20 : given;
        if (n < 1 || n > SearchRequest.MAX_SIZE) {
            throw ProblemException.invalidField(
                    "size",
                    org.gongkai.platform.Texts.txt().err_number_range("1", String.valueOf(SearchRequest.MAX_SIZE)));
        }
        return n;
    }

    public SearchRequest toRequest() {
        return new SearchRequest(
                q,
                filters(),
                RequestValues.date(from, "from"),
                RequestValues.date(to, "to"),
                sortOrder(),
                cursor == null || cursor.isBlank() ? null : cursor,
                pageSize(),
                exactCount());
    }
}
