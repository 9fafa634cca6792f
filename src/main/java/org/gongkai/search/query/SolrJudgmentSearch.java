package org.gongkai.search.query;

import static org.gongkai.search.index.JudgmentFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.gongkai.platform.Cursor;
import org.gongkai.search.index.JudgmentAnalyzers;

/**
 * The cluster backend's searches (issue 12): the same query language, filters, facets, snippets,
 * cursors, pasted-text feedback and similar judgments as {@link JudgmentSearch}, on a SolrCloud
 * collection. The portal's own {@link QueryParser} builds the Lucene query with the index's term
 * statistics (fetched from the cluster's {@code /terms}); {@link LuceneQueryJson} sends it to the
 * nodes' {@code {!gk}} parser, which rebuilds it term for term. Snippets are cut by the same
 * highlighter and {@link SnippetFormatter} from the stored text. Thread-safe.
 */
public final class SolrJudgmentSearch {
    static final String CAUSE_TOP = "causeTop";
    static final String CAUSE_CHILD = "causeChild";
    static final char PATH_SEP = '\u001f';
    /** The id as a number (points and doc values) in the cluster's schema. */
    static final String ID_NUM = "idNum";

    private static final String HIT_FL = "id,idNum,casenumber,title,court,date,kind,summary";

    private final SolrClient client;
    private final String collection;
    private final JudgmentAnalyzers analyzers;
    private final QueryParser parser;
    private final JudgmentSearch.Ranking ranking = JudgmentSearch.Ranking.PORTAL;
    private volatile long numDocsAt;
    private volatile int numDocs;

    public SolrJudgmentSearch(SolrClient client, String collection, JudgmentAnalyzers analyzers) {
        this.client = client;
        this.collection = collection;
        this.analyzers = analyzers;
        this.parser = new QueryParser(analyzers);
    }

    // ---- term statistics -------------------------------------------------------------------------

    /** Records the terms a parse asks for, so that their document frequencies come in one request per field. */
    private final class RecordingStats implements JudgmentQueryBuilder.TermStats {
        final Map<String, Set<String>> asked = new LinkedHashMap<>();
        // the cluster's count: a bare numDocs() here would call this class's own numDocs(), which
        // returns n itself, still 0 (the similar query then chose its terms with numDocs = 0)
        final int n = SolrJudgmentSearch.this.numDocs();

        @Override
        public int numDocs() {
            return n;
        }

        @Override
        public int docFreq(String field, String term) {
            asked.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(term);
            return 1;
        }
    }

    private record KnownStats(int numDocs, Map<String, Map<String, Integer>> df)
            implements JudgmentQueryBuilder.TermStats {
        @Override
        public int docFreq(String field, String term) {
            return df.getOrDefault(field, Map.of()).getOrDefault(term, 0);
        }
    }

    /** Parses like the embedded index: twice, the second time with the document frequencies the first asked for. */
    private <T> T withStats(java.util.function.Function<JudgmentQueryBuilder.TermStats, T> parse) {
        RecordingStats recording = new RecordingStats();
        T first = parse.apply(recording);
        if (recording.asked.isEmpty()) {
            return first;
        }
        Map<String, Map<String, Integer>> df = new HashMap<>();
        recording.asked.forEach((field, terms) -> df.put(field, docFreqs(field, terms)));
        return parse.apply(new KnownStats(recording.n, df));
    }

