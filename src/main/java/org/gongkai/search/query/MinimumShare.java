package org.gongkai.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * The best page of pasted text without paying for its minimum share at every match (issue 16). Pasted
 * text is a disjunction of a hundred-odd terms that must share a minimum of them ({@link
 * JudgmentQueryBuilder#MIN_SHARE_PERCENT}%). Lucene's top-k search over such a disjunction cannot skip
 * well: measured on 100,000 judgments, the best ten cost 7–16 ms of CPU with the minimum and 1–3 ms
 * without it (block-max MaxScore), and the exhaustive pass the page used before cost more than both.
 *
 * <p>So the page is searched on the same query {@link #relax(Query) without the minimum} and every
 * document it would take is first checked against the real query: only members enter the page. Scores
 * are the same with or without a minimum (a disjunction adds the scores of the clauses that match; the
 * flattened feedback query may differ in the last bit of a float, so every page of one search goes
 * through here and a cursor's score sorts the same), so the page is the real query's page, in its order; only documents that cannot enter it are
 * skipped. The check costs one {@code advance} of the real query per candidate, and candidates are few
 * once the page is full.
 */
final class MinimumShare {
    private MinimumShare() {}

    /**
     * The query with every minimum number of optional clauses taken out (so it matches a superset with the
     * same scores), or the query itself when it has none.
     */
    static Query relax(Query q) {
        if (q instanceof BoostQuery b) {
            Query inner = relax(b.getQuery());
            return inner == b.getQuery() ? q : new BoostQuery(inner, b.getBoost());
        }
        if (q instanceof DisjunctionMaxQuery d) {
            List<Query> disjuncts = new ArrayList<>(d.getDisjuncts().size());
            boolean changed = false;
            for (Query sub : d.getDisjuncts()) {
                Query r = relax(sub);
                changed |= r != sub;
                disjuncts.add(r);
            }
            return changed ? new DisjunctionMaxQuery(disjuncts, d.getTieBreakerMultiplier()) : q;
        }
        if (q instanceof BooleanQuery b) {
            Query flat = flatten(b);
            if (flat != null) {
                return flat;
            }
            boolean changed = b.getMinimumNumberShouldMatch() > 0;
            BooleanQuery.Builder out = new BooleanQuery.Builder();
            for (BooleanClause c : b.clauses()) {
                Query r = relax(c.query());
                changed |= r != c.query();
                out.add(r, c.occur());
            }
            return changed ? out.build() : q;
        }
        return q;
    }

    /**
     * A required disjunction with a minimum share and optional clauses beside it (pasted text with its cause
     * feedback) as one disjunction of all their clauses, or null for any other shape. Same score for every
     * document of the real query (the sum of its matching clauses either way), but one flat disjunction lets
     * Lucene skip by block-max scores; a disjunction under a required clause measured 7–9× slower.
     */
    private static Query flatten(BooleanQuery b) {
        if (b.getMinimumNumberShouldMatch() > 0) {
            return null;
        }
        BooleanQuery required = null;
        List<BooleanClause> optional = new ArrayList<>();
        for (BooleanClause c : b.clauses()) {
            if (c.occur() == BooleanClause.Occur.MUST
                    && required == null
                    && c.query() instanceof BooleanQuery inner
                    && inner.getMinimumNumberShouldMatch() > 0
                    && inner.clauses().stream().allMatch(ic -> ic.occur() == BooleanClause.Occur.SHOULD)) {
                required = inner;
            } else if (c.occur() == BooleanClause.Occur.SHOULD) {
                optional.add(c);
            } else {
                return null;
            }
        }
        if (required == null || optional.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder out = new BooleanQuery.Builder();
        required.clauses().forEach(out::add);
        optional.forEach(out::add);
        return out.build();
    }

    /**
     * Searches {@code query} for {@code page}: directly when it has no minimum share; else on its relaxed
     * form, letting through to {@code page} only documents that match {@code query}.
     */
    static <C extends Collector, T> T search(IndexSearcher searcher, Query query, CollectorManager<C, T> page)
            throws IOException {
        Query relaxed = relax(query);
        if (relaxed == query) {
            return searcher.search(query, page);
        }
        Weight members = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        return searcher.search(relaxed, new CollectorManager<Members<C>, T>() {
            @Override
            public Members<C> newCollector() throws IOException {
                return new Members<>(page.newCollector(), members);
            }

            @Override
            public T reduce(Collection<Members<C>> collectors) throws IOException {
                List<C> inner = new ArrayList<>(collectors.size());
                collectors.forEach(c -> inner.add(c.inner));
                return page.reduce(inner);
            }
        });
    }

    /** A collector that passes on only the documents of {@code members}. */
    private static final class Members<C extends Collector> implements Collector {
        private final C inner;
        private final Weight members;

        Members(C inner, Weight members) {
            this.inner = inner;
            this.members = members;
        }

        @Override
        public ScoreMode scoreMode() {
            return inner.scoreMode();
        }

        @Override
        public void setWeight(Weight weight) {
            inner.setWeight(weight);
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            ScorerSupplier supplier = members.scorerSupplier(context);
            if (supplier == null) {
                throw new CollectionTerminatedException(); // no member in this segment
            }
            Scorer scorer = supplier.get(Long.MAX_VALUE);
            TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
            DocIdSetIterator approximation = twoPhase != null ? twoPhase.approximation() : scorer.iterator();
            return new FilterLeafCollector(inner.getLeafCollector(context)) {
                @Override
                public void collect(int doc) throws IOException {
                    // candidates come in increasing order: each is checked once
                    int at = approximation.docID();
                    if (at < doc) {
                        at = approximation.advance(doc);
                    }
                    if (at == doc && (twoPhase == null || twoPhase.matches())) {
                        in.collect(doc);
                    }
                }

                @Override
                public DocIdSetIterator competitiveIterator() throws IOException {
                    return in.competitiveIterator(); // a date sort's skipping
                }
            };
        }
    }
}
