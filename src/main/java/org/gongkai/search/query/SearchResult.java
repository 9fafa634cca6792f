package org.gongkai.search.query;

import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param total number of matching judgments: exact when {@code totalExact}, else a lower bound
 *     ({@value #COUNT_THRESHOLD}: "10,000+"; ask for an exact count with {@link SearchRequest#exact()})
 * @param facets facet dimension to its top values (counts respect the query and the other filters;
 *     a dimension with a filter of its own is counted without that filter, so siblings stay visible);
 *     estimated from a sample when {@code facetsSampled}
 * @param next opaque cursor for the following page, or null when this is the last page
 * @param totalExact whether {@code total} is the exact number of matches
 * @param facetsSampled whether the facet counts are estimates from a sample of the matches
 */
public record SearchResult(
        long total,
        List<SearchHit> hits,
        Map<String, List<FacetValue>> facets,
        String next,
        boolean totalExact,
        boolean facetsSampled) {

    /** Matches counted exactly by default; beyond it a search says "at least" (unless asked to be exact). */
    public static final int COUNT_THRESHOLD = 10_000;

    /** An exactly counted page. */
    public SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets, String next) {
        this(total, hits, facets, next, true, false);
    }
}
