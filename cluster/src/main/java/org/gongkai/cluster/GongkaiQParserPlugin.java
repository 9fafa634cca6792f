package org.gongkai.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.noggit.ObjectBuilder;

/**
 * {@code {!gk}<json>}: a Lucene query tree that the portal built with its own query language and
 * analyzers (org.gongkai.search.query.QueryParser), sent as JSON and rebuilt here term for term.
 * So the cluster matches and ranks with exactly the queries the embedded index runs; Solr's own
 * query parsers never re-analyse the portal's terms.
 *
 * <p>Nodes: {@code {"t":[field,term]}} term, {@code {"p":[field,[terms],[positions],slop]}} phrase,
 * {@code {"pre":[field,prefix,maxExpansions]}} prefix, {@code {"b":[[occur,node]...],"m":minShould}}
 * boolean (occur: m=must, s=should, f=filter, n=must not), {@code {"boost":[node,w]}}, {@code
 * {"c":node}} constant score, {@code {"dm":[[nodes],tie]}} disjunction max, {@code
 * {"lr":[field,from,to]}} long point range, {@code {"all":1}}, {@code {"none":1}}.
 */
public final class GongkaiQParserPlugin extends QParserPlugin {
  public static final String NAME = "gk";

  @Override
  public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() {
        try {
          return build(ObjectBuilder.fromJSON(qstr));
        } catch (SolrException e) {
          throw e;
        } catch (Exception e) {
          throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, "bad {!gk} query: " + e, e);
        }
      }
    };
  }

  @SuppressWarnings("unchecked")
  static Query build(Object json) {
    Map<String, Object> n = (Map<String, Object>) json;
    if (n.containsKey("t")) {
      List<Object> a = (List<Object>) n.get("t");
      return new TermQuery(new Term((String) a.get(0), (String) a.get(1)));
    }
    if (n.containsKey("p")) {
      List<Object> a = (List<Object>) n.get("p");
      List<Object> terms = (List<Object>) a.get(1);
      List<Object> positions = (List<Object>) a.get(2);
      PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(((Number) a.get(3)).intValue());
      for (int i = 0; i < terms.size(); i++) {
        b.add(new Term((String) a.get(0), (String) terms.get(i)), ((Number) positions.get(i)).intValue());
      }
      return b.build();
    }
    if (n.containsKey("pre")) {
      List<Object> a = (List<Object>) n.get("pre");
      int max = ((Number) a.get(2)).intValue();
      Term t = new Term((String) a.get(0), (String) a.get(1));
      return max > 0
          ? new PrefixQuery(t, new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(max))
          : new PrefixQuery(t);
    }
    if (n.containsKey("b")) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      if (n.containsKey("m")) {
        b.setMinimumNumberShouldMatch(((Number) n.get("m")).intValue());
      }
      for (Object c : (List<Object>) n.get("b")) {
        List<Object> clause = (List<Object>) c;
        b.add(build(clause.get(1)), occur((String) clause.get(0)));
      }
      return b.build();
    }
    if (n.containsKey("boost")) {
      List<Object> a = (List<Object>) n.get("boost");
      return new BoostQuery(build(a.get(0)), ((Number) a.get(1)).floatValue());
    }
    if (n.containsKey("c")) {
      return new ConstantScoreQuery(build(n.get("c")));
    }
    if (n.containsKey("dm")) {
      List<Object> a = (List<Object>) n.get("dm");
      List<Query> disjuncts = new ArrayList<>();
      for (Object d : (List<Object>) a.get(0)) {
        disjuncts.add(build(d));
      }
      return new DisjunctionMaxQuery(disjuncts, ((Number) a.get(1)).floatValue());
    }
    if (n.containsKey("lr")) {
      List<Object> a = (List<Object>) n.get("lr");
      return LongPoint.newRangeQuery((String) a.get(0), ((Number) a.get(1)).longValue(),
          ((Number) a.get(2)).longValue());
    }
    if (n.containsKey("all")) {
      return new MatchAllDocsQuery();
    }
    if (n.containsKey("none")) {
      return new MatchNoDocsQuery();
    }
    throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, "unknown {!gk} node: " + n.keySet());
  }

  private static BooleanClause.Occur occur(String o) {
    return switch (o) {
      case "m" -> BooleanClause.Occur.MUST;
      case "s" -> BooleanClause.Occur.SHOULD;
      case "f" -> BooleanClause.Occur.FILTER;
      case "n" -> BooleanClause.Occur.MUST_NOT;
      default -> throw new IllegalArgumentException("occur " + o);
    };
  }
}
