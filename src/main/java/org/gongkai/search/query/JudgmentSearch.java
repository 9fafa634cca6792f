package org.gongkai.search.query;

import static org.gongkai.search.index.JudgmentFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.gongkai.search.index.FacetedIndexSearcher;
import org.gongkai.search.index.JudgmentAnalyzers;
import org.gongkai.search.index.JudgmentDocumentMapper;

/**
 * Runs searches on one acquired searcher: query + filters, one sorted page after the cursor,
 * snippets, the total and the facet counts (issue 16). A first page takes one pass over the matches
 * for the page and the total, in which facet matches are collected only up to {@value #FACET_SAMPLE}
 * (beyond that the facet counts are scaled estimates, {@link SearchResult#facetsSampled()}), plus one
 * facet pass per filtered dimension, so that sibling values of a selected facet keep their counts. A
 * later page (cursor) of the same search on the same reader reuses the total and facets of its first
 * page and asks Lucene for the page only, so it may skip what cannot enter it. {@link
 * SearchRequest#exact()} counts every facet value exactly. Thread-safe.
 */
public final class JudgmentSearch {

    static final int FACET_TOP = 20;
    static final int CAUSE_CHILDREN_TOP = 10;
    static final int SNIPPET_PASSAGES = 2;
    static final int HIGHLIGHT_MAX_LENGTH = 100_000;

    private static final Set<String> HIT_FIELDS = Set.of(ID, CASE_NUMBER, TITLE, COURT, DATE, KIND, SUMMARY);

    private final JudgmentAnalyzers analyzers;
    private final QueryParser parser;
    private final Ranking ranking;
    private final int countThreshold;
    private final int facetSample;

    /**
     * What the ranking may use besides the text. {@link #PORTAL}: the causes of the best matches of pasted
     * text (feedback) and, for similar judgments, a shared cause and shared cited articles. {@link
     * #TEXT_ONLY}: the text alone (the search-quality harness reports both).
     *
     * @param feedback weight of the cause feedback for long text (0 = none)
     * @param similarCause what a shared cause adds to a similar judgment, as a share of the judgment's own
     *     text score (others reach about a third to a half of it)
     * @param similarArticles what sharing all cited articles adds, likewise
     */
    record Ranking(float feedback, float similarCause, float similarArticles) {
        static final Ranking PORTAL = new Ranking(0.5f, 0.25f, 0.15f);
        static final Ranking TEXT_ONLY = new Ranking(0f, 0f, 0f);
    }

    public JudgmentSearch(JudgmentAnalyzers analyzers) {
        this(analyzers, Ranking.PORTAL);
    }

    JudgmentSearch(JudgmentAnalyzers analyzers, Ranking ranking) {
        this(analyzers, ranking, SearchResult.COUNT_THRESHOLD, FACET_SAMPLE);
    }

    /** Tests: other bounds of exact counting and facet sampling. */
    JudgmentSearch(JudgmentAnalyzers analyzers, Ranking ranking, int countThreshold, int facetSample) {
        this.analyzers = analyzers;
        this.parser = new QueryParser(analyzers);
        this.ranking = ranking;
        this.countThreshold = countThreshold;
        this.facetSample = facetSample;
    }

