package org.gongkai.search.query;

import java.util.List;
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
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A Lucene query tree as the JSON the cluster's {@code {!gk}} query parser rebuilds
 * (cluster/…/GongkaiQParserPlugin): the search cluster runs exactly the query the portal's query
 * language built, term for term, without analysing the text again. Only the query types the
 * portal builds are known; anything else is a programming error (IllegalArgumentException).
 */
public final class LuceneQueryJson {
    private LuceneQueryJson() {}

    public static String encode(Query q) {
        StringBuilder sb = new StringBuilder(256);
        write(sb, q);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Query q) {
        switch (q) {
            case TermQuery t -> {
                sb.append("{\"t\":[");
                str(sb, t.getTerm().field()).append(',');
                str(sb, t.getTerm().text()).append("]}");
            }
            case PhraseQuery p -> {
                Term[] terms = p.getTerms();
                int[] positions = p.getPositions();
                sb.append("{\"p\":[");
                str(sb, p.getField() == null ? "" : p.getField()).append(",[");
                for (int i = 0; i < terms.length; i++) {
                    if (i > 0) sb.append(',');
                    str(sb, terms[i].text());
                }
                sb.append("],[");
                for (int i = 0; i < positions.length; i++) {
                    if (i > 0) sb.append(',');
                    sb.append(positions[i]);
                }
                sb.append("],").append(p.getSlop()).append("]}");
            }
            case PrefixQuery p -> {
                int max = p.getRewriteMethod() instanceof MultiTermQuery.TopTermsBlendedFreqScoringRewrite top
                        ? top.getSize()
                        : 0;
                sb.append("{\"pre\":[");
                str(sb, p.getPrefix().field()).append(',');
                str(sb, p.getPrefix().text()).append(',').append(max).append("]}");
            }
            case BooleanQuery b -> {
                sb.append("{\"b\":[");
                List<BooleanClause> clauses = b.clauses();
                for (int i = 0; i < clauses.size(); i++) {
                    if (i > 0) sb.append(',');
                    BooleanClause c = clauses.get(i);
                    sb.append("[\"")
                            .append(
                                    switch (c.occur()) {
                                        case MUST -> 'm';
                                        case SHOULD -> 's';
                                        case FILTER -> 'f';
                                        case MUST_NOT -> 'n';
                                    })
                            .append("\",");
                    write(sb, c.query());
                    sb.append(']');
                }
                sb.append(']');
                if (b.getMinimumNumberShouldMatch() > 0) {
                    sb.append(",\"m\":").append(b.getMinimumNumberShouldMatch());
                }
                sb.append('}');
            }
            case BoostQuery b -> {
                sb.append("{\"boost\":[");
                write(sb, b.getQuery());
                sb.append(',').append(b.getBoost()).append("]}");
            }
            case ConstantScoreQuery c -> {
                sb.append("{\"c\":");
                write(sb, c.getQuery());
                sb.append('}');
            }
            case DisjunctionMaxQuery d -> {
                sb.append("{\"dm\":[[");
                boolean first = true;
                for (Query disjunct : d.getDisjuncts()) {
                    if (!first) sb.append(',');
                    first = false;
                    write(sb, disjunct);
                }
                sb.append("],").append(d.getTieBreakerMultiplier()).append("]}");
            }
            case PointRangeQuery r
            when r.getNumDims() == 1 && r.getBytesPerDim() == Long.BYTES -> {
                sb.append("{\"lr\":[");
                str(sb, r.getField())
                        .append(',')
                        .append(LongPoint.decodeDimension(r.getLowerPoint(), 0))
                        .append(',')
                        .append(LongPoint.decodeDimension(r.getUpperPoint(), 0))
                        .append("]}");
            }
            case MatchAllDocsQuery m -> sb.append("{\"all\":1}");
            case MatchNoDocsQuery m -> sb.append("{\"none\":1}");
            default ->
                throw new IllegalArgumentException(
                        "no cluster form for " + q.getClass().getName() + ": " + q);
        }
    }

    private static StringBuilder str(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }
}
