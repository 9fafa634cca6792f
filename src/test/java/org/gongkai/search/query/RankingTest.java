package org.gongkai.search.query;

import static org.gongkai.search.index.TestJudgments.judgment;
import static org.gongkai.search.query.SearchTestIndex.ids;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.search.index.JudgmentIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** What issue 13 asks of the ranking, on hand-made judgments whose right order is obvious. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RankingTest {
    static final String[] LOAN = {"合同、准合同纠纷", "合同纠纷", "借款合同纠纷", "民间借贷纠纷"};
    JudgmentIndex index;

    @BeforeAll
    void index(@TempDir Path dir) throws Exception {
        index = JudgmentIndex.open(dir);
        // the name as one word
        index.upsert(judgment(1)
                .title("张小春盗窃一审刑事判决书")
                .category("刑事")
                .cause("盗窃罪")
                .parties("张小春")
                .facts("被告人张小春于夜间入户盗窃现金。")
                .build());
        // its characters in the same text, apart
        index.upsert(judgment(2)
                .title("张某与王小春盗窃一审刑事判决书")
                .category("刑事")
                .cause("盗窃罪")
                .parties("张某", "王小春")
                .facts("被告人张某与同案人王小春共同盗窃电动车。")
                .build());
        // its characters scattered over the parties and the text only
        index.upsert(judgment(3)
                .title("某公司买卖合同纠纷一审民事判决书")
                .parties("张某")
                .cause("买卖合同纠纷")
                .facts("证人王小春到庭作证，买卖合同已履行。")
                .build());
        // similar judgments: a civil loan appeal, civil loans, and a criminal fraud case using the same words
        String loanFacts = "上诉人向被上诉人借款二十万元，约定月利率百分之二，出具借条一张，借款到期后经多次催讨未还，双方对借款金额及利息计算发生争议。";
        index.upsert(judgment(10)
                .category("民事")
                .cause(LOAN)
                .procedure("二审")
                .articles("中华人民共和国民法典第六百七十五条")
                .facts(loanFacts)
                .build());
        index.upsert(judgment(11)
                .category("刑事")
                .cause("诈骗罪")
                .procedure("二审")
                .articles("中华人民共和国刑法第二百六十六条")
                .facts("上诉人以借款为名骗取被害人二十万元，约定月利率百分之二，出具借条一张，借款到期后经多次催讨未还，后逃匿。")
                .build());
        index.upsert(judgment(12)
                .category("民事")
                .cause(LOAN)
                .articles("中华人民共和国民法典第六百七十五条")
                .facts("原告向被告出借款项十万元，被告出具借条，约定利息，到期未还。")
                .build());
        index.upsert(judgment(13)
                .category("民事")
                .cause("婚姻家庭、继承纠纷", "婚姻家庭纠纷", "离婚纠纷")
                .facts("原告与被告婚后共同向他人借款五万元，现感情破裂，原告诉请离婚。")
                .build());
        index.refreshBlocking();
    }

    @AfterAll
    void close() throws Exception {
        index.close();
    }

    @Test
    void aWordMatchesAsAUnitAndItsScatteredCharactersDoNot() {
        List<Long> found = ids(index, "张小春");
        assertEquals(1L, found.get(0), "the judgment of 张小春 first: " + found);
        assertTrue(found.contains(2L), "both words in the same text still match, lower: " + found);
        assertFalse(found.contains(3L), "张 in a party name and 小春 in the text are not the name: " + found);
    }

    @Test
    void pastedProseWithUnbalancedQuotesAndBracketsIsText() {
        for (String q : List.of(
                "被告人张小春于夜间入户盗窃现金，其辩称“只是路过。经审理查明(略",
                "上诉人向被上诉人借款二十万元，出具「借条」一张，约定月利率百分之二（口头约定，借款到期后未还『",
                "被告人张小春于夜间入户盗窃现金\"据其供述，现金已花光")) {
            SearchResult r = assertDoesNotThrow(() -> index.search(SearchRequest.of(q)), q);
            assertFalse(r.hits().isEmpty(), q);
        }
        assertEquals(1L, ids(index, "被告人张小春于夜间入户盗窃现金，其辩称“只是路过。").get(0));
    }

    @Test
    void aRememberedPassageIsFoundWithOrWithoutItsPunctuation() {
        // in judgments 10 and 11 both: either may come first, but 10 is in the top 2
        for (String q : List.of("约定月利率百分之二，出具借条一张", "约定月利率百分之二出具借条一张")) {
            List<Long> found = ids(index, q);
            assertTrue(found.indexOf(10L) >= 0 && found.indexOf(10L) < 2, q + " -> " + found);
        }
        // only in judgment 10, whose text has a comma after 未还
        assertEquals(10L, ids(index, "经多次催讨未还，双方对借款金额").get(0));
        assertEquals(10L, ids(index, "经多次催讨未还双方对借款金额").get(0));
    }

    @Test
    void hostileInputIsAResultOrAHelpfulSyntaxErrorNeverACrash() {
        String[] pieces = {
            "盗窃",
            "借款",
            "，",
            "。",
            "“",
            "”",
            "「",
            "』",
            "\"",
            "(",
            ")",
            "（",
            "）",
            "[",
            "]",
            "{",
            "*",
            "-",
            " ",
            "　",
            "AND",
            "OR",
            "NOT",
            "或者",
            "不包含",
            "court:",
            "法院：",
            "date:",
            "date:[",
            " TO ",
            "casenumber:",
            "(2023)",
            "：",
            ":",
            "\\",
            "~",
            "^",
            "?",
            "0",
            "2021",
            "张小春",
            "\u0000",
            "\uD83D\uDE00",
            "ab",
            "被告人于2016年3月在某地"
        };
        java.util.Random random = new java.util.Random(13);
        for (int i = 0; i < 3000; i++) {
            StringBuilder q = new StringBuilder();
            int n = 1 + random.nextInt(i % 10 == 0 ? 120 : 12);
            for (int k = 0; k < n; k++) {
                q.append(pieces[random.nextInt(pieces.length)]);
            }
            try {
                SearchResult r = index.search(SearchRequest.of(q.toString()));
                assertNotNull(r.facets(), q.toString());
            } catch (QuerySyntaxException expected) {
                assertFalse(expected.getMessage().isBlank(), q.toString());
            }
        }
    }

    @Test
    void similarJudgmentsStayInTheCategoryAndPreferTheSameCause() {
        List<Long> similar = index.similar(10, 10).stream().map(SearchHit::id).toList();
        assertFalse(similar.contains(11L), "a criminal appeal is not like a civil loan appeal: " + similar);
        assertEquals(12L, similar.get(0), "the other loan case first, before the divorce: " + similar);
        assertFalse(similar.contains(10L));
        List<Long> criminal = index.similar(11, 10).stream().map(SearchHit::id).toList();
        assertTrue(criminal.stream().allMatch(id -> id == 1L || id == 2L), "criminal ones only: " + criminal);
    }
}
