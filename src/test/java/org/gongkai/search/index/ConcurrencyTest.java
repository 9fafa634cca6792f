package org.gongkai.search.index;

import static org.gongkai.search.index.TestJudgments.judgment;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongkai.search.query.SearchRequest;
import org.gongkai.search.query.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    void searchesRunWhileWritingAndRefreshing() throws Exception {
        try (JudgmentIndex index = JudgmentIndex.open(dir)) {
            for (long id = 1; id <= 50; id++) {
                index.upsert(judgment(id).facts("被告借款" + id + "元未还。").build());
            }
            index.refreshBlocking();
            ExecutorService pool = Executors.newFixedThreadPool(5);
            List<Future<?>> jobs = new ArrayList<>();
            jobs.add(pool.submit(() -> {
                for (long id = 51; id <= 150; id++) {
                    index.upsert(judgment(id).facts("被告借款" + id + "元未还。").build());
                    if (id % 10 == 0) {
                        index.maybeRefresh();
                    }
                }
                return null;
            }));
            for (int t = 0; t < 4; t++) {
                jobs.add(pool.submit(() -> {
                    long last = 0;
                    for (int i = 0; i < 40; i++) {
                        SearchResult r = index.search(SearchRequest.of("借款").withSize(5));
                        assertTrue(r.total() >= last, "the index only grows here");
                        assertEquals(
                                r.total(), r.facets().get("category").get(0).count(), "facets of the same searcher");
                        last = r.total();
                    }
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
            pool.shutdown();
            index.refreshBlocking();
            assertEquals(150, index.search(SearchRequest.of("借款")).total());
        }
    }
}
