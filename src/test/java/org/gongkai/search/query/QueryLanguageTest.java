package org.gongkai.search.query;

import static org.gongkai.search.index.TestJudgments.judgment;
import static org.gongkai.search.query.SearchTestIndex.ids;
import static org.gongkai.search.query.SearchTestIndex.sortedIds;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.search.index.JudgmentIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Every feature of the query language against a small hand-made index. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryLanguageTest {
    JudgmentIndex index;

    @BeforeAll
    void index(@TempDir Path dir) throws Exception {
        index = JudgmentIndex.open(dir);
        index.upsert(judgment(1)
                .title("华夏恒达公司与李某民间借贷纠纷一审民事判决书")
                .court("北京市朝阳区人民法院")
                .date("2021-03-01")
                .judges("王法官")
                .lawyers("李律师")
                .firms("北京市金杜律师事务所")
                .parties("北京华夏恒达科技有限公司", "李某")
                .articles("中华人民共和国民法典第六百七十五条")
                .facts("原告向被告出借款项五十万元，约定按月支付利息。")
                .reasoning("本院认为，民间借贷关系合法有效，被告应当还本付息。")
                .build());
        index.upsert(judgment(2)
                .title("张某与赵某民间借贷纠纷一审民事裁定书")
                .kind("裁定书")
                .court("北京市海淀区人民法院")
                .date("2020-06-01")
                .judges("刘法官")
                .parties("张某", "赵某")
                .articles()
                .facts("原告撤回起诉。")
                .fullText("原告撤回起诉。")
                .build());
        index.upsert(judgment(3)
                .title("钱某盗窃一审刑事判决书")
                .category("刑事")
                .cause("盗窃罪")
                .court("北京市朝阳区人民法院")
                .date("2019-01-01")
                .laws("中华人民共和国刑法")
                .articles("中华人民共和国刑法第二百六十四条")
                .parties("钱某")
                .facts("被告人钱某入户盗窃现金二千元。")
                .build());
        index.upsert(judgment(4)
                .title("孙某抢劫一审刑事判决书")
                .category("刑事")
                .cause("抢劫罪")
                .court("上海市浦东新区人民法院")
                .date("2021-12-31")
                .laws("中华人民共和国刑法")
                .articles()
                .parties("孙某")
                .facts("被告人孙某持刀抢劫，系累犯。")
                .build());
        index.upsert(judgment(5)
                .title("周某盗窃一审刑事判决书")
                .category("刑事")
                .cause("盗窃罪")
                .court("北京市海淀区人民法院")
                .date("2018-05-05")
                .laws("中华人民共和国刑法")
                .articles()
                .parties("周某")
                .facts("被告人周某盗窃电动车，因被发现而未遂。")
                .build());
        index.upsert(judgment(6)
                .title("吴某与郑某离婚纠纷一审民事判决书")
                .cause("婚姻家庭、继承纠纷", "婚姻家庭纠纷", "离婚纠纷")
                .date("2022-02-02")
                .court("天津市和平区人民法院")
                .parties("吴某", "郑某")
                .articles()
                .facts("原告与被告于2010年登记结婚，婚后感情不和。")
                .build());
        index.refreshBlocking();
    }

    @AfterAll
    void close() throws Exception {
        index.close();
    }

    @Test
    void wordsAreAllRequired() {
        assertEquals(List.of(1L), ids(index, "民间借贷 利息"));
        assertEquals(List.of(1L, 2L), sortedIds(index, "民间借贷"));
    }

    @Test
    void chineseWithoutSpacesIsWordsNotAPhrase() {
        // 民间借贷 and 利息 are far apart in judgment 1, and 利息民间借贷 is nowhere as such
        assertEquals(List.of(1L), ids(index, "利息民间借贷"));
    }

    @Test
    void phrases() {
        assertEquals(List.of(3L), ids(index, "\"入户盗窃\""));
        assertEquals(List.of(3L), ids(index, "“入户盗窃”"));
        assertEquals(List.of(), ids(index, "\"盗窃入户\""), "a phrase keeps its order");
    }

    @Test
    void booleanOperators() {
        assertEquals(List.of(3L, 4L), sortedIds(index, "抢劫 OR 入户"));
        assertEquals(List.of(3L, 4L), sortedIds(index, "抢劫 或者 入户"));
        assertEquals(List.of(3L), ids(index, "盗窃 NOT 未遂"));
        assertEquals(List.of(3L), ids(index, "盗窃 不包含 未遂"));
        assertEquals(List.of(3L), ids(index, "盗窃 -未遂"));
        assertEquals(List.of(1L, 2L, 3L, 4L, 6L), sortedIds(index, "-未遂"), "only a negation: everything else");
        assertEquals(List.of(5L), ids(index, "盗窃 AND 未遂"));
        assertEquals(List.of(5L), ids(index, "盗窃 并且 未遂"));
        assertEquals(List.of(4L), ids(index, "(抢劫 OR 盗窃) 累犯"));
        assertEquals(List.of(3L, 5L), sortedIds(index, "(抢劫 OR 盗窃) -累犯"));
        assertEquals(List.of(1L, 2L, 6L), sortedIds(index, "-(抢劫 OR 盗窃)"));
        assertEquals(List.of(1L, 2L, 4L, 6L), sortedIds(index, "-\"入户盗窃\" -未遂"));
    }

    @Test
    void metadataFields() {
        assertEquals(List.of(1L, 3L), sortedIds(index, "court:朝阳"));
        assertEquals(List.of(1L, 3L), sortedIds(index, "法院：北京市朝阳区人民法院"));
        assertEquals(List.of(1L, 2L), sortedIds(index, "cause:民间借贷"));
        assertEquals(List.of(6L), ids(index, "cause:婚姻家庭纠纷"), "any level of the cause path");
        assertEquals(List.of(1L), ids(index, "judge:王法官"));
        assertEquals(List.of(1L), ids(index, "lawyer:李律师"));
        assertEquals(List.of(1L), ids(index, "firm:金杜"));
        assertEquals(List.of(1L), ids(index, "party:华夏恒达"));
        assertEquals(List.of(1L), ids(index, "law:民法典第六百七十五条"));
        assertEquals(List.of(3L, 4L, 5L), sortedIds(index, "law:刑法"));
        assertEquals(List.of(2L), ids(index, "kind:裁定书"));
        assertEquals(List.of(6L), ids(index, "title:离婚"));
        assertEquals(List.of(3L, 4L), sortedIds(index, "court:(朝阳 OR 浦东) 刑事"));
        assertEquals(List.of(4L), ids(index, "-court:北京 刑事"));
    }

    @Test
    void textFieldIgnoresMetadata() {
        assertEquals(List.of(1L, 2L), sortedIds(index, "民间借贷"));
        assertEquals(
                List.of(1L),
                ids(index, "text:民间借贷"),
                "judgment 2 says 民间借贷 only in its title and cause, not in its text");
    }

    @Test
    void caseNumberIsExact() {
        assertEquals(List.of(3L), ids(index, "casenumber:（2023）京0105民初3号"));
        assertEquals(List.of(3L), ids(index, "casenumber:(2023)京0105民初3号"));
        assertEquals(List.of(), ids(index, "casenumber:（2023）京0105民初33号"));
    }

    @Test
    void dates() {
        assertEquals(List.of(1L, 4L), sortedIds(index, "date:2021"));
        assertEquals(List.of(1L), ids(index, "date:2021-03"));
        assertEquals(List.of(4L), ids(index, "date:2021-12-31"));
        assertEquals(List.of(2L), ids(index, "date:[2020-01-01 TO 2020-12-31]"));
        assertEquals(List.of(1L, 2L, 4L, 6L), sortedIds(index, "date:[2020 TO *]"));
        assertEquals(List.of(3L, 5L), sortedIds(index, "日期:[* TO 2019] 刑事"));
    }

    @Test
    void trailingWildcard() {
        assertEquals(List.of(1L), ids(index, "华夏恒*"));
        assertEquals(List.of(3L, 4L, 5L), sortedIds(index, "被告人*"));
    }

    @Test
    void longPastedTextStaysWithinTheClauseLimit() {
        String pasted =
                ("经审理查明，被告人钱某于二〇一八年三月入户盗窃现金二千元、手机一部，后被公安机关抓获，" + "到案后如实供述了自己的罪行，赃款赃物已退还被害人，被害人对其表示谅解。").repeat(5);
        assertTrue(pasted.length() > 300 && pasted.length() <= QueryParser.MAX_LENGTH, "length " + pasted.length());
        SearchResult result = assertDoesNotThrow(() -> index.search(SearchRequest.of(pasted)));
        // issue 13: a weighted disjunction, not a 40 % conjunction; the judgment it describes comes first, and
        // judgments sharing next to nothing with it (the divorce, the withdrawn loan suit) are not counted
        assertEquals(3L, result.hits().get(0).id(), "the burglary of 钱某 first: " + result.hits());
        assertFalse(
                ids(result).contains(6L) || ids(result).contains(2L), "unrelated judgments matched: " + ids(result));
    }

    @Test
    void operatorsInsideTextAreText() {
        // 或者 inside a run of characters is not an operator
        assertDoesNotThrow(() -> index.search(SearchRequest.of("被告或者第三人")));
    }
}
