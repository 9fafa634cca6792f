package org.gongkai.search.query;

import org.apache.lucene.search.Query;

/**
 * A parsed query: what to match and rank with, and what to highlight in the snippet field
 * (positive words and phrases only, as substrings of the full text; null = nothing to mark).
 *
 * @param longText the whole query is one long text (pasted prose): ranked with feedback from the
 *     causes of its best matches (see {@link JudgmentSearch})
 */
public record ParsedQuery(Query query, Query highlight, boolean longText) {
    public ParsedQuery(Query query, Query highlight) {
        this(query, highlight, false);
    }

    ParsedQuery asLongText() {
        return new ParsedQuery(query, highlight, true);
    }
}
