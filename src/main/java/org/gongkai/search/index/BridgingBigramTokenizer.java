package org.gongkai.search.index;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Overlapping bigrams of CJK characters, as Lucene's StandardTokenizer + CJKBigramFilter make them,
 * with one difference: punctuation and spaces between two CJK characters do not break the chain. 左右，被告人
 * gives 左右 右被 被告 告人, the same bigrams as 左右被告人. So a passage typed without its punctuation (as
 * people type a remembered sentence, issue 13) is still a contiguous phrase of the document, and a
 * passage typed with it still is too.
 *
 * <p>Letters and digits (2016, abc, 3.5) are one token per run and end a CJK chain; a CJK character
 * with no CJK neighbour in its chain is a unigram. Offsets index the text as given to the analyzer
 * (a bigram across a comma covers the comma), so highlighting marks whole passages.
 */
final class BridgingBigramTokenizer extends Tokenizer {
    /** Longer runs of letters or digits are cut, as StandardTokenizer does. */
    static final int MAX_RUN = 255;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);

    private final StringBuilder text = new StringBuilder();
    private int pos;
    /** Start of the previous CJK character of the current chain, or -1. */
    private int previous = -1;

    private int previousLength;
    /** Whether the current chain has given a bigram yet (then its last character is no unigram). */
    private boolean chainHasBigram;

    @Override
    public void reset() throws IOException {
        super.reset();
        readAll(input, text);
        pos = 0;
        previous = -1;
        chainHasBigram = false;
    }

    /** Replaces the contents of {@code into} with everything {@code input} has. */
    static void readAll(java.io.Reader input, StringBuilder into) throws IOException {
        into.setLength(0);
        char[] buffer = new char[4096];
        for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
            into.append(buffer, 0, n);
        }
    }

    static boolean isCjk(int cp) {
        if (Character.isIdeographic(cp)) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        int length = text.length();
        while (pos < length) {
            int cp = text.codePointAt(pos);
            int n = Character.charCount(cp);
            if (isCjk(cp)) {
                if (previous >= 0) {
                    emit(previous, pos + n);
                    previous = pos;
                    previousLength = n;
                    chainHasBigram = true;
                    pos += n;
                    return true;
                }
                previous = pos;
                previousLength = n;
                chainHasBigram = false;
                pos += n;
            } else if (Character.isLetterOrDigit(cp)) {
                if (endChainWithUnigram()) {
                    return true; // the run is read on the next call
                }
                int start = pos;
                while (pos < length && pos - start < MAX_RUN) {
                    int c = text.codePointAt(pos);
                    boolean decimalPoint = c == '.'
                            && pos > start
                            && Character.isDigit(text.charAt(pos - 1))
                            && pos + 1 < length
                            && Character.isDigit(text.charAt(pos + 1));
                    if (!(Character.isLetterOrDigit(c) && !isCjk(c)) && !decimalPoint) {
                        break;
                    }
                    pos += Character.charCount(c);
                }
                emit(start, pos);
                return true;
            } else {
                pos += n; // punctuation, spaces and symbols do not break a CJK chain
            }
        }
        return endChainWithUnigram();
    }

    /** Ends the current chain; emits its character when it had no neighbour. */
    private boolean endChainWithUnigram() {
        boolean unigram = previous >= 0 && !chainHasBigram;
        int start = previous;
        previous = -1;
        chainHasBigram = false;
        if (unigram) {
            emit(start, start + previousLength);
        }
        return unigram;
    }

    /** A token of the characters at [start, end), CJK bigrams without what lies between the two. */
    private void emit(int start, int end) {
        int first = text.codePointAt(start);
        if (isCjk(first) && end - start > Character.charCount(first)) {
            int second = text.codePointBefore(end);
            termAtt.setEmpty();
            termAtt.append(new StringBuilder().appendCodePoint(first).appendCodePoint(second));
        } else {
            termAtt.setEmpty().append(text, start, end);
        }
        offsetAtt.setOffset(correctOffset(start), correctOffset(end));
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(text.length());
        offsetAtt.setOffset(last, last);
    }
}
