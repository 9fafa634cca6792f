package org.gongkai.search.query;

import java.util.List;
import java.util.Map;
import org.gongkai.search.index.JudgmentIndex;

/** Small helpers for tests that search a real index. */
final class SearchTestIndex {
    private SearchTestIndex() {}

    static List<Long> ids(JudgmentIndex index, String q) {
        return ids(index.search(SearchRequest.of(q).withSize(100)));
    }

    static List<Long> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }

    static List<Long> sortedIds(JudgmentIndex index, String q) {
        return ids(index, q).stream().sorted().toList();
    }

    static Map<String, Long> counts(SearchResult result, String dim) {
        Map<String, Long> out = new java.util.TreeMap<>();
        result.facets().get(dim).forEach(v -> out.put(v.value(), v.count()));
        return out;
    }
}
