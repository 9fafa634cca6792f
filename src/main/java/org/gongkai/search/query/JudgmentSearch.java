package org.gongkai.search.query;

import static org.gongkai.search.index.JudgmentFields.*;

import java.io.IOException;
import java.io.StringReader;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.gongkai.search.index.FacetedIndexSearcher;
import org.gongkai.search.index.JudgmentAnalyzers;
import org.gongkai.search.index.JudgmentDocumentMapper;

/**
 * Runs searches on one acquired searcher: query + filters, exact total, one sorted page after the
 * cursor, facet counts and snippets, in one pass over the matches (plus one facet-only pass per
 * filtered dimension, so that sibling values of a selected facet keep their counts). Stateless;
 * thread-safe.
 */
public final class JudgmentSearch {

  static final int FACET_TOP = 20;
  static final int CAUSE_CHILDREN_TOP = 10;
  static final int SNIPPET_PASSAGES = 2;
  static final int HIGHLIGHT_MAX_LENGTH = 100_000;

  private static final Set<String> HIT_FIELDS =
      Set.of(ID, CASE_NUMBER, TITLE, COURT, DATE, KIND, SUMMARY);

  private final JudgmentAnalyzers analyzers;
  private final QueryParser parser;

  public JudgmentSearch(JudgmentAnalyzers analyzers) {
    this.analyzers = analyzers;
    this.parser = new QueryParser(analyzers);
  }

  public SearchResult search(FacetedIndexSearcher searcher, SearchRequest request) throws IOException {
    ParsedQuery parsed = parser.parse(request.q());
    Map<String, Query> filters = filters(request);
    Query query = combine(parsed.query(), filters, null);

    org.apache.lucene.search.Sort sort = luceneSort(request.sort());
    FieldDoc after = request.cursor() == null || request.cursor().isBlank()
        ? null
        : SearchCursor.decode(request.cursor(), request.sort(), sort.getSort());
    int size = request.size();
    var top = new TopFieldCollectorManager(sort, size + 1, after, Integer.MAX_VALUE);
    var facets = new FacetsCollectorManager();
    Object[] results;
    try {
      results = searcher.search(query, new MultiCollectorManager(top, facets));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException("查询过于复杂：词语太多，请缩短查询（too many clauses）");
    }
    TopFieldDocs docs = (TopFieldDocs) results[0];
    FacetsCollector matches = (FacetsCollector) results[1];

    ScoreDoc[] page = docs.scoreDocs.length > size
        ? java.util.Arrays.copyOf(docs.scoreDocs, size)
        : docs.scoreDocs;
    String next = docs.scoreDocs.length > size
        ? SearchCursor.encode(request.sort(), (FieldDoc) page[page.length - 1])
        : null;
    List<SearchHit> hits = hits(searcher, page, parsed.highlight(), docs.totalHits);
    return new SearchResult(
        docs.totalHits.value(), hits, facets(searcher, parsed.query(), filters, matches), next);
  }

  /** Drill-downs: values of one key OR-ed, one clause per key; plus the date range. */
  private Map<String, Query> filters(SearchRequest request) {
    Map<String, Query> out = new LinkedHashMap<>();
    request.filters().forEach((key, values) -> {
      String field = FILTER_FIELDS.get(key);
      if (field == null) {
        throw new QuerySyntaxException(
            "未知的筛选条件“" + key + "”（unknown filter）。可用：" + String.join("、", FILTER_FIELDS.keySet()));
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
    return out;
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

  private Map<String, List<FacetValue>> facets(
      FacetedIndexSearcher searcher, Query main, Map<String, Query> filters, FacetsCollector matches)
      throws IOException {
    SortedSetDocValuesReaderState state = searcher.facetState();
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    if (state == null) {
      FACET_DIMS.forEach(dim -> out.put(dim, List.of()));
      return out;
    }
    Facets counts = new SortedSetDocValuesFacetCounts(state, matches);
    for (String dim : FACET_DIMS) {
      Facets dimCounts = counts;
      if (filters.containsKey(dim)) {
        // multi-select: count this dimension without its own filter so siblings stay visible
        FacetsCollector others = searcher.search(combine(main, filters, dim), new FacetsCollectorManager());
        dimCounts = new SortedSetDocValuesFacetCounts(state, others);
      }
      out.put(dim, values(dimCounts, dim));
    }
    return out;
  }

  private static List<FacetValue> values(Facets counts, String dim, String... path) throws IOException {
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
        children = values(counts, dim, lv.label);
      }
      values.add(new FacetValue(lv.label, lv.value.longValue(), children));
    }
    return values;
  }

  private static int topN(String dim) {
    return YEAR.equals(dim) ? 50 : FACET_TOP;
  }

  // ---- similar -------------------------------------------------------------------------------

  private static final int MLT_TEXT_CHARS = 4000;

  public List<SearchHit> similar(IndexSearcher searcher, long id, int n) throws IOException {
    TopDocs self = searcher.search(new TermQuery(JudgmentDocumentMapper.idTerm(id)), 1);
    if (self.scoreDocs.length == 0 || n <= 0) {
      return List.of();
    }
    Document doc = searcher.storedFields().document(self.scoreDocs[0].doc);
    BooleanQuery.Builder like = new BooleanQuery.Builder();

    String[] causes = doc.getValues(CAUSE);
    for (int i = 0; i < causes.length; i++) {
      // the most specific cause (last in the path) counts most; criminal charges are all leaves
      float weight = i == causes.length - 1 ? 4f : 1f + i;
      like.add(new BoostQuery(new TermQuery(new Term(CAUSE, causes[i])), weight), Occur.SHOULD);
    }
    String[] articles = doc.getValues(LAW_ARTICLE);
    for (int i = 0; i < Math.min(articles.length, 20); i++) {
      like.add(new BoostQuery(new TermQuery(new Term(LAW_ARTICLE, articles[i])), 1.5f), Occur.SHOULD);
    }
    for (String law : doc.getValues(LAW)) {
      like.add(new BoostQuery(new TermQuery(new Term(LAW, law)), 0.5f), Occur.SHOULD);
    }
    StringBuilder text = new StringBuilder();
    for (String section : STORED_SECTIONS) {
      String value = doc.get(section(section));
      if (value != null) {
        text.append(value).append('\n');
      }
    }
    if (text.isEmpty() && doc.get(TEXT_BI) != null) {
      text.append(doc.get(TEXT_BI));
    }
    if (!text.isEmpty()) {
      MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
      mlt.setAnalyzer(analyzers.smart());
      mlt.setFieldNames(new String[] {section("facts"), section("reasoning"), TEXT});
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(2);
      mlt.setMinWordLen(2);
      mlt.setMaxQueryTerms(30);
      mlt.setBoost(true);
      String sample = text.length() > MLT_TEXT_CHARS ? text.substring(0, MLT_TEXT_CHARS) : text.toString();
      like.add(mlt.like(section("facts"), new StringReader(sample)), Occur.SHOULD);
    }
    like.setMinimumNumberShouldMatch(1);
    like.add(new TermQuery(JudgmentDocumentMapper.idTerm(id)), Occur.MUST_NOT);
    String caseNumber = doc.get(CASE_NUMBER);
    if (caseNumber != null) {
      like.add(new TermQuery(new Term(CASE_NUMBER, caseNumber)), Occur.MUST_NOT);
    }
    TopDocs top = searcher.search(like.build(), n, luceneSort(Sort.RELEVANCE));
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = stored.document(sd.doc, HIT_FIELDS);
      hits.add(toHit(d, SnippetFormatter.escape(d.get(SUMMARY))));
    }
    return hits;
  }
}
