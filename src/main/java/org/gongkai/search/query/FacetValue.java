package org.gongkai.search.query;

import java.util.List;

/** A facet value and its count; {@code children} is non-empty only in the cause tree. */
public record FacetValue(String value, long count, List<FacetValue> children) {
    public FacetValue {
        children = children == null ? List.of() : List.copyOf(children);
    }
}
