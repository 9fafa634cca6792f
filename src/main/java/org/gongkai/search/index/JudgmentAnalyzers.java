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
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one analyzer registry of the index. The analyzer of a field follows from its name (see
 * {@link JudgmentFields}): {@code .t} SmartChinese, {@code .bi} CJK bigrams, anything else a
 * keyword. Thread-safe; share one instance.
 */
public final class JudgmentAnalyzers {

  private final Analyzer smart = new SmartChineseAnalyzer();
  private final Analyzer bigram = new BigramAnalyzer();
  private final Analyzer keyword = new KeywordAnalyzer();
  private final Analyzer perField =
      new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
          return forField(fieldName);
        }
      };

  /** SmartChinese word segmentation (HMM), lower-casing, punctuation removed. */
  public Analyzer smart() {
    return smart;
  }

  /** StandardTokenizer, CJK width folding, lower case, CJK bigrams (single CJK chars as unigrams). */
  public Analyzer bigram() {
    return bigram;
  }

  /** The analyzer to give an IndexWriter or a highlighter: chooses by field name. */
  public Analyzer perField() {
    return perField;
  }

  public Analyzer forField(String field) {
    if (field.endsWith(JudgmentFields.SMART)) {
      return smart;
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
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Like Lucene's CJKAnalyzer but without stop words: legal text has no useless words. */
  static final class BigramAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream result = new LowerCaseFilter(source);
      result = new CJKBigramFilter(result);
      return new TokenStreamComponents(source, result);
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
}
