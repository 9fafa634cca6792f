package org.gongkai.search.query;

import static org.gongkai.search.index.TestJudgments.judgment;
import static org.gongkai.search.query.SearchTestIndex.counts;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.search.index.JudgmentIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Facet counts against counts made by hand from the eight judgments below. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacetsTest {
    JudgmentIndex index;

    static final String[] LOAN = {"合同、准合同纠纷", "合同纠纷", "借款合同纠纷", "民间借贷纠纷"};

    @BeforeAll
    void index(@TempDir Path dir) throws Exception {
        index = JudgmentIndex.open(dir);
        index.upsert(judgment(1)
                .level("基层")
                .province("北京市")
                .court("北京市朝阳区人民法院")
                .category("民事")
                .cause(LOAN)
                .procedure("一审")
                .kind("判决书")
                .date("2021-01-10")
                .laws("中华人民共和国民法典")
                .build());
        index.upsert(judgment(2)
                .level("基层")
                .province("北京市")
                .court("北京市朝阳区人民法院")
                .category("民事")
                .cause(LOAN)
                .procedure("一审")
                .kind("判决书")
                .date("2022-01-10")
                .laws("中华人民共和国民法典")
                .build());
        index.upsert(judgment(3)
                .level("中级")
                .province("北京市")
                .court("北京市第三中级人民法院")
                .category("民事")
                .cause("合同、准合同纠纷", "合同纠纷", "买卖合同纠纷")
                .procedure("二审")
                .kind("判决书")
                .date("2022-03-10")
                .laws("中华人民共和国民法典")
                .build());
        index.upsert(judgment(4)
                .level("基层")
                .province("上海市")
                .court("上海市浦东新区人民法院")
                .category("民事")
                .cause("婚姻家庭、继承纠纷", "婚姻家庭纠纷", "离婚纠纷")
                .procedure("一审")
                .kind("调解书")
                .date("2021-04-10")
                .laws("中华人民共和国民法典")
                .build());
        index.upsert(judgment(5)
                .level("基层")
                .province("上海市")
                .court("上海市浦东新区人民法院")
                .category("刑事")
                .cause("盗窃罪")
                .procedure("一审")
                .kind("判决书")
                .date("2021-05-10")
                .laws("中华人民共和国刑法")
                .build());
        index.upsert(judgment(6)
                .level("高级")
                .province("上海市")
                .court("上海市高级人民法院")
                .category("刑事")
                .cause("盗窃罪", "诈骗罪")
                .procedure("二审")
                .kind("裁定书")
                .date("2020-06-10")
                .laws("中华人民共和国刑法", "中华人民共和国刑事诉讼法")
                .build());
        index.upsert(judgment(7)
                .level("最高")
                .province("北京市")
                .court("最高人民法院")
                .category("民事")
                .cause(LOAN)
                .procedure("再审")
                .kind("裁定书")
                .date("2023-07-10")
                .laws("中华人民共和国民法典", "中华人民共和国民事诉讼法")
                .build());
        index.upsert(judgment(8)
                .level("基层")
                .province("广东省")
                .court("广州市天河区人民法院")
                .category("行政")
                .cause()
                .procedure("一审")
                .kind("判决书")
                .date("2023-08-10")
                .laws()
                .build());
        index.refreshBlocking();
    }

    @AfterAll
    void close() throws Exception {
        index.close();
    }

    private SearchResult browse(Map<String, List<String>> filters) {
        return index.search(SearchRequest.of("").withFilters(filters));
    }

    @Test
    void countsOfEveryDimension() {
        SearchResult all = browse(Map.of());
        assertEquals(8, all.total());
        assertEquals(Map.of("基层", 5L, "中级", 1L, "高级", 1L, "最高", 1L), counts(all, "level"));
        assertEquals(Map.of("北京市", 4L, "上海市", 3L, "广东省", 1L), counts(all, "province"));
        assertEquals(Map.of("民事", 5L, "刑事", 2L, "行政", 1L), counts(all, "category"));
        assertEquals(Map.of("一审", 5L, "二审", 2L, "再审", 1L), counts(all, "procedure"));
        assertEquals(Map.of("判决书", 5L, "裁定书", 2L, "调解书", 1L), counts(all, "kind"));
        assertEquals(Map.of("2020", 1L, "2021", 3L, "2022", 2L, "2023", 2L), counts(all, "year"));
        assertEquals(
                Map.of("中华人民共和国民法典", 5L, "中华人民共和国刑法", 2L, "中华人民共和国刑事诉讼法", 1L, "中华人民共和国民事诉讼法", 1L), counts(all, "law"));
        assertEquals(2L, counts(all, "court").get("北京市朝阳区人民法院"));
        assertEquals(6, counts(all, "court").size());
        assertEquals("基层", all.facets().get("level").get(0).value(), "largest count first");
    }

    @Test
    void causeIsATreeAndChargesAreLeaves() {
        SearchResult all = browse(Map.of());
        assertEquals(Map.of("合同、准合同纠纷", 4L, "婚姻家庭、继承纠纷", 1L, "盗窃罪", 2L, "诈骗罪", 1L), counts(all, "cause"));
        FacetValue contracts = all.facets().get("cause").get(0);
        assertEquals("合同、准合同纠纷", contracts.value());
        assertEquals(List.of(new FacetValue("合同纠纷", 4, List.of())), contracts.children());
    }

    @Test
    void facetsFollowTheQuery() {
        SearchResult theft = index.search(SearchRequest.of("cause:盗窃"));
        assertEquals(2, theft.total());
        assertEquals(Map.of("刑事", 2L), counts(theft, "category"));
        assertEquals(Map.of("基层", 1L, "高级", 1L), counts(theft, "level"));
    }

    @Test
    void drillDownFiltersAndKeepsSiblingCounts() {
        SearchResult criminal = browse(Map.of("category", List.of("刑事")));
        assertEquals(2, criminal.total());
        assertEquals(Map.of("基层", 1L, "高级", 1L), counts(criminal, "level"), "other dimensions are narrowed");
        assertEquals(
                Map.of("民事", 5L, "刑事", 2L, "行政", 1L),
                counts(criminal, "category"),
                "the selected dimension still shows its siblings, counted without its own filter");
    }

    @Test
    void valuesOfOneDimensionAreOredAndDimensionsAnded() {
        assertEquals(7, browse(Map.of("province", List.of("北京市", "上海市"))).total());
        SearchResult r = browse(Map.of("year", List.of("2021"), "kind", List.of("判决书")));
        assertEquals(List.of(1L, 5L), SearchTestIndex.ids(r).stream().sorted().toList());
        assertEquals(Map.of("2021", 2L, "2022", 2L, "2023", 1L), counts(r, "year"), "years of 判决书");
    }

    @Test
    void causeFilterMatchesAnyLevelOfThePath() {
        assertEquals(3, browse(Map.of("cause", List.of("民间借贷纠纷"))).total());
        assertEquals(4, browse(Map.of("cause", List.of("合同纠纷"))).total());
        assertEquals(2, browse(Map.of("cause", List.of("盗窃罪"))).total());
    }

    @Test
    void dateRangeAndCaseNumberParts() {
        SearchResult r = index.search(SearchRequest.of("").withDates(java.time.LocalDate.of(2022, 1, 1), null));
        assertEquals(4, r.total());
        assertEquals(
                8,
                browse(Map.of("typeCode", List.of("民初"), "courtCode", List.of("京0105")))
                        .total());
    }

    @Test
    void unknownFilterKeyIsAnError() {
        var e = assertThrows(QuerySyntaxException.class, () -> browse(Map.of("colour", List.of("red"))));
        assertTrue(QueryErrorTexts.zh(e).contains("未知的筛选条件“colour”"), QueryErrorTexts.zh(e));
    }
}
