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
    void bigramsBridgePunctuationSoAPassageTypedWithoutItStillMatches() {
        // issue 13: people type a remembered sentence without its commas
        assertEquals(List.of("左右", "右被", "被告", "告人"), analyzers.terms("text.bi", "左右，被告人"));
        assertEquals(analyzers.terms("text.bi", "左右被告人"), analyzers.terms("text.bi", "左右， 被告人"));
        // numbers and Latin words end a chain; a lone character is a unigram; decimals stay whole
        assertEquals(List.of("2016", "年", "3", "月", "3.5", "万元"), analyzers.terms("text.bi", "2016年3月3.5万元"));
        // a bigram across a comma covers the comma (highlighting marks the whole passage)
        var tokens = JudgmentAnalyzers.tokens(analyzers.bigram(), "text.bi", "左右，被");
        assertEquals(new JudgmentAnalyzers.Token("右被", 1, 4), tokens.get(1));
    }

    @Test
    void hanlpWithTheLegalDictionaryKeepsLegalTermsWhole() {
        var hanlp = new JudgmentAnalyzers(JudgmentAnalyzers.Segmenter.HANLP);
        List<String> words = hanlp.terms("text.t", "被告人在公共场所寻衅滋事，构成寻衅滋事罪；民间借贷纠纷。");
        assertTrue(words.contains("寻衅滋事") && words.contains("寻衅滋事罪") && words.contains("民间借贷纠纷"), words.toString());
        assertFalse(words.contains("，") || words.contains("。"), words.toString());
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
