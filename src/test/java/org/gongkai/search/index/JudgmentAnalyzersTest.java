package org.gongkai.search.index;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class JudgmentAnalyzersTest {
  private final JudgmentAnalyzers analyzers = new JudgmentAnalyzers();

  @Test
  void bigramFieldCutsEveryTwoCharacters() {
    assertEquals(List.of("民间", "间借", "借贷", "贷纠", "纠纷"), analyzers.terms("text.bi", "民间借贷纠纷"));
  }

  @Test
  void bigramFieldFoldsWidthAndCase() {
    assertEquals(List.of("abc", "123"), analyzers.terms("text.bi", "ＡＢＣ　１２３"));
  }

  @Test
  void bigramsKeepCompanyNamesFindableWhereTheSegmenterSplitsThem() {
    // the segmenter cuts the name into dictionary words; the bigrams of the name as typed are all
    // bigrams of the document text, in order
    List<String> doc = analyzers.terms("text.bi", "原告北京华夏恒达科技有限公司诉称");
    List<String> query = analyzers.terms("text.bi", "华夏恒达科技");
    assertTrue(java.util.Collections.indexOfSubList(doc, query) >= 0, doc + " / " + query);
  }

  @Test
  void smartChineseSegmentsWordsAndDropsPunctuation() {
    assertEquals(List.of("民间", "借贷", "纠纷"), analyzers.terms("text.t", "民间借贷纠纷。"));
  }

  @Test
  void fieldNameChoosesTheAnalyzer() {
    assertSame(analyzers.smart(), analyzers.forField("sec.facts.t"));
    assertSame(analyzers.bigram(), analyzers.forField("party.bi"));
    assertEquals(List.of("北京市朝阳区人民法院"), analyzers.terms("court", "北京市朝阳区人民法院"));
  }
}
