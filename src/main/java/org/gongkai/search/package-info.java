/**
 * Full-text search of published judgments: pure Java + Lucene, no CDI, no database. {@link
 * org.gongkai.search.SearchBackend} is the seam the rest of the portal uses (the embedded {@link
 * org.gongkai.search.index.JudgmentIndex} implements it; a cluster backend will too). The judgments
 * feature ({@code judgments.SearchIndexService}) wraps the index in one {@code @ApplicationScoped} bean that owns
 * its lifecycle (open at start, {@code maybeRefresh()} every ~500 ms from one scheduler thread,
 * {@code refreshBlocking()} after a publication or withdrawal, {@code commit()} periodically and at
 * shutdown, {@code close()} at shutdown; rebuild from the database when {@code needsRebuild()}).
 *
 * <h2>Public API (everything else is package-private or an implementation detail)</h2>
 *
 * <pre>
 * index.JudgmentIndex                     implements Closeable, thread-safe
 *   static final int SCHEMA_VERSION
 *   static JudgmentIndex open(Path dir) throws IOException
 *   void upsert(IndexedJudgment j)        IndexingStats upsertAll(Iterable, BiConsumer onError)
 *   void delete(long id)                  void deleteAll()
 *   void maybeRefresh()                   void refreshBlocking()
 *   void commit()                         boolean needsRebuild()     void markRebuilt()
 *   int count()                           Set&lt;Long&gt; allIds()
 *   SearchResult search(SearchRequest)    throws QuerySyntaxException, platform.Cursor.Invalid
 *   List&lt;SearchHit&gt; similar(long id, int n)
 * index.IndexedJudgment                   the input record
 * index.JudgmentFields                    field names, filter keys, facet dimensions, court levels
 * index.JudgmentAnalyzers                 analyzer registry (words / bigram / per field); Segmenter
 *                                         SMARTCN (default) or HANLP with the legal dictionary
 * index.JudgmentDocumentMapper            IndexedJudgment to Lucene Document
 * query.SearchRequest(q, filters, from, to, sort, cursor, size)
 * query.SearchResult(total, hits, facets, next)
 * query.SearchHit(id, caseNumber, title, court, decisionDate, documentKind, snippet)
 * query.FacetValue(value, count, children)
 * query.Sort                              RELEVANCE, DATE_DESC, DATE_ASC, COURT_LEVEL
 * query.QueryParser                       the query language (syntax in its javadoc)
 * query.QuerySyntaxException              message for the user, position()
 * platform.Cursor.Invalid                 ProblemException (400, field cursor)
 * </pre>
 *
 * <p>Ranking (issue 13): words match as units (exact bigram phrase, words near each other, or all
 * words in one group of fields), pasted text as a weighted disjunction with cause feedback, similar
 * judgments within their category; measured against a plain BM25 over bigrams by SearchQualityTest
 * (records in {@code src/test/resources/relevance/quality-baseline.properties}).
 */
package org.gongkai.search;
