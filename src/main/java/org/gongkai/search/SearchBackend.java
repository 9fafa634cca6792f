package org.gongkai.search;

import java.io.Closeable;
import java.util.List;
import java.util.Set;
import org.gongkai.search.index.IndexedJudgment;
import org.gongkai.search.query.SearchHit;
import org.gongkai.search.query.SearchRequest;
import org.gongkai.search.query.SearchResult;

/**
 * The search seam: what the portal needs from a judgment index, whether embedded (Lucene, {@link
 * org.gongkai.search.index.JudgmentIndex}) or a cluster. The judgments feature keeps it in line
 * with the database (it loads judgments, maps them to {@link IndexedJudgment} records and applies
 * the outbox); the backend only stores, finds and forgets documents. Implementations are
 * thread-safe.
 *
 * <p>Writes are durable after {@link #commit()} and visible to searches after {@link
 * #refreshBlocking()} (a publication or withdrawal shows in the same request) or after the
 * backend's own periodic refresh.
 */
public interface SearchBackend extends Closeable {

    /** Inserts or replaces the document with this record's id. */
    void upsert(IndexedJudgment judgment);

    /** Removes the document with this id (nothing happens when there is none). */
    void delete(long id);

    /** Removes every document (the first step of a rebuild from the database). */
    void deleteAll();

    /** Makes every write so far durable. */
    void commit();

    /** Makes every write so far visible to searches before it returns. */
    void refreshBlocking();

    /** Number of searchable documents. */
    int count();

    /** Ids of all searchable documents, for consistency checks against the database. */
    Set<Long> allIds();

    /**
     * One page of results for a query in the query language ({@link
     * org.gongkai.search.query.QueryParser}), with filters, date range, sort, facets, snippets
     * (highlights) and an opaque cursor for the next page; documents of one case are found with
     * the {@code casenumber} filter.
     *
     * @throws org.gongkai.search.query.QuerySyntaxException the query is not valid (the user's error)
     * @throws org.gongkai.platform.Cursor.Invalid the cursor is not one this backend issued
     */
    SearchResult search(SearchRequest request);

    /**
     * Judgments like this one (same cause and cited articles, similar facts and reasoning), never
     * itself nor another document of its case.
     */
    List<SearchHit> similar(long id, int n);
}
