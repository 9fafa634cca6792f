package org.gongkai.search.query;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.gongkai.search.index.JudgmentAnalyzers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Errors of the query language: each one says what is wrong, in Chinese, and where. */
class QueryParserTest {
    private final QueryParser parser = new QueryParser(new JudgmentAnalyzers());

    private QuerySyntaxException error(String q) {
        return assertThrows(QuerySyntaxException.class, () -> parser.parse(q), q);
    }

    @Test
    void blankIsEverything() {
        assertInstanceOf(MatchAllDocsQuery.class, parser.parse("").query());
        assertInstanceOf(MatchAllDocsQuery.class, parser.parse("   ").query());
        assertInstanceOf(MatchAllDocsQuery.class, parser.parse(null).query());
        assertNull(parser.parse("").highlight());
    }

    @Test
    void unknownFieldIsNamedAndValidFieldsListed() {
        var e = error("foo:bar");
        assertTrue(QueryErrorTexts.zh(e).contains("未知字段“foo”"), QueryErrorTexts.zh(e));
        assertTrue(
                QueryErrorTexts.zh(e).contains("court（法院）")
                        && QueryErrorTexts.zh(e).contains("casenumber（案号）"),
                QueryErrorTexts.zh(e));
        assertEquals(0, e.position());
    }

    @Test
    void unbalancedQuotes() {
        var e = error("盗窃 \"入户盗窃");
        assertTrue(QueryErrorTexts.zh(e).startsWith("引号不成对"), QueryErrorTexts.zh(e));
        assertEquals(3, e.position());
        assertTrue(QueryErrorTexts.zh(error("盗窃 “入户盗窃")).contains("缺少结束引号 ”"));
        assertTrue(QueryErrorTexts.zh(error("盗窃 入户盗窃”")).contains("右引号"));
    }

    @Test
    void unbalancedParentheses() {
        var open = error("(盗窃 OR 抢劫");
        assertTrue(QueryErrorTexts.zh(open).contains("缺少对应的右括号"), QueryErrorTexts.zh(open));
        assertEquals(0, open.position());
        var close = error("盗窃 OR 抢劫)");
        assertTrue(QueryErrorTexts.zh(close).contains("多余的右括号"), QueryErrorTexts.zh(close));
        assertEquals(8, close.position());
        assertTrue(QueryErrorTexts.zh(error("盗窃 ()")).contains("括号里是空的"));
    }

    @Test
    void wildcards() {
        var leading = error("*借款");
        assertTrue(QueryErrorTexts.zh(leading).contains("不支持以 * 开头的通配符"), QueryErrorTexts.zh(leading));
        assertTrue(QueryErrorTexts.zh(error("借*")).contains("至少需要 2 个字"));
        assertTrue(QueryErrorTexts.zh(error("借*款")).contains("只能放在词尾"));
        assertNotNull(parser.parse("借款*").query());
    }

    @Test
    void lengthAndClauseCaps() {
        // search words (not prose: issue 13 lets a pasted paragraph be longer, see pastedProseIsText)
        var tooLong = error("盗 ".repeat(QueryParser.MAX_LENGTH / 2) + "盗");
        assertTrue(QueryErrorTexts.zh(tooLong).contains("查询过长：最多 500 个字符，当前 501 个"), QueryErrorTexts.zh(tooLong));
        var tooLongProse = error("被告人于某日盗窃，".repeat(QueryParser.MAX_PROSE_LENGTH / 9 + 1));
        assertTrue(QueryErrorTexts.zh(tooLongProse).contains("粘贴的文字最多 2000 个字符"), QueryErrorTexts.zh(tooLongProse));
        var tooMany = error("词 ".repeat(QueryParser.MAX_CLAUSES + 1));
        assertTrue(QueryErrorTexts.zh(tooMany).contains("查询过于复杂"), QueryErrorTexts.zh(tooMany));
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = "|",
            value = {
                "盗窃 AND|AND 后面缺少查询词",
                "OR 盗窃|OR 前面缺少查询词",
                "盗窃 或者|或者 后面缺少查询词",
                "盗窃 不包含|不包含 后面缺少要排除的查询词",
                "court:|字段“court:”后面缺少要查找的内容",
                "court: 朝阳|冒号后不要留空格",
                "date:2021-13|不存在的日期",
                "date:去年|无法识别的日期“去年”",
                "date:[2021 2022]|日期范围写法不对",
                "date:[2021 TO 2020]|开始晚于结束",
                "date:[2021 TO 2022|日期范围缺少右方括号",
                "\"\"|引号中间是空的",
            })
    void errorsSayWhatIsWrong(String q, String message) {
        var e = error(q);
        assertTrue(QueryErrorTexts.zh(e).contains(message), q + " -> " + QueryErrorTexts.zh(e));
    }

