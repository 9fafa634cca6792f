package org.gongkai.judgments;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.gongkai.platform.Formats;
import org.gongkai.platform.Links;
import org.gongkai.platform.Texts;
import org.gongkai.search.query.FacetValue;
import org.gongkai.search.query.SearchResult;

/** Everything the search page shows, with the URLs of every link built here. */
@TemplateData
public record SearchPage(
        String q,
        Map<String, List<String>> filters,
        String from,
        String to,
        String sort,
        int size,
        SearchResult result,
        String error,
        boolean searched,
        int page,
        long upto,
        PinnedSearch.AsOf asof,
        java.time.LocalDate today) {

    /** The facets in the order shown; each one's heading is the message {@code facet_<key>}. */
    public static final List<String> FACETS =
            List.of("level", "province", "court", "category", "cause", "procedure", "kind", "year", "law");

    /** The heading of a facet (and of its filter chip) in the page's language. */
    public static String facetLabel(String key) {
        return Texts.label("facet", key);
    }

    @TemplateData
    public record FacetGroup(String key, String label, List<FacetLink> values) {}

    @TemplateData
    public record FacetLink(String value, long count, boolean active, String url, List<FacetLink> children) {}

    @TemplateData
    public record Chip(String label, String value, String removeUrl) {}

    @TemplateData
    public record SortLink(String key, String label, boolean active, String url) {}

    /** The advanced search form as filled in for this search. */
    public AdvancedSearch advanced() {
        return AdvancedSearch.of(q, filters, from, to);
    }

    public long total() {
        return result == null ? 0 : result.total();
    }

    /** False when more matches exist than were counted: the page then says "more than {total}". */
    public boolean totalExact() {
        return result == null || result.totalExact();
    }

    /** The facet counts are estimates from a sample of a very large result. */
    public boolean facetsSampled() {
        return result != null && result.facetsSampled();
    }

    /** The syntax error in the page's language where the parser gave both ("中文（English）"). */
    public String errorText() {
        return error == null
                ? null
                : org.gongkai.platform.ErrorTexts.detail(error, org.gongkai.platform.Languages.current());
    }

    /** True when the error text is in Chinese only: the English page then marks it as Chinese. */
    public boolean errorInChinese() {
        return error != null
                && errorText().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    public boolean empty() {
        return result != null && result.total() == 0;
    }

    public List<FacetGroup> facetGroups() {
        List<FacetGroup> groups = new ArrayList<>();
        if (result == null || result.facets() == null) {
            return groups;
        }
        for (String key : FACETS) {
            List<FacetValue> values = result.facets().get(key);
            if (values == null || values.isEmpty()) {
                continue;
            }
            if (key.equals("year")) {
                // years read as a timeline, newest first, not by count (issue 14)
                values = values.stream()
                        .sorted(java.util.Comparator.comparing(FacetValue::value)
                                .reversed())
                        .toList();
            }
            groups.add(new FacetGroup(key, facetLabel(key), links(key, values)));
        }
        return groups;
    }

    private List<FacetLink> links(String key, List<FacetValue> values) {
        List<FacetLink> out = new ArrayList<>();
        for (FacetValue v : values) {
            boolean active = filters.getOrDefault(key, List.of()).contains(v.value());
            out.add(new FacetLink(
                    v.value(),
                    v.count(),
                    active,
                    active ? without(key, v.value()) : with(key, v.value()),
                    v.children().isEmpty() ? List.of() : links(key, v.children())));
        }
        return out;
    }

    public List<Chip> chips() {
        List<Chip> chips = new ArrayList<>();
        filters.forEach((k, vs) -> vs.forEach(v -> chips.add(new Chip(facetLabel(k), v, without(k, v)))));
        if (from != null && !from.isBlank()) {
            chips.add(new Chip(Texts.msg().date_from(), Formats.prose(from), url(q, filters, null, to, sort, null)));
        }
        if (to != null && !to.isBlank()) {
            chips.add(new Chip(Texts.msg().date_to(), Formats.prose(to), url(q, filters, from, null, sort, null)));
        }
        return chips;
    }

    public List<SortLink> sorts() {
        var msg = Texts.msg();
        return List.of(
                sortLink("relevance", msg.sort_relevance()),
                sortLink("date", msg.sort_date_desc()),
                sortLink("date_asc", msg.sort_date_asc()),
                sortLink("level", msg.field_court_level()));
    }

    private SortLink sortLink(String key, String label) {
        String current = sort == null || sort.isBlank() ? "relevance" : sort;
        return new SortLink(key, label, current.equals(key), url(q, filters, from, to, key, null));
    }

    public String nextUrl() {
        return result == null || result.next() == null ? null : url(q, filters, from, to, sort, result.next());
    }

    /**
     * Numbered pages in the snapshot of this search (page 0: reached by an API cursor, which
     * keeps its previous/next link only).
     */
    public org.gongkai.platform.Pager pager() {
        if (result == null || page < 1) {
            return null;
        }
        String base = url(q, filters, from, to, sort, null);
        String sep = base.contains("?") ? "&" : "?";
        List<org.gongkai.platform.Pager.Hidden> hidden = new ArrayList<>();
        if (q != null && !q.isBlank()) hidden.add(new org.gongkai.platform.Pager.Hidden("q", q));
        filters.forEach((k, vs) -> vs.forEach(v -> hidden.add(new org.gongkai.platform.Pager.Hidden(k, v))));
        if (from != null && !from.isBlank()) hidden.add(new org.gongkai.platform.Pager.Hidden("from", from));
        if (to != null && !to.isBlank()) hidden.add(new org.gongkai.platform.Pager.Hidden("to", to));
        if (sort != null && !sort.isBlank() && !sort.equals("relevance"))
            hidden.add(new org.gongkai.platform.Pager.Hidden("sort", sort));
        if (upto > 0) hidden.add(new org.gongkai.platform.Pager.Hidden("upto", Long.toString(upto)));
        return org.gongkai.platform.Pager.of(
                page,
                result.total(),
                size,
                n -> n == 1 && upto <= 0 ? base : base + sep + (n > 1 ? "page=" + n + "&" : "") + "upto=" + upto,
                "/search",
                hidden);
    }

    /** "Pin this search": the same search as of today ({@link PinnedSearch}). */
    public String pinUrl() {
        String base = url(q, filters, from, to, sort, null);
        return base + (base.contains("?") ? "&" : "?") + "asof=" + today;
    }

    public String firstPageUrl() {
        return url(q, filters, from, to, sort, null);
    }

    public String apiUrl() {
        return "/api" + url(q, filters, from, to, sort, null).replaceFirst("^/search", "/judgments");
    }

    public boolean hasFilters() {
        return !filters.isEmpty() || (from != null && !from.isBlank()) || (to != null && !to.isBlank());
    }

    public String clearFiltersUrl() {
        return url(q, Map.of(), null, null, sort, null);
    }

    private String with(String key, String value) {
        Map<String, List<String>> f = copy(filters);
        f.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        return url(q, f, from, to, sort, null);
    }

    private String without(String key, String value) {
        Map<String, List<String>> f = copy(filters);
        List<String> vs = f.get(key);
        if (vs != null) {
            vs.remove(value);
            if (vs.isEmpty()) {
                f.remove(key);
            }
        }
        return url(q, f, from, to, sort, null);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> m) {
        Map<String, List<String>> c = new LinkedHashMap<>();
        m.forEach((k, v) -> c.put(k, new ArrayList<>(v)));
        return c;
    }

    /** The Atom feed of this search (newest matches first unless a sort other than relevance was chosen). */
    public String feedUrl() {
        return feedUrl(q, filters, from, to, sort, null);
    }

    static String feedUrl(
            String q, Map<String, List<String>> filters, String from, String to, String sort, String cursor) {
        return url(q, filters, from, to, sort, cursor).replaceFirst("^/search", "/search.atom");
    }

    static String url(String q, Map<String, List<String>> filters, String from, String to, String sort, String cursor) {
        StringJoiner j = new StringJoiner("&");
        if (q != null && !q.isBlank()) j.add("q=" + Links.enc(q));
        filters.forEach((k, vs) -> vs.forEach(v -> j.add(k + "=" + Links.enc(v))));
        if (from != null && !from.isBlank()) j.add("from=" + Links.enc(from));
        if (to != null && !to.isBlank()) j.add("to=" + Links.enc(to));
        if (sort != null && !sort.isBlank() && !sort.equals("relevance")) j.add("sort=" + Links.enc(sort));
        if (cursor != null) j.add("cursor=" + Links.enc(cursor));
        String qs = j.toString();
        return qs.isEmpty() ? "/search" : "/search?" + qs;
    }
}
