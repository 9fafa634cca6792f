package org.gongkai.search.query;

import org.apache.lucene.search.Query;

/**
 * A parsed query: what to match and rank with, and what to highlight in the snippet field
 * (positive words and phrases only, as substrings of the full text; null = nothing to mark).
 */
public record ParsedQuery(Query query, Query highlight) {}