    @Test
    void pastedProseIsTextNeverASyntaxError() {
        // issue 13: quotes and brackets that a sentence leaves open are characters of the sentence
        for (String prose : List.of(
                "经审理查明，被告人张某于2016年3月在某小区入户盗窃，其辩称“只是路过，并未进入室内",
                "原告诉称：被告于2020年向原告借款（有借条为证，借款到期后被告未归还，故诉至法院",
                "被告人供述称「我当时喝了酒，记不清了」，后又称『没有喝酒』」，前后矛盾，不予采信。",
                "公诉机关指控被告人\"李某\"(化名)于2019年多次贩卖毒品),证据确实充分",
                "被告人王某于2018年5月至2019年3月间多次盗窃电动车共计十二辆，价值三万余元，" + "赃物已追回。".repeat(80))) {
            ParsedQuery parsed = assertDoesNotThrow(() -> parser.parse(prose), prose);
            assertTrue(parsed.longText(), prose);
        }
        // short input with sentence punctuation and an unbalanced quote is text too
        assertDoesNotThrow(() -> parser.parse("其辩称“只是路过，未入室"));
        assertDoesNotThrow(() -> parser.parse("经审理查明：被告人于某日在某地盗窃)"));
    }

    @Test
    void syntaxStaysSyntaxAndItsErrorsStayHelpful() {
        // prose that uses the language (a field, an operator) is parsed as such
        assertFalse(parser.parse("court:朝阳 被告人张某于2016年3月在某小区入户盗窃现金二千元，后被抓获归案。").longText());
        // and when it is clearly meant as syntax, its errors are the 400 they were
        var e = error("(盗窃 OR 抢劫 被告人张某于2016年3月在某小区入户盗窃，其辩称“只是路过");
        assertTrue(
                QueryErrorTexts.zh(e).contains("引号不成对") || QueryErrorTexts.zh(e).contains("括号不成对"),
                QueryErrorTexts.zh(e));
        assertTrue(QueryErrorTexts.zh(error("盗窃 「入户盗窃")).contains("缺少结束引号 」"));
        assertTrue(QueryErrorTexts.zh(error("入户盗窃』")).contains("右引号』"));
    }

    @Test
    void cornerBracketsQuoteAPhrase() {
        assertEquals(parser.parse("\"入户盗窃\"").query(), parser.parse("「入户盗窃」").query());
        assertEquals(parser.parse("“入户盗窃”").query(), parser.parse("『入户盗窃』").query());
    }

    @Test
    void colonsInTextAreNotFields() {
        // 指控： and 7:30 are ordinary text; only known names or ASCII names before a colon are fields
        assertNotNull(parser.parse("北京市人民检察院指控：被告人于7:30许").query());
        assertNotNull(parser.parse("见 http://wenshu.court.gov.cn").query());
    }

    @Test
    void chineseAliasesAndFullWidthColon() {
        assertEquals(parser.parse("court:朝阳").query(), parser.parse("法院：朝阳").query());
        assertEquals(parser.parse("cause:民间借贷").query(), parser.parse("案由:民间借贷").query());
    }

    @Test
    void chineseOperatorsMeanTheSameAsEnglish() {
        assertEquals(parser.parse("盗窃 OR 抢劫").query(), parser.parse("盗窃 或者 抢劫").query());
        assertEquals(parser.parse("盗窃 AND 累犯").query(), parser.parse("盗窃 并且 累犯").query());
        assertEquals(parser.parse("盗窃 AND 累犯").query(), parser.parse("盗窃 累犯").query());
        assertEquals(
                parser.parse("盗窃 NOT 未遂").query(), parser.parse("盗窃 不包含 未遂").query());
        assertEquals(parser.parse("盗窃 NOT 未遂").query(), parser.parse("盗窃 -未遂").query());
    }

    @Test
    void caseNumbersAreNormalised() {
        assertEquals("（2023）京0105民初12345号", QueryParser.normaliseCaseNumber("(2023)京0105民初１２３４５号"));
        assertEquals(
                parser.parse("casenumber:（2023）京0105民初12345号").query(),
                parser.parse("casenumber:(2023)京0105民初12345号").query());
    }
}
