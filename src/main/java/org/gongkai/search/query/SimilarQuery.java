package org.gongkai.search.query;

import static org.gongkai.search.index.JudgmentFields.CASE_NUMBER;
import static org.gongkai.search.index.JudgmentFields.CATEGORY;
import static org.gongkai.search.index.JudgmentFields.CAUSE;
import static org.gongkai.search.index.JudgmentFields.LAW_ARTICLE;
import static org.gongkai.search.index.JudgmentFields.STORED_SECTIONS;
import static org.gongkai.search.index.JudgmentFields.TEXT_BI;
import static org.gongkai.search.index.JudgmentFields.section;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Judgments like this one (类案推荐), one query for both backends: the same weighted BM25 as pasted
 * text on the judgment's facts and reasoning, among judgments of the same category only (a civil
 * loan appeal is not like a criminal appeal, whatever words they share); a shared cause or charge
 * (the most specific level counts most) and shared cited articles add to the text score, scaled by
 * the judgment's own text score; never itself nor another document of its case.
 *
 * @param idTerm the judgment's id term as its backend indexes it
 * @param stored the judgment's stored fields by name (a single value, or an array/collection of values)
 */
record SimilarQuery(Term idTerm, Function<String, Object> stored) {
    /** The facts and reasoning (else the full text) that similar judgments are compared on, up to this length. */
    static final int TEXT_CHARS = 4000;

    /** The text compared: the stored facts and reasoning, else the full text, cut at {@link #TEXT_CHARS}. */
    String sample() {
        StringBuilder text = new StringBuilder();
        for (String s : STORED_SECTIONS) {
            String value = first(section(s));
            if (value != null) {
                text.append(value).append('\n');
            }
        }
        if (text.isEmpty() && first(TEXT_BI) != null) {
            text.append(first(TEXT_BI));
        }
        return text.length() > TEXT_CHARS ? text.substring(0, TEXT_CHARS) : text.toString();
    }

    /** Whether the metadata clauses are wanted, so that the judgment's own score must be known first. */
    static boolean needsOwnScore(ParsedQuery like, JudgmentSearch.Ranking ranking) {
        return like != null && (ranking.similarCause() > 0 || ranking.similarArticles() > 0);
    }

    /** The judgment's own text score (a cheap one-document query): the scale of its similarity. */
    Query ownScore(ParsedQuery like) {
        return new BooleanQuery.Builder()
                .add(like.query(), Occur.MUST)
                .add(new TermQuery(idTerm), Occur.FILTER)
                .build();
    }

    /**
     * The whole query, or null when there is nothing to compare.
     *
     * @param own the judgment's own text score ({@link #ownScore}); ignored without metadata clauses
     */
    Query build(ParsedQuery like, JudgmentSearch.Ranking ranking, float own) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (like != null) {
            any.add(like.query(), Occur.SHOULD);
        }
        if (needsOwnScore(like, ranking)) {
            metadata(ranking, own).forEach(q -> any.add(q, Occur.SHOULD));
        }
        BooleanQuery anything = any.build();
        if (anything.clauses().isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(anything, Occur.MUST);
        b.add(new TermQuery(idTerm), Occur.MUST_NOT);
        String caseNumber = first(CASE_NUMBER);
        if (caseNumber != null) {
            b.add(new TermQuery(new Term(CASE_NUMBER, caseNumber)), Occur.MUST_NOT);
        }
        String category = first(CATEGORY);
        if (category != null) {
            b.add(new TermQuery(new Term(CATEGORY, category)), Occur.FILTER);
        }
        return b.build();
    }

    private List<Query> metadata(JudgmentSearch.Ranking ranking, float top) {
        List<Query> metadata = new ArrayList<>();
        String[] causes = all(CAUSE);
        List<Query> sameCause = new ArrayList<>();
        boolean charges = "刑事".equals(first(CATEGORY));
        for (int i = 0; i < causes.length; i++) {
            // charges are all leaves; in a civil cause path the leaf counts fully, its parent a little
            float share = charges || i == causes.length - 1 ? 1f : i == causes.length - 2 ? 0.3f : 0f;
            if (share > 0) {
                sameCause.add(new BoostQuery(
                        new ConstantScoreQuery(new TermQuery(new Term(CAUSE, causes[i]))),
                        share * ranking.similarCause() * top));
            }
        }
        if (!sameCause.isEmpty()) {
            metadata.add(new DisjunctionMaxQuery(sameCause, 0f));
        }
        String[] articles = all(LAW_ARTICLE);
        if (articles.length > 0 && ranking.similarArticles() > 0) {
            float each = ranking.similarArticles() * top / articles.length;
            for (String article : articles) {
                metadata.add(
                        new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(LAW_ARTICLE, article))), each));
            }
        }
        return metadata;
    }

    private String first(String field) {
        String[] values = all(field);
        return values.length == 0 ? null : values[0];
    }

    private String[] all(String field) {
        Object v = stored.apply(field);
        if (v == null) {
            return new String[0];
        }
        if (v instanceof String[] array) {
            return array;
        }
        if (v instanceof java.util.Collection<?> c) {
            return c.stream().map(Object::toString).toArray(String[]::new);
        }
        return new String[] {v.toString()};
    }
}
