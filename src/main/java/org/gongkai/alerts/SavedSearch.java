package org.gongkai.alerts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.gongkai.judgments.SearchParams;
import org.gongkai.platform.Json;
import org.gongkai.search.query.SearchRequest;

/**
 * The search an alert follows: the query in the search language of {@code /api/judgments} and its
 * facet filters and decision-date range, kept as JSON in the alert's row.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SavedSearch(String q, Map<String, List<String>> filters, String from, String to) {
    public SavedSearch {
        filters = filters == null ? Map.of() : filters;
    }

    SearchParams params() {
        return SearchParams.of(q, filters, from, to);
    }

    /** The request the alert runs (400 on a bad filter or date; the query itself is checked by running it). */
    SearchRequest request() {
        return params().toRequest();
    }

    /** The search page of the same search, relative to the portal. */
    String pageUrl() {
        return params().pageUrl();
    }

    /** The Atom feed of the same search (what a feed reader follows instead of a webhook). */
    String feedUrl() {
        return params().feedUrl();
    }

    String json() {
        return Json.write(this);
    }

    static SavedSearch parse(String json) {
        return Json.read(json, SavedSearch.class);
    }
}
