package org.gongkai.search.query;

import static org.gongkai.search.index.TestJudgments.judgment;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.search.index.JudgmentFields;
import org.gongkai.search.index.JudgmentIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh portal's index (issue 13): every search, sort, page and facet works while the index is
 * empty, while some facet dimension has no value in any judgment yet (no cause, no law, no date:
 * Lucene's facet counts used to throw "dimTree is null" and every search answered 500), and once
 * every dimension is filled.
 */
class YoungIndexTest {

    private static final List<String> QUERIES =
            List.of("", "盗窃", "\"入户盗窃\"", "court:朝阳", "被告人张某于2016年3月在朝阳区某小区入户盗窃现金二千元，后被抓获。");

    private static void searchesWork(JudgmentIndex index, long expectedTotal) {
        for (String q : QUERIES) {
            for (Sort sort : Sort.values()) {
                SearchResult r = index.search(SearchRequest.of(q).withSort(sort).withSize(1));
                assertEquals(JudgmentFields.FACET_DIMS.size(), r.facets().size(), q + " " + sort);
                if (q.isEmpty()) {
                    assertEquals(expectedTotal, r.total(), sort.toString());
                    // every page of the browse list, one judgment per page
                    long seen = r.hits().size();
                    for (String next = r.next(); next != null; seen++) {
                        SearchResult page = index.search(
                                SearchRequest.of(q).withSort(sort).withSize(1).withCursor(next));
                        next = page.next();
                    }
                    assertEquals(expectedTotal, seen, "pages of " + sort);
                }
            }
            // drill-downs on dimensions that may have no value yet
            SearchResult filtered = index.search(SearchRequest.of(q)
                    .withFilters(
                            Map.of("cause", List.of("盗窃罪"), "law", List.of("中华人民共和国刑法"), "year", List.of("2021"))));
            assertNotNull(filtered.facets());
        }
    }

    @Test
    void emptyThenPartlyFilledThenFull(@TempDir Path dir) throws Exception {
        try (JudgmentIndex index = JudgmentIndex.open(dir)) {
            searchesWork(index, 0);
            assertTrue(index.search(SearchRequest.of("")).facets().values().stream()
                    .allMatch(List::isEmpty));
            assertEquals(List.of(), index.similar(1, 10));

            // a court that sends no cause, cites no law, gives no date
            index.upsert(judgment(1)
                    .category("刑事")
                    .cause()
                    .laws()
                    .articles()
                    .date((String) null)
                    .facts("被告人张某入户盗窃现金二千元。")
                    .build());
            index.upsert(judgment(2)
                    .category("刑事")
                    .cause()
                    .laws()
                    .articles()
                    .date((String) null)
                    .facts("被告人李某入户盗窃手机一部。")
                    .build());
            index.refreshBlocking();
            searchesWork(index, 2);
            SearchResult young = index.search(SearchRequest.of("盗窃"));
            assertEquals(2, young.total());
            assertEquals(List.of(), young.facets().get("cause"));
            assertEquals(List.of(), young.facets().get("law"));
            assertEquals(List.of(), young.facets().get("year"));
            assertEquals(
                    List.of(new FacetValue("刑事", 2, List.of())), young.facets().get("category"));
            assertEquals(
                    List.of(2L),
                    index.similar(1, 10).stream().map(SearchHit::id).toList());

            index.upsert(judgment(3)
                    .category("刑事")
                    .cause("盗窃罪")
                    .laws("中华人民共和国刑法")
                    .date("2021-05-06")
                    .facts("被告人王某入户盗窃电动车一辆。")
                    .build());
            index.refreshBlocking();
            searchesWork(index, 3);
            SearchResult full = index.search(SearchRequest.of("盗窃"));
            assertEquals(
                    List.of(new FacetValue("盗窃罪", 1, List.of())), full.facets().get("cause"));
            assertEquals(1, full.facets().get("year").size());
        }
    }
}
