package org.gongkai.search.query;

import static org.gongkai.search.index.JudgmentFields.CASE_NUMBER;
import static org.gongkai.search.index.JudgmentFields.DATE;
import static org.gongkai.search.index.JudgmentFields.FILTER_FIELDS;
import static org.gongkai.search.index.JudgmentFields.ID;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The drill-down filters of a search, one builder for both backends: values of one key OR-ed, one
 * clause per key (keys AND-ed, and kept apart so that a facet can leave out its own key), the
 * decision-date range, and the snapshot of numbered pages ({@link SearchRequest#upto()}), whose
 * clause each backend gives in the form its index answers fastest.
 */
final class SearchFilters {
    private SearchFilters() {}

    /**
     * @param upTo the clause "id ≤ n" of the backend (the embedded index reads doc values, the cluster a
     *     point field)
     */
    static Map<String, Query> of(SearchRequest request, LongFunction<Query> upTo) {
        Map<String, Query> out = new LinkedHashMap<>();
        request.filters().forEach((key, values) -> {
            String field = FILTER_FIELDS.get(key);
            if (field == null) {
                throw new QuerySyntaxException(QuerySyntaxException.Reason.UNKNOWN_FILTER, -1, key);
            }
            if (values == null || values.isEmpty()) {
                return;
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String v : values) {
                String value = CASE_NUMBER.equals(field) ? QueryParser.normaliseCaseNumber(v) : v.strip();
                any.add(new TermQuery(new Term(field, value)), Occur.SHOULD);
            }
            out.put(key, any.build());
        });
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            out.put(DATE, LongPoint.newRangeQuery(DATE, from, to));
        }
        if (request.upto() > 0) {
            // judgments published later have larger ids
            out.put(ID, upTo.apply(request.upto()));
        }
        return out;
    }
}
