package org.gongkai.search.query;

import static org.junit.jupiter.api.Assertions.*;

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
    assertTrue(e.getMessage().contains("未知字段“foo”"), e.getMessage());
    assertTrue(e.getMessage().contains("court（法院）") && e.getMessage().contains("casenumber（案号）"), e.getMessage());
    assertEquals(0, e.position());
  }

  @Test
  void unbalancedQuotes() {
    var e = error("盗窃 \"入户盗窃");
    assertTrue(e.getMessage().startsWith("引号不成对"), e.getMessage());
    assertEquals(3, e.position());
    assertTrue(error("盗窃 “入户盗窃").getMessage().contains("缺少结束引号 ”"));
    assertTrue(error("盗窃 入户盗窃”").getMessage().contains("右引号"));
  }

  @Test
  void unbalancedParentheses() {
    var open = error("(盗窃 OR 抢劫");
    assertTrue(open.getMessage().contains("缺少对应的右括号"), open.getMessage());
    assertEquals(0, open.position());
    var close = error("盗窃 OR 抢劫)");
    assertTrue(close.getMessage().contains("多余的右括号"), close.getMessage());
    assertEquals(8, close.position());
    assertTrue(error("盗窃 ()").getMessage().contains("括号里是空的"));
  }

  @Test
  void wildcards() {
    var leading = error("*借款");
    assertTrue(leading.getMessage().contains("不支持以 * 开头的通配符"), leading.getMessage());
    assertTrue(error("借*").getMessage().contains("至少需要 2 个字"));
    assertTrue(error("借*款").getMessage().contains("只能放在词尾"));
    assertNotNull(parser.parse("借款*").query());
  }

  @Test
  void lengthAndClauseCaps() {
    var tooLong = error("盗".repeat(QueryParser.MAX_LENGTH + 1));
    assertTrue(tooLong.getMessage().contains("查询过长：最多 500 个字符，当前 501 个"), tooLong.getMessage());
    var tooMany = error("词 ".repeat(QueryParser.MAX_CLAUSES + 1));
    assertTrue(tooMany.getMessage().contains("查询过于复杂"), tooMany.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiterString = "|", value = {
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
    assertTrue(e.getMessage().contains(message), q + " -> " + e.getMessage());
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
    assertEquals(parser.parse("盗窃 NOT 未遂").query(), parser.parse("盗窃 不包含 未遂").query());
    assertEquals(parser.parse("盗窃 NOT 未遂").query(), parser.parse("盗窃 -未遂").query());
  }

  @Test
  void caseNumbersAreNormalised() {
    assertEquals("（2023）京0105民初12345号", QueryParser.normaliseCaseNumber("(2023)京0105民初１２３４５号"));
    assertEquals(parser.parse("casenumber:（2023）京0105民初12345号").query(),
        parser.parse("casenumber:(2023)京0105民初12345号").query());
  }
}
