package org.gongkai.search.index;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The one analyzer registry of the index. The analyzer of a field follows from its name (see
 * {@link JudgmentFields}): {@code .t} word segmentation, {@code .bi} CJK bigrams, anything else a
 * keyword. Thread-safe; share one instance.
 *
 * <p>Word segmentation is {@link Segmenter#SMARTCN} (Lucene's SmartChinese). HanLP with a legal
 * user dictionary ({@link Segmenter#HANLP}) was measured against it on the search-quality harness
 * (SearchQualityTest, issue 13) and kept as an option, not as the default: see {@link Segmenter}.
 */
public final class JudgmentAnalyzers {

    /** How {@code .t} fields are cut into words. */
    public enum Segmenter {
        /** Lucene SmartChinese (HMM over a word bigram dictionary). */
        SMARTCN,
        /**
         * HanLP portable 1.8.6 (Viterbi over its core dictionary, person-name recognition) with the
         * legal dictionary of {@link LegalDictionary}: charges, civil causes and statute names as words.
         */
        HANLP
    }

    /** The segmenter of the portal's index. */
    public static final Segmenter DEFAULT_SEGMENTER = Segmenter.SMARTCN;

    private final Segmenter segmenter;
    private final Analyzer words;
    private final Analyzer bigram = new BigramAnalyzer();
    private final Analyzer keyword = new KeywordAnalyzer();
    private final Analyzer perField = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return forField(fieldName);
        }
    };

    public JudgmentAnalyzers() {
        this(DEFAULT_SEGMENTER);
    }

    public JudgmentAnalyzers(Segmenter segmenter) {
        this.segmenter = segmenter;
        this.words = segmenter == Segmenter.HANLP ? new HanLpAnalyzer() : new SmartChineseAnalyzer();
    }

    public Segmenter segmenter() {
        return segmenter;
    }

    /** Word segmentation, lower-casing, punctuation removed: the analyzer of {@code .t} fields. */
    public Analyzer smart() {
        return words;
    }

    /** CJK width folding, lower case, CJK bigrams across punctuation (see {@link BridgingBigramTokenizer}). */
    public Analyzer bigram() {
        return bigram;
    }

    /** The analyzer to give an IndexWriter or a highlighter: chooses by field name. */
    public Analyzer perField() {
        return perField;
    }

    public Analyzer forField(String field) {
        if (field.endsWith(JudgmentFields.SMART)) {
            return words;
        }
        if (field.endsWith(JudgmentFields.BIGRAM)) {
            return bigram;
        }
        return keyword;
    }

    /** The terms the analyzer of {@code field} makes of {@code text}, in order. */
    public List<String> terms(String field, String text) {
        return terms(forField(field), field, text);
    }

    public static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        tokens(analyzer, field, text).forEach(t -> out.add(t.term()));
        return out;
    }

    /** A term and the characters of the text it was made of. */
    public record Token(String term, int start, int end) {}

    /** The tokens the analyzer makes of {@code text}, in order, with their offsets in text. */
    public static List<Token> tokens(Analyzer analyzer, String field, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Bigrams as Lucene's CJKAnalyzer makes them but without stop words, and bridging punctuation:
     * legal text has no useless words, and people type a remembered passage without its commas.
     */
    static final class BigramAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new BridgingBigramTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }

        /** Keeps phrases from matching across the values of a multi-valued field (two parties). */
        @Override
        public int getPositionIncrementGap(String fieldName) {
            return 100;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new CJKWidthCharFilter(reader);
        }

        @Override
        protected Reader initReaderForNormalization(String fieldName, Reader reader) {
            return new CJKWidthCharFilter(reader);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

    /** HanLP segmentation with the legal dictionary; punctuation dropped, lower case. */
    static final class HanLpAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new HanLpTokenizer(LegalDictionary.hanlp());
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new CJKWidthCharFilter(reader);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
