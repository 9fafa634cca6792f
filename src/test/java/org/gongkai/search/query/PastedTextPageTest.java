package org.gongkai.search.query;

import static org.gongkai.search.index.TestJudgments.judgment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * Issue 16: pasted text finds its page without scoring every match (the page is searched without the
 * minimum share of terms, each candidate checked against it; see {@link MinimumShare}). The page must be
 * the one the exhaustive pass finds, in the same order, on every sort and on the second page too; and a
 * judgment that repeats one rare word of the paste many times, but shares too few of its terms, must not
 * slip in even though it would score high without the minimum.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PastedTextPageTest {
    static final String PASTE = "被告人在超市内趁店员不备，盗窃货架上的香烟五条，后被保安当场抓获，所盗香烟已被追回并发还被害单位。";
    static final String[] SENTENCES = {
        "被告人在超市内趁店员不备，盗窃货架上的物品。",
        "后被保安当场抓获，赃物已被追回。",
        "所盗香烟已发还被害单位。",
        "被告人到案后如实供述自己的罪行。",
        "原告向被告出借款项，被告到期未还。",
        "双方签订了房屋租赁合同，约定租期三年。",
        "被告人酒后驾驶机动车，在道路上行驶。",
        "经鉴定，被害人的损伤程度为轻伤二级。",
        "公诉机关当庭出示了证人证言、书证等证据。",
        "本院认为，被告人以非法占有为目的，秘密窃取他人财物。"
    };

    FacetedIndexSearcher searcher;
    JudgmentSearch bounded;

    @BeforeAll
    void index(@TempDir Path dir) throws Exception {
        Random random = new Random(16);
        List<IndexedJudgment> all = new ArrayList<>();
        for (int i = 1; i <= 400; i++) {
            StringBuilder facts = new StringBuilder();
            for (int s = 0; s < 4; s++) {
                facts.append(SENTENCES[random.nextInt(SENTENCES.length)]);
            }
            all.add(judgment(i)
                    .province(i % 2 == 0 ? "上海市" : "北京市")
                    .date("2021-0" + (1 + i % 9) + "-1" + (i % 10))
                    .facts(facts.toString())
                    .build());
        }
        // one rare word of the paste said again and again, nothing else of it: high score, too few terms
        for (int i = 401; i <= 405; i++) {
            all.add(judgment(i).facts("香烟香烟香烟香烟香烟香烟香烟香烟香烟香烟香烟香烟").build());
        }
        TestSearchers.build(dir, new JudgmentAnalyzers(), all);
        searcher = TestSearchers.open(dir);
        // the portal's code with its bounds lowered: 40 counted, a sample of 40
        bounded = new JudgmentSearch(new JudgmentAnalyzers(), JudgmentSearch.Ranking.PORTAL, 40, 40);
    }

    @AfterAll
    void close() throws Exception {
        searcher.getIndexReader().close();
    }

    private static List<Long> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void thePageIsTheExhaustivePassesPageOnEverySortAndTheNextPage() throws Exception {
        for (Sort sort : Sort.values()) {
            SearchRequest request = SearchRequest.of(PASTE).withSort(sort);
            SearchResult skipping = bounded.search(searcher, request);
            SearchResult exhaustive = bounded.search(searcher, request.withExact(true));
            assertEquals(20, skipping.hits().size(), "a full page sorted by " + sort);
            assertEquals(ids(exhaustive), ids(skipping), "first page sorted by " + sort);
            assertTrue(skipping.facetsSampled(), "more matches than the sample of 40");
            SearchResult second = bounded.search(searcher, request.withCursor(skipping.next()));
            SearchResult secondExhaustive =
                    bounded.search(searcher, request.withExact(true).withCursor(exhaustive.next()));
            assertEquals(ids(secondExhaustive), ids(second), "second page sorted by " + sort);
        }
    }

    @Test
    void aJudgmentSharingTooFewTermsNeverEntersThePage() throws Exception {
        SearchResult exact = bounded.search(searcher, SearchRequest.of(PASTE).withExact(true));
        long total = exact.total();
        assertTrue(exact.totalExact());
        assertTrue(total > 40 && total < 405, "the minimum share leaves some judgments out: " + total);
        List<Long> walked = new ArrayList<>();
        SearchRequest request = SearchRequest.of(PASTE);
        SearchResult page = bounded.search(searcher, request);
        while (true) {
            walked.addAll(ids(page));
            if (page.next() == null) {
                break;
            }
            page = bounded.search(searcher, request.withCursor(page.next()));
        }
        assertEquals(total, walked.size(), "every page together is every match, once");
        for (long id = 401; id <= 405; id++) {
            assertFalse(walked.contains(id), "judgment " + id + " shares one word of the paste: not a match");
        }
    }
}
