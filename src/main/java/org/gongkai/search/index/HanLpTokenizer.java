package org.gongkai.search.index;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Words of HanLP's default (Viterbi) segmenter with a user dictionary of its own (not HanLP's
 * global one, which other parts of the application may use for something else). Terms without a
 * letter or digit (punctuation, spaces) are dropped.
 */
final class HanLpTokenizer extends Tokenizer {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final Segment segment;
    private final StringBuilder text = new StringBuilder();
    private Iterator<Term> terms = List.<Term>of().iterator();

    HanLpTokenizer(DynamicCustomDictionary dictionary) {
        this.segment = HanLP.newSegment().enableOffset(true).enableCustomDictionary(dictionary);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        BridgingBigramTokenizer.readAll(input, text);
        terms = text.isEmpty()
                ? List.<Term>of().iterator()
                : segment.seg(text.toString()).iterator();
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        while (terms.hasNext()) {
            Term t = terms.next();
            if (t.word.codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            termAtt.setEmpty().append(t.word);
            offsetAtt.setOffset(correctOffset(t.offset), correctOffset(t.offset + t.word.length()));
            return true;
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(text.length());
        offsetAtt.setOffset(last, last);
    }
}
