package org.gongkai.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;

/**
 * Collects the matches for facet counting, but at most a quota of them per segment (the segment's
 * share of {@code sample} by its size), so that counting facets costs the same for a query that
 * matches a hundred judgments and one that matches a million (issue 16). A segment that reaches
 * its quota stops there; its number of matches is estimated from the share of its documents seen.
 * Below the quota everything is collected and the counts are exact ({@link #sampled()} false).
 * Scores are not computed.
 */
final class SampledFacetsCollector extends FacetsCollector {
    private final int sample;
    private final int totalMaxDoc;
    private int quota;
    private int seen;
    private int leafMaxDoc;
    private long collected;
    private double estimated;
    private boolean sampled;

    SampledFacetsCollector(int sample, int totalMaxDoc) {
        super(false);
        this.sample = sample;
        this.totalMaxDoc = Math.max(1, totalMaxDoc);
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        super.doSetNextReader(context);
        leafMaxDoc = context.reader().maxDoc();
        quota = (int) Math.max(1, Math.ceil((double) sample * leafMaxDoc / totalMaxDoc));
        seen = 0;
    }

    @Override
    public void collect(int doc) throws IOException {
        if (seen == quota) {
            // matches in the segment ≈ what was seen × the share of its documents not yet looked at
            sampled = true;
            estimated += (double) seen * leafMaxDoc / Math.max(1, doc);
            seen = -1; // counted: the finish below must not add it again
            throw new CollectionTerminatedException();
        }
        super.collect(doc);
        seen++;
        collected++;
    }

    @Override
    public void finish() throws IOException {
        if (seen >= 0) {
            estimated += seen;
        }
        super.finish();
    }

    /** Whether some segment stopped at its quota: the counts are then estimates. */
    boolean sampled() {
        return sampled;
    }

    /** Matches collected. */
    long collected() {
        return collected;
    }

    /** Exact number of matches when not {@link #sampled()}, else an estimate. */
    long estimatedTotal() {
        return Math.round(estimated);
    }

    /** What a collected match stands for: 1 when exact. */
    double scale() {
        return !sampled || collected == 0 ? 1.0 : estimated / collected;
    }

    static CollectorManager<SampledFacetsCollector, SampledFacetsCollector> manager(int sample, int totalMaxDoc) {
        return new CollectorManager<>() {
            private final List<SampledFacetsCollector> made = new ArrayList<>();

            @Override
            public SampledFacetsCollector newCollector() {
                if (!made.isEmpty()) {
                    // the portal's searchers have no executor: one collector sees every segment in turn
                    throw new IllegalStateException("one collector per search expected");
                }
                SampledFacetsCollector c = new SampledFacetsCollector(sample, totalMaxDoc);
                made.add(c);
                return c;
            }

            @Override
            public SampledFacetsCollector reduce(Collection<SampledFacetsCollector> collectors) {
                return collectors.iterator().next();
            }
        };
    }
}