    private Map<String, Integer> docFreqs(String field, Collection<String> terms) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("terms.fl", field);
        p.set("terms.list", String.join(",", terms));
        p.set("terms.limit", -1);
        QueryRequest req = new QueryRequest(p, SolrRequest.METHOD.POST);
        req.setPath("/terms");
        Map<String, Integer> out = new HashMap<>();
        TermsResponse tr = request(req).getTermsResponse();
        if (tr != null && tr.getTerms(field) != null) {
            tr.getTerms(field).forEach(t -> out.put(t.getTerm(), (int) t.getFrequency()));
        }
        return out;
    }

    int numDocs() {
        long now = System.nanoTime();
        if (now - numDocsAt > 2_000_000_000L) {
            ModifiableSolrParams p = new ModifiableSolrParams();
            p.set("q", "*:*");
            p.set("rows", 0);
            numDocs = (int) request(new QueryRequest(p)).getResults().getNumFound();
            numDocsAt = now;
        }
        return numDocs;
    }

    // ---- search ----------------------------------------------------------------------------------

    public SearchResult search(SearchRequest request) {
        ParsedQuery parsed = withStats(stats -> parser.parse(request.q(), stats));
        Map<String, Query> filters = filters(request);
        Query main = parsed.query();
        if (parsed.longText() && request.sort() == Sort.RELEVANCE && ranking.feedback() > 0) {
            main = withCauseFeedback(main, filters);
        }
        String[] cursor = decodeCursor(request);
        long seen = cursor == null ? 0 : Long.parseLong(cursor[0]);

        ModifiableSolrParams p = base(main, filters);
        p.set("sort", solrSort(request.sort()));
        p.set("rows", request.size());
        // a numbered page (HTML) starts at its offset; Solr's cursors start at 0, so such a page has no cursor
        boolean numbered = cursor == null && request.offset() > 0;
        if (numbered) {
            p.set("start", request.offset());
        } else {
            p.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor == null ? CursorMarkParams.CURSOR_MARK_START : cursor[1]);
        }
        boolean snippets = parsed.highlight() != null;
        p.set("fl", snippets ? HIT_FL + "," + TEXT_BI : HIT_FL);
        facetParams(p, filters);
        QueryResponse r;
        try {
            r = request(new QueryRequest(p, SolrRequest.METHOD.POST));
        } catch (SolrException e) {
            if (cursor != null && e.code() == 400) {
                throw new Cursor.Invalid(Cursor.Invalid.Why.REFUSED);
            }
            throw e;
        }
        SolrDocumentList docs = r.getResults();
        long total = docs.getNumFound();
        List<SearchHit> hits = new ArrayList<>(docs.size());
        for (SolrDocument d : docs) {
            String snippet = null;
            if (snippets && d.getFieldValue(TEXT_BI) != null) {
                snippet = snippet(parsed.highlight(), (String) d.getFieldValue(TEXT_BI));
            }
            hits.add(toHit(d, snippet != null ? snippet : SnippetFormatter.escape((String) d.getFieldValue(SUMMARY))));
        }
        long nowSeen = seen + docs.size();
        String next = !numbered && nowSeen < total && docs.size() == request.size()
                ? encodeCursor(request.sort(), nowSeen, r.getNextCursorMark())
                : null;
        return new SearchResult(total, hits, facets(r), next);
    }

    private ModifiableSolrParams base(Query main, Map<String, Query> filters) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "{!gk}" + LuceneQueryJson.encode(main));
        filters.forEach((key, q) -> p.add("fq", "{!gk tag=" + key + "}" + LuceneQueryJson.encode(q)));
        return p;
    }

    /** The filters of {@link JudgmentSearch}; the numbered-page snapshot on the point field {@code idNum}. */
    private static Map<String, Query> filters(SearchRequest request) {
        return SearchFilters.of(request, upto -> LongPoint.newRangeQuery(ID_NUM, Long.MIN_VALUE, upto));
    }

    static String solrSort(Sort sort) {
        return switch (sort) {
            case RELEVANCE -> "score desc,id asc";
            case DATE_DESC -> "date desc,id asc";
            case DATE_ASC -> "date asc,id asc";
            case COURT_LEVEL -> "levelRank asc,date desc,id asc";
        };
    }

    /** The cluster's cursor ({@link org.gongkai.platform.Cursor}, list {@code judgments-cluster:SORT}): hits seen, Solr's mark. */
    private static String encodeCursor(Sort sort, long seen, String mark) {
        return Cursor.encode("judgments-cluster:" + sort.name(), seen, mark);
    }

    /** [seen, solr cursor mark], or null for the first page. */
    private static String[] decodeCursor(SearchRequest request) {
        String c = request.cursor();
        if (c == null || c.isBlank()) {
            return null;
        }
        List<String> v = Cursor.decode(c, "judgments-cluster:" + request.sort().name(), 2);
        Cursor.value(v.get(0), seen -> {
            if (Long.parseLong(seen) < 0) {
                throw new NumberFormatException(seen);
            }
            return seen;
        });
        return new String[] {v.get(0), v.get(1)};
    }

    private static SearchHit toHit(SolrDocument d, String snippet) {
        Object date = d.getFieldValue(DATE);
        return new SearchHit(
                ((Number) d.getFieldValue("idNum") != null
                        ? ((Number) d.getFieldValue("idNum")).longValue()
                        : Long.parseLong((String) d.getFieldValue(ID))),
                (String) d.getFieldValue(CASE_NUMBER),
                (String) d.getFieldValue(TITLE),
                (String) d.getFieldValue(COURT),
                date == null ? null : LocalDate.ofEpochDay(((Number) date).longValue()),
                (String) d.getFieldValue(KIND),
                snippet);
    }

    /** The same highlighter, break iterator and formatter as the embedded index, on the stored text. */
    private String snippet(Query highlight, String text) {
        UnifiedHighlighter h = UnifiedHighlighter.builderWithoutSearcher(analyzers.perField())
                .withFormatter(new SnippetFormatter())
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.CHINESE))
                .withMaxLength(JudgmentSearch.HIGHLIGHT_MAX_LENGTH)
                .withMaxNoHighlightPassages(0)
                .build();
        try {
            Object s = h.highlightWithoutSearcher(TEXT_BI, highlight, text, JudgmentSearch.SNIPPET_PASSAGES);
            return s == null || s.toString().isEmpty() ? null : s.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- facets ----------------------------------------------------------------------------------

    private static void facetParams(ModifiableSolrParams p, Map<String, Query> filters) {
        p.set("facet", true);
        p.set("facet.mincount", 1);
        p.set("facet.sort", "count");
        for (String dim : FACET_DIMS) {
            String ex = filters.containsKey(dim) ? "{!ex=" + dim + "}" : "";
            if (CAUSE.equals(dim)) {
                p.add("facet.field", ex + CAUSE_TOP);
                p.set("f." + CAUSE_TOP + ".facet.limit", JudgmentSearch.FACET_TOP);
                p.add("facet.field", ex + CAUSE_CHILD);
                p.set("f." + CAUSE_CHILD + ".facet.limit", -1);
            } else {
                p.add("facet.field", ex + dim);
                p.set("f." + dim + ".facet.limit", YEAR.equals(dim) ? 50 : JudgmentSearch.FACET_TOP);
            }
        }
    }

    private static Map<String, List<FacetValue>> facets(QueryResponse r) {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (String dim : FACET_DIMS) {
            if (CAUSE.equals(dim)) {
                FacetField top = r.getFacetField(CAUSE_TOP);
                FacetField child = r.getFacetField(CAUSE_CHILD);
                Map<String, List<FacetValue>> children = new LinkedHashMap<>();
                if (child != null && child.getValues() != null) {
                    for (FacetField.Count c : child.getValues()) {
                        int sep = c.getName().indexOf(PATH_SEP);
                        List<FacetValue> list =
                                children.computeIfAbsent(c.getName().substring(0, sep), k -> new ArrayList<>());
                        if (list.size() < JudgmentSearch.CAUSE_CHILDREN_TOP) {
                            list.add(new FacetValue(c.getName().substring(sep + 1), c.getCount(), List.of()));
                        }
                    }
                }
                List<FacetValue> values = new ArrayList<>();
                if (top != null && top.getValues() != null) {
                    for (FacetField.Count c : top.getValues()) {
                        values.add(new FacetValue(
                                c.getName(), c.getCount(), children.getOrDefault(c.getName(), List.of())));
                    }
                }
                out.put(dim, values);
            } else {
                FacetField f = r.getFacetField(dim);
                List<FacetValue> values = new ArrayList<>();
                if (f != null && f.getValues() != null) {
                    for (FacetField.Count c : f.getValues()) {
                        values.add(new FacetValue(c.getName(), c.getCount(), List.of()));
                    }
                }
                out.put(dim, values);
            }
        }
        return out;
    }

    // ---- cause feedback (as JudgmentSearch.withCauseFeedback) -------------------------------------

    private Query withCauseFeedback(Query query, Map<String, Query> filters) {
        ModifiableSolrParams p = base(query, filters);
        p.set("rows", JudgmentSearch.FEEDBACK_DOCS);
        p.set("fl", "cause,category,score");
        p.set("sort", "score desc,id asc");
        SolrDocumentList top =
                request(new QueryRequest(p, SolrRequest.METHOD.POST)).getResults();
        if (top.isEmpty()) {
            return query;
        }
        Map<String, Double> votes = new LinkedHashMap<>();
        double total = 0;
        for (SolrDocument d : top) {
            float score = ((Number) d.getFieldValue("score")).floatValue();
            List<String> leaves = JudgmentSearch.leafCauses(strings(d, CAUSE), (String) d.getFieldValue(CATEGORY));
            total += score;
            for (String leaf : leaves) {
                votes.merge(leaf, (double) score / leaves.size(), Double::sum);
            }
        }
        float best = ((Number) top.get(0).getFieldValue("score")).floatValue();
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
        int added = 0;
        for (Map.Entry<String, Double> v : votes.entrySet()) {
            double share = v.getValue() / total;
            if (share >= JudgmentSearch.FEEDBACK_MIN_SHARE) {
                b.add(
                        new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(CAUSE, v.getKey()))), (float)
                                (share * ranking.feedback() * best)),
                        Occur.SHOULD);
                added++;
            }
        }
        return added == 0 ? query : b.build();
    }

    private static String[] strings(SolrDocument d, String field) {
        Collection<Object> values = d.getFieldValues(field);
        return values == null
                ? new String[0]
                : values.stream().map(Object::toString).toArray(String[]::new);
    }

    // ---- similar (as JudgmentSearch.similar) -----------------------------------------------------

    public List<SearchHit> similar(long id, int n) {
        if (n <= 0) {
            return List.of();
        }
        Term idTerm = new Term(ID, String.format("%019d", id));
        ModifiableSolrParams get = new ModifiableSolrParams();
        get.set("q", "{!gk}" + LuceneQueryJson.encode(new TermQuery(idTerm)));
        get.set("fl", "casenumber,category,cause,lawArticle,text.bi," + section("facts") + "," + section("reasoning"));
        SolrDocumentList self =
                request(new QueryRequest(get, SolrRequest.METHOD.POST)).getResults();
        if (self.isEmpty()) {
            return List.of();
        }
        SolrDocument doc = self.get(0);
        SimilarQuery similar = new SimilarQuery(idTerm, doc::getFieldValue);
        String sample = similar.sample();
        ParsedQuery like = withStats(stats -> parser.builder()
                .text(sample, JudgmentQueryBuilder.Scope.TEXT, stats, JudgmentQueryBuilder.TextShape.SIMILAR));
        float own = 1f;
        if (SimilarQuery.needsOwnScore(like, ranking)) {
            ModifiableSolrParams p = new ModifiableSolrParams();
            p.set("q", "{!gk}" + LuceneQueryJson.encode(similar.ownScore(like)));
            p.set("fl", "score");
            p.set("rows", 1);
            SolrDocumentList ownHit =
                    request(new QueryRequest(p, SolrRequest.METHOD.POST)).getResults();
            own = ownHit.isEmpty() ? 1f : ((Number) ownHit.get(0).getFieldValue("score")).floatValue();
        }
        Query query = similar.build(like, ranking, own);
        if (query == null) {
            return List.of();
        }
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "{!gk}" + LuceneQueryJson.encode(query));
        p.set("rows", n);
        p.set("sort", "score desc,id asc");
        p.set("fl", HIT_FL);
        List<SearchHit> hits = new ArrayList<>();
        for (SolrDocument d :
                request(new QueryRequest(p, SolrRequest.METHOD.POST)).getResults()) {
            hits.add(toHit(d, SnippetFormatter.escape((String) d.getFieldValue(SUMMARY))));
        }
        return hits;
    }

    private QueryResponse request(QueryRequest req) {
        try {
            return req.process(client, collection);
        } catch (SolrServerException | IOException e) {
            throw new SolrException(
                    SolrException.ErrorCode.SERVICE_UNAVAILABLE, "search cluster: " + e.getMessage(), e);
        }
    }
}
