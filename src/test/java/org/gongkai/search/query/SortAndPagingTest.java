package org.gongkai.search.query;

import static org.gongkai.search.index.TestJudgments.judgment;
import static org.gongkai.search.query.SearchTestIndex.ids;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.gongkai.platform.Cursor;
import org.gongkai.search.index.JudgmentIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SortAndPagingTest {
    JudgmentIndex index;
    static final List<String> LEVELS = List.of("基层", "专门", "中级", "最高", "高级");
    static final int N = 53;

    @BeforeAll
    void index(@TempDir Path dir) throws Exception {
        index = JudgmentIndex.open(dir);
        // ids in reverse insertion order; dates repeat (ties) and one judgment has none
        for (int i = 0; i < N; i++) {
            long id = 1000 - i;
            LocalDate date = id == 990 ? null : LocalDate.of(2020, 1, 1).plusDays(i % 5);
            String text = i % 3 == 0 ? "借款合同 借款 借款" : "借款合同";
            index.upsert(judgment(id)
                    .level(LEVELS.get(i % LEVELS.size()))
                    .date(date)
                    .facts(text)
                    .build());
        }
        index.refreshBlocking();
    }

    @AfterAll
    void close() throws Exception {
        index.close();
    }

    private SearchRequest request(Sort sort, int size) {
        return new SearchRequest("借款", Map.of(), null, null, sort, null, size);
    }

    @Test
    void dateOrdersBreakTiesById() {
        List<SearchHit> desc = index.search(request(Sort.DATE_DESC, 100)).hits();
        for (int i = 1; i < desc.size(); i++) {
            SearchHit a = desc.get(i - 1);
            SearchHit b = desc.get(i);
            if (b.decisionDate() == null) {
                continue;
            }
            assertNotNull(a.decisionDate(), "a judgment without date comes last");
            assertTrue(
                    a.decisionDate().isAfter(b.decisionDate())
                            || (a.decisionDate().equals(b.decisionDate()) && a.id() < b.id()),
                    a + " before " + b);
        }
        assertNull(desc.get(desc.size() - 1).decisionDate());
        List<SearchHit> asc = index.search(request(Sort.DATE_ASC, 100)).hits();
        assertEquals(LocalDate.of(2020, 1, 1), asc.get(0).decisionDate());
        assertTrue(asc.get(0).id() < asc.get(1).id());
        assertNull(asc.get(asc.size() - 1).decisionDate(), "without date last in both directions");
    }

    @Test
    void courtLevelOrderThenDateThenId() {
        List<SearchHit> hits = index.search(request(Sort.COURT_LEVEL, 100)).hits();
        List<String> levelOrder = List.of("最高", "高级", "中级", "基层", "专门");
        long last = -1;
        int lastRank = -1;
        LocalDate lastDate = null;
        for (SearchHit h : hits) {
            int rank = levelOrder.indexOf(levelOf(h.id()));
            assertTrue(rank >= lastRank, "levels in order");
            if (rank == lastRank && h.decisionDate() != null && lastDate != null) {
                assertTrue(!h.decisionDate().isAfter(lastDate), "then newest first");
                if (h.decisionDate().equals(lastDate)) {
                    assertTrue(h.id() > last, "then id");
                }
            }
            lastRank = rank;
            lastDate = h.decisionDate();
            last = h.id();
        }
        assertEquals("最高", levelOf(hits.get(0).id()));
    }

    private static String levelOf(long id) {
        return LEVELS.get((int) (1000 - id) % LEVELS.size());
    }

    @Test
    void relevanceBreaksTiesById() {
        List<Long> ids = ids(index.search(request(Sort.RELEVANCE, 100)));
        // the judgments that say 借款 more often rank first; within equal scores ids ascend
        List<Long> frequent = ids.subList(0, (N + 2) / 3);
        assertTrue(frequent.stream().allMatch(id -> (1000 - id) % 3 == 0), frequent.toString());
        assertEquals(frequent.stream().sorted().toList(), frequent);
        List<Long> rest = ids.subList((N + 2) / 3, ids.size());
        assertEquals(rest.stream().sorted().toList(), rest);
    }

    @ParameterizedTest
    @EnumSource(Sort.class)
    void searchAfterPagesAreCompleteAndDisjoint(Sort sort) {
        List<Long> oneShot = ids(index.search(request(sort, 100)));
        assertEquals(N, oneShot.size());
        List<Long> paged = new ArrayList<>();
        SearchRequest req = request(sort, 7);
        int pages = 0;
        while (true) {
            SearchResult page = index.search(req);
            assertEquals(N, page.total(), "exact total on every page");
            paged.addAll(ids(page));
            pages++;
            if (page.next() == null) {
                break;
            }
            assertTrue(page.next().matches("[A-Za-z0-9_-]+"), "URL-safe cursor: " + page.next());
            req = req.withCursor(page.next());
        }
        assertEquals(8, pages, "53 hits in pages of 7, no empty last page");
        assertEquals(N, new HashSet<>(paged).size(), "no duplicates");
        assertEquals(oneShot, paged, "same order as one big page");
    }

    @Test
    void cursorSurvivesNewDocumentsWithoutRepeats() {
        SearchResult first = index.search(request(Sort.DATE_ASC, 10));
        index.upsert(judgment(1).date("2019-01-01").facts("借款").build()); // sorts before the cursor
        index.refreshBlocking();
        try {
            SearchResult second = index.search(request(Sort.DATE_ASC, 10).withCursor(first.next()));
            assertTrue(second.hits().stream().noneMatch(h -> ids(first).contains(h.id()) || h.id() == 1));
        } finally {
            index.delete(1);
            index.refreshBlocking();
        }
    }

    @Test
    void badCursors() {
        var garbage = assertThrows(
                Cursor.Invalid.class,
                () -> index.search(request(Sort.DATE_DESC, 5).withCursor("%%%")));
        assertEquals(Cursor.Invalid.Why.NOT_A_CURSOR, garbage.why());
        String next = index.search(request(Sort.DATE_DESC, 5)).next();
        var otherSort = assertThrows(
                Cursor.Invalid.class,
                () -> index.search(request(Sort.DATE_ASC, 5).withCursor(next)));
        assertEquals(Cursor.Invalid.Why.OTHER_LIST, otherSort.why());
        var truncated = assertThrows(
                Cursor.Invalid.class,
                () -> index.search(request(Sort.DATE_DESC, 5).withCursor(next.substring(0, 6))));
        assertNotNull(truncated.why());
        assertEquals(400, truncated.status());
        assertEquals("cursor", truncated.field());
    }
}
