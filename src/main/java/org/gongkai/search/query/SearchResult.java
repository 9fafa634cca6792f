package org.gongkai.search.query;

import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param total exact number of matching judgments
 * @param facets facet dimension to its top values (counts respect the query and the other filters;
 *     a dimension with a filter of its own is counted without that filter, so siblings stay visible)
 * @param next opaque cursor for the following page, or null when this is the last page
 */
public record SearchResult(
    long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets, String next) {}