    public SearchResult search(FacetedIndexSearcher searcher, SearchRequest request) throws IOException {
        ParsedQuery parsed = parser.parse(request.q(), stats(searcher));
        Map<String, Query> filters = filters(request);
        Query query = combine(parsed.query(), filters, null);
        if (parsed.longText() && request.sort() == Sort.RELEVANCE && ranking.feedback() > 0) {
            query = withCauseFeedback(searcher, query, ranking.feedback());
        }

        org.apache.lucene.search.Sort sort = luceneSort(request.sort());
        FieldDoc after = request.cursor() == null || request.cursor().isBlank()
                ? null
                : SearchCursor.decode(request.cursor(), request.sort(), sort.getSort());
        int size = request.size();
        int offset = request.offset();
        // a later page reuses the total and facets of its first page (same reader, same matches)
        CountKey key = new CountKey(
                readerKey(searcher),
                request.q() == null ? "" : request.q().strip(),
                request.filters(),
                request.from(),
                request.to(),
                request.upto(),
                request.exact());
        Counted counted = after == null ? null : countCache.get(key);
        int threshold = counted != null ? offset + size + 1 : request.exact() ? Integer.MAX_VALUE : countThreshold;
        TopFieldDocs docs;
        try {
            var top = new TopFieldCollectorManager(
                    sort, offset + size + 1, after, Math.max(threshold, offset + size + 1));
            if (counted != null) {
                // a later page is scored as its first page was (exact: the real query; else: MinimumShare), so
                // the cursor's score sorts the same
                docs = request.exact() ? searcher.search(query, top) : MinimumShare.search(searcher, query, top);
            } else if (parsed.longText() && !request.exact()) {
                // pasted text: the facet sample stops at its quota, and the page skips what cannot enter it
                // (see MinimumShare) instead of one pass that scores every match of a hundred-odd terms
                SampledFacetsCollector sample = searcher.search(
                        query,
                        SampledFacetsCollector.manager(
                                facetSample, searcher.getIndexReader().maxDoc()));
                docs = MinimumShare.search(
                        searcher,
                        query,
                        new TopFieldCollectorManager(sort, offset + size + 1, after, offset + size + 1));
                TotalHits seen = sample.sampled()
                        ? new TotalHits(sample.collected(), TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO)
                        : new TotalHits(sample.collected(), TotalHits.Relation.EQUAL_TO);
                counted = count(searcher, parsed.query(), filters, seen, sample, false);
                countCache.put(key, counted);
            } else {
                // one pass: the page, and the facet matches (which stop at their sample); past the
                // sample, Lucene may skip what cannot enter the page
                PageAndSampleCollector.Result both = searcher.search(
                        query,
                        PageAndSampleCollector.manager(
                                top,
                                request.exact() ? Integer.MAX_VALUE : facetSample,
                                searcher.getIndexReader().maxDoc(),
                                !parsed.longText()));
                docs = both.page();
                counted = count(searcher, parsed.query(), filters, docs.totalHits, both.sample(), request.exact());
                countCache.put(key, counted);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException(QuerySyntaxException.Reason.TOO_COMPLEX, -1);
        }

        ScoreDoc[] page = java.util.Arrays.copyOfRange(
                docs.scoreDocs,
                Math.min(offset, docs.scoreDocs.length),
                Math.min(offset + size, docs.scoreDocs.length));
        String next = docs.scoreDocs.length > offset + size
                ? SearchCursor.encode(request.sort(), (FieldDoc) page[page.length - 1])
                : null;
        List<SearchHit> hits = hits(searcher, page, parsed.highlight(), docs.totalHits);
        return new SearchResult(counted.total(), hits, counted.facets(), next, counted.exact(), counted.sampled());
    }

    // ---- counting: bounded by default, cached for later pages --------------------------------------

    /** Matches whose facet values are read at most, unless the request asks for exact counts. */
    static final int FACET_SAMPLE = 10_000;

    private static final int COUNT_CACHE_ENTRIES = 1024;

    /** What a later page of the same search on the same reader shares with its first page. */
    record CountKey(
            Object reader,
            String q,
            Map<String, List<String>> filters,
            LocalDate from,
            LocalDate to,
            long upto,
            boolean exact) {}

    record Counted(long total, boolean exact, boolean sampled, Map<String, List<FacetValue>> facets) {}

    private final Map<CountKey, Counted> countCache =
            java.util.Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<CountKey, Counted> eldest) {
                    return size() > COUNT_CACHE_ENTRIES;
                }
            });

    /** Identity of the reader a searcher reads: a new reader (refresh) means new counts. */
    private static Object readerKey(IndexSearcher searcher) {
        IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
        return helper != null ? helper.getKey() : searcher.getIndexReader();
    }

    /**
     * The total and the facets of a search. {@code hits} is the top-page count (exact below its
     * threshold). Facet counts read at most {@value #FACET_SAMPLE} matches per pass unless {@code
     * exact}: beyond that they are scaled estimates and the total a lower bound.
     */
    private Counted count(
            FacetedIndexSearcher searcher,
            Query main,
            Map<String, Query> filters,
            TotalHits hits,
            SampledFacetsCollector all,
            boolean exact)
            throws IOException {
        boolean countedAll = hits.relation() == TotalHits.Relation.EQUAL_TO;
        SortedSetDocValuesReaderState state = searcher.facetState();
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        if (state == null) {
            FACET_DIMS.forEach(dim -> out.put(dim, List.of()));
            return new Counted(hits.value(), countedAll, false, out);
        }
        long total = countedAll || all.sampled() ? hits.value() : all.estimatedTotal();
        boolean totalExact = countedAll || !all.sampled();
        boolean sampled = all.sampled();
        Facets counts = new SortedSetDocValuesFacetCounts(state, all);
        for (String dim : FACET_DIMS) {
            Facets dimCounts = counts;
            double scale = all.scale();
            if (filters.containsKey(dim)) {
                // multi-select: count this dimension without its own filter so siblings stay visible
                SampledFacetsCollector others = facetMatches(searcher, combine(main, filters, dim), exact);
                dimCounts = new SortedSetDocValuesFacetCounts(state, others);
                scale = others.scale();
                sampled |= others.sampled();
            }
            out.put(dim, values(state, dimCounts, scale, dim));
        }
        return new Counted(total, totalExact, sampled, out);
    }

    private SampledFacetsCollector facetMatches(IndexSearcher searcher, Query query, boolean exact) throws IOException {
        int maxDoc = searcher.getIndexReader().maxDoc();
        return searcher.search(query, SampledFacetsCollector.manager(exact ? Integer.MAX_VALUE : facetSample, maxDoc));
    }

    private static Map<String, Query> filters(SearchRequest request) {
        return SearchFilters.of(
                request,
                upto -> org.apache.lucene.document.NumericDocValuesField.newSlowRangeQuery(ID, Long.MIN_VALUE, upto));
    }

    private static Query combine(Query main, Map<String, Query> filters, String except) {
        if (filters.isEmpty() || (filters.size() == 1 && filters.containsKey(except))) {
            return main;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(main, Occur.MUST);
        filters.forEach((key, q) -> {
            if (!key.equals(except)) {
                b.add(q, Occur.FILTER);
            }
        });
        return b.build();
    }

    static org.apache.lucene.search.Sort luceneSort(Sort sort) {
        SortField id = new SortField(ID, SortField.Type.LONG);
        return switch (sort) {
            case RELEVANCE -> new org.apache.lucene.search.Sort(SortField.FIELD_SCORE, id);
            case DATE_DESC -> new org.apache.lucene.search.Sort(date(true), id);
            case DATE_ASC -> new org.apache.lucene.search.Sort(date(false), id);
            case COURT_LEVEL -> {
                SortField level = new SortField(LEVEL_RANK, SortField.Type.INT);
                level.setMissingValue(9);
                yield new org.apache.lucene.search.Sort(level, date(true), id);
            }
        };
    }

    /** Judgments without a date go last either way. */
    private static SortField date(boolean newestFirst) {
        SortField f = new SortField(DATE, SortField.Type.LONG, newestFirst);
        f.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return f;
    }

    // ---- hits and snippets ---------------------------------------------------------------------

    private List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] page, Query highlight, TotalHits total)
            throws IOException {
        String[] snippets = new String[page.length];
        if (highlight != null && page.length > 0) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzers.perField())
                    .withFormatter(new SnippetFormatter())
                    .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.CHINESE))
                    .withMaxLength(HIGHLIGHT_MAX_LENGTH)
                    .withMaxNoHighlightPassages(0)
                    .build();
            TopDocs topDocs = new TopDocs(total, page);
            snippets = highlighter.highlight(TEXT_BI, highlight, topDocs, SNIPPET_PASSAGES);
        }
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = stored.document(page[i].doc, HIT_FIELDS);
            String snippet = snippets[i] != null ? snippets[i] : SnippetFormatter.escape(doc.get(SUMMARY));
            hits.add(toHit(doc, snippet));
        }
        return hits;
    }

    private static SearchHit toHit(Document doc, String snippet) {
        IndexableField date = doc.getField(DATE);
        return new SearchHit(
                doc.getField(ID).numericValue().longValue(),
                doc.get(CASE_NUMBER),
                doc.get(TITLE),
                doc.get(COURT),
                date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()),
                doc.get(KIND),
                snippet);
    }

    // ---- facets --------------------------------------------------------------------------------

    /**
     * Facet values of {@code dim}; none when no judgment in the index has a value for it yet. A young
     * index (no judgment with a cause of action so far, courts that send none) must be searchable:
     * Lucene's facet counts fail on a dimension without an ordinal range (issue 13).
     */
    private static List<FacetValue> values(
            SortedSetDocValuesReaderState state, Facets counts, double scale, String dim, String... path)
            throws IOException {
        boolean indexed = JudgmentDocumentMapper.facetsConfig().getDimConfig(dim).hierarchical
                ? state.getDimTree(dim) != null
                : state.getOrdRange(dim) != null;
        if (!indexed) {
            return List.of();
        }
        FacetResult result;
        try {
            result = counts.getTopChildren(path.length == 0 ? topN(dim) : CAUSE_CHILDREN_TOP, dim, path);
        } catch (IllegalArgumentException dimensionNotIndexedYet) {
            return List.of();
        }
        if (result == null) {
            return List.of();
        }
        List<FacetValue> values = new ArrayList<>(result.labelValues.length);
        for (LabelAndValue lv : result.labelValues) {
            List<FacetValue> children = List.of();
            if (CAUSE.equals(dim) && path.length == 0) {
                children = values(state, counts, scale, dim, lv.label);
            }
            long count = scale == 1.0 ? lv.value.longValue() : Math.max(1, Math.round(lv.value.longValue() * scale));
            values.add(new FacetValue(lv.label, count, children));
        }
        return values;
    }

    private static int topN(String dim) {
        return YEAR.equals(dim) ? 50 : FACET_TOP;
    }

    // ---- cause feedback --------------------------------------------------------------------------

    static final int FEEDBACK_DOCS = 10;
    static final double FEEDBACK_MIN_SHARE = 0.1;

    /**
     * Pseudo-relevance feedback on the cause (issue 13): pasted facts are mostly about one kind of
     * case, and the causes (charges) of the best-matching judgments say which. Each cause gets the
     * share of the top {@value #FEEDBACK_DOCS} scores its judgments have; judgments with a cause of at
     * least {@value #FEEDBACK_MIN_SHARE} share gain share × weight × the best score. On the harness this
     * lifts same-charge precision@10 of pasted facts from 0.65 (text alone; plain BM25: 0.62) to 0.93. Only the order
     * changes, never what matches (so totals and facets stay those of the text), and the result is a
     * fixed query, so paging by cursor stays stable.
     */
    private static Query withCauseFeedback(IndexSearcher searcher, Query query, float weight) throws IOException {
        TopDocs top =
                MinimumShare.search(searcher, query, new TopScoreDocCollectorManager(FEEDBACK_DOCS, FEEDBACK_DOCS));
        if (top.scoreDocs.length == 0) {
            return query;
        }
        Map<String, Double> votes = new LinkedHashMap<>();
        double total = 0;
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc, Set.of(CAUSE, CATEGORY));
            List<String> leaves = leafCauses(d.getValues(CAUSE), d.get(CATEGORY));
            total += sd.score;
            for (String leaf : leaves) {
                votes.merge(leaf, (double) sd.score / leaves.size(), Double::sum);
            }
        }
        float best = top.scoreDocs[0].score;
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
        int added = 0;
        for (Map.Entry<String, Double> v : votes.entrySet()) {
            double share = v.getValue() / total;
            if (share >= FEEDBACK_MIN_SHARE) {
                b.add(
                        new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(CAUSE, v.getKey()))), (float)
                                (share * weight * best)),
                        Occur.SHOULD);
                added++;
            }
        }
        return added == 0 ? query : b.build();
    }

    /** The charges of a criminal judgment, the most specific cause of any other. */
    static List<String> leafCauses(String[] causes, String category) {
        if (causes.length == 0) {
            return List.of();
        }
        return "刑事".equals(category) ? List.of(causes) : List.of(causes[causes.length - 1]);
    }

    // ---- similar -------------------------------------------------------------------------------

    /** Index statistics for the query builder (idf of the terms of long text). */
    static JudgmentQueryBuilder.TermStats stats(IndexSearcher searcher) {
        IndexReader reader = searcher.getIndexReader();
        return new JudgmentQueryBuilder.TermStats() {
            @Override
            public int numDocs() {
                return reader.numDocs();
            }

            @Override
            public int docFreq(String field, String term) {
                try {
                    return reader.docFreq(new Term(field, term));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** Judgments like this one: {@link SimilarQuery}, best n by score. */
    public List<SearchHit> similar(IndexSearcher searcher, long id, int n) throws IOException {
        TopDocs self = searcher.search(new TermQuery(JudgmentDocumentMapper.idTerm(id)), 1);
        if (self.scoreDocs.length == 0 || n <= 0) {
            return List.of();
        }
        Document doc = searcher.storedFields().document(self.scoreDocs[0].doc);
        SimilarQuery similar = new SimilarQuery(JudgmentDocumentMapper.idTerm(id), field -> {
            String[] values = doc.getValues(field);
            return values.length == 0 ? null : values;
        });
        ParsedQuery like = parser.builder()
                .text(
                        similar.sample(),
                        JudgmentQueryBuilder.Scope.TEXT,
                        stats(searcher),
                        JudgmentQueryBuilder.TextShape.SIMILAR);
        float own = 1f;
        if (SimilarQuery.needsOwnScore(like, ranking)) {
            TopDocs ownHit = searcher.search(similar.ownScore(like), 1);
            own = ownHit.scoreDocs.length == 0 ? 1f : ownHit.scoreDocs[0].score;
        }
        Query query = similar.build(like, ranking, own);
        if (query == null) {
            return List.of();
        }
        // best n by score only (ties by index order): no total is needed, so Lucene may skip what cannot
        // enter the top n
        TopDocs top = searcher.search(query, n);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc, HIT_FIELDS);
            hits.add(toHit(d, SnippetFormatter.escape(d.get(SUMMARY))));
        }
        return hits;
    }
}
