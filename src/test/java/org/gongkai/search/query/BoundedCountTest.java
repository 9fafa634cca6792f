package org.gongkai.search.query;

import static org.gongkai.search.index.TestJudgments.judgment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.search.index.FacetedIndexSearcher;
import org.gongkai.search.index.IndexedJudgment;
import org.gongkai.search.index.JudgmentAnalyzers;
import org.gongkai.search.index.TestSearchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: a search's cost is bounded by its page. With the bounds lowered to 40 exactly counted
 * matches and a facet sample of 40 (the portal uses 10,000 of each), 300 judgments show what a
 * user sees on a huge result: "at least 40", facet counts estimated close to the truth, the exact
 * count on request, and later pages that keep the first page's total and facets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoundedCountTest {
    static final int N = 300;
    FacetedIndexSearcher searcher;
    JudgmentSearch bounded;
    JudgmentSearch portal;

    @BeforeAll
    void index(@TempDir Path dir) throws Exception {
        List<IndexedJudgment> all = new ArrayList<>();
        for (int i = 1; i <= N; i++) {
            // a third in Shanghai, two thirds in Beijing; every one about a loan
            all.add(judgment(i)
                    .province(i % 3 == 0 ? "上海市" : "北京市")
                    .date("2021-0" + (1 + i % 9) + "-10")
                    .facts(i % 7 == 0 ? "原告向被告出借款项，被告到期未还借款。借款本金及借款利息均未归还。" : "原告向被告出借款项，被告到期未还借款。")
                    .build());
        }
        TestSearchers.build(dir, new JudgmentAnalyzers(), all);
        searcher = TestSearchers.open(dir);
        JudgmentAnalyzers analyzers = new JudgmentAnalyzers();
        bounded = new JudgmentSearch(analyzers, JudgmentSearch.Ranking.PORTAL, 40, 40);
        portal = new JudgmentSearch(analyzers);
    }

    @AfterAll
    void close() throws Exception {
        searcher.getIndexReader().close();
    }

    private static long count(SearchResult r, String dim, String value) {
        return r.facets().get(dim).stream()
                .filter(v -> v.value().equals(value))
                .findFirst()
                .orElseThrow()
                .count();
    }

    @Test
    void aHugeResultSaysAtLeastAndEstimatesItsFacets() throws Exception {
        SearchResult r = bounded.search(searcher, SearchRequest.of("借款"));
        // beyond the bound the total is exact only where Lucene had to visit every match anyway
        if (r.totalExact()) {
            assertEquals(N, r.total());
        } else {
            assertTrue(r.total() >= 40 && r.total() <= N, "a lower bound of at least the bound: " + r.total());
        }
        assertTrue(r.facetsSampled(), "more matches than the sample: facet counts are estimates");
        assertEquals(20, r.hits().size());
        long beijing = count(r, "province", "北京市");
        long shanghai = count(r, "province", "上海市");
        assertTrue(Math.abs(beijing - 200) <= 40, "北京市 estimated near 200: " + beijing);
        assertTrue(Math.abs(shanghai - 100) <= 30, "上海市 estimated near 100: " + shanghai);
    }

    @Test
    void skippingPastTheSampleNeverChangesThePage() throws Exception {
        // past 40 matches Lucene may skip what cannot enter the page: the page must be the one an
        // exhaustive pass finds, for every sort and for words that score differently
        for (String q : List.of("借款", "原告 借款", "出借 OR 到期")) {
            for (Sort sort : Sort.values()) {
                SearchRequest request = SearchRequest.of(q).withSort(sort);
                List<Long> skipping = bounded.search(searcher, request).hits().stream()
                        .map(SearchHit::id)
                        .toList();
                List<Long> exhaustive = bounded.search(searcher, request.withExact(true)).hits().stream()
                        .map(SearchHit::id)
                        .toList();
                assertEquals(exhaustive, skipping, q + " sorted by " + sort);
                assertEquals(20, skipping.size());
            }
        }
    }

    @Test
    void exactOnRequestCountsEverything() throws Exception {
        SearchResult r = bounded.search(searcher, SearchRequest.of("借款").withExact(true));
        assertTrue(r.totalExact());
        assertFalse(r.facetsSampled());
        assertEquals(N, r.total());
        assertEquals(200, count(r, "province", "北京市"));
        assertEquals(100, count(r, "province", "上海市"));
    }

    @Test
    void aSmallResultIsExactWithoutAsking() throws Exception {
        SearchResult r = bounded.search(
                searcher,
                SearchRequest.of("借款")
                        .withFilters(Map.of("province", List.of("上海市")))
                        .withDates(java.time.LocalDate.of(2021, 1, 1), java.time.LocalDate.of(2021, 2, 28)));
        // i % 3 == 0 and month 1 or 2 (i % 9 in 0, 1): i % 9 == 0 → 33 judgments
        assertTrue(r.totalExact());
        assertEquals(33, r.total());
        assertEquals(33, count(r, "year", "2021"));
    }

    @Test
    void thePortalBoundsDoNotChangeWhatUsersSawBefore() throws Exception {
        SearchResult r = portal.search(searcher, SearchRequest.of("借款"));
        assertTrue(r.totalExact());
        assertFalse(r.facetsSampled());
        assertEquals(N, r.total());
        assertEquals(200, count(r, "province", "北京市"));
    }

    @Test
    void laterPagesKeepTheFirstPagesCountsAndReachEveryMatch() throws Exception {
        for (JudgmentSearch search : List.of(bounded, portal)) {
            for (Sort sort : Sort.values()) {
                SearchRequest first = SearchRequest.of("借款").withSort(sort).withSize(50);
                SearchResult page = search.search(searcher, first);
                long total = page.total();
                var facets = page.facets();
                Set<Long> seen = new HashSet<>();
                int pages = 0;
                while (true) {
                    page.hits().forEach(h -> assertTrue(seen.add(h.id()), "hit " + h.id() + " twice by " + sort));
                    pages++;
                    if (page.next() == null) {
                        break;
                    }
                    page = search.search(searcher, first.withCursor(page.next()));
                    assertEquals(total, page.total(), "a later page shows the first page's total");
                    assertEquals(facets, page.facets(), "and its facets");
                }
                assertEquals(N, seen.size(), "every match reached by paging, " + sort);
                assertEquals(6, pages);
            }
        }
    }

    @Test
    void aCursorOfAnotherSearchStillCountsItsOwnMatches() throws Exception {
        SearchResult loans = bounded.search(searcher, SearchRequest.of("借款").withExact(true));
        assertNotNull(loans.next());
        SearchResult shanghai = bounded.search(
                searcher,
                SearchRequest.of("借款")
                        .withExact(true)
                        .withFilters(Map.of("province", List.of("上海市")))
                        .withCursor(loans.next()));
        assertEquals(100, shanghai.total());
    }
}
