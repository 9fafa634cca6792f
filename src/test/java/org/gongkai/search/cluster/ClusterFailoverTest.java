package org.gongkai.search.cluster;

import static org.gongkai.search.index.TestJudgments.judgment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.solr.common.SolrException;
import org.gongkai.search.index.JudgmentAnalyzers;
import org.gongkai.search.query.SearchRequest;
import org.junit.jupiter.api.Test;

/**
 * The portal uses every Solr node listed in {@code GONGKAI_SOLR_URL} (issue 12): with the FIRST
 * listed node gone (nothing listens on its port: what a {@code kill -9} of a local node leaves),
 * searches, writes and counts go on through the others. bench/fault-test.sh kills the first node
 * of a running cluster under load through two portals.
 *
 * <p>Runs against {@code ./gongkai cluster start} when {@code GONGKAI_SOLR_URL} is set; skipped
 * otherwise.
 */
class ClusterFailoverTest {
    /** A local port nothing listens on. */
    private static int deadPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void searchesAndWritesGoOnWhenTheFirstListedNodeIsDown() throws Exception {
        String url = System.getenv("GONGKAI_SOLR_URL");
        assumeTrue(url != null && !url.isBlank(), "GONGKAI_SOLR_URL not set: no cluster");
        String dead = "http://127.0.0.1:" + deadPort() + "/solr";
        long id = ThreadLocalRandom.current().nextLong(5_000_000, 6_000_000);
        String word = "failover" + Long.toString(id, 36).replaceAll("[0-9]", "q");
        try (SolrJudgmentIndex index =
                new SolrJudgmentIndex(dead + "," + url, "failover_test", new JudgmentAnalyzers())) {
            if (index.currentCollection() == null) {
                index.rebuild(List.of(), 2, 2);
            }
            for (int round = 0; round < 6; round++) { // round robin: every round would meet the dead node
                index.upsert(judgment(id + round)
                        .category("民事")
                        .facts("借条上写有暗号" + word + "。")
                        .build());
            }
            index.refreshBlocking();
            for (int round = 0; round < 6; round++) {
                assertEquals(6, index.search(SearchRequest.of(word)).total(), "search " + round);
            }
            assertTrue(index.count() >= 6);
            for (int round = 0; round < 6; round++) {
                index.delete(id + round);
            }
            index.refreshBlocking();
            assertEquals(0, index.search(SearchRequest.of(word)).total());
        }
    }

    @Test
    void withEveryListedNodeDownTheAnswerIsUnavailableAtOnce() throws Exception {
        String dead = "http://127.0.0.1:" + deadPort() + "/solr,http://127.0.0.1:" + deadPort() + "/solr";
        try (SolrJudgmentIndex index = new SolrJudgmentIndex(dead, "failover_test", new JudgmentAnalyzers())) {
            long t0 = System.nanoTime();
            SolrException e = assertThrows(SolrException.class, index::count);
            assertEquals(503, e.code(), "the portal answers 503, not 500");
            assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "refused connections fail fast");
        }
    }

    @Test
    void theUrlListIsReadForgivingly() {
        assertEquals(
                List.of("http://a:8983/solr", "http://b:8983/solr"),
                NodeListSolrClient.urls(" http://a:8983/solr/ , ,http://b:8983/solr,http://a:8983/solr"));
        assertThrows(IllegalArgumentException.class, () -> NodeListSolrClient.urls(" , "));
    }
}
