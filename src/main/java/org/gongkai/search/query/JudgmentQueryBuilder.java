package org.gongkai.search.query;

import static org.gongkai.search.index.JudgmentFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.gongkai.search.index.JudgmentAnalyzers;

/**
 * Turns one word, phrase or prefix of the query language into Lucene queries over the weighted
 * fields.
 *
 * <p>A word (a run of text without spaces) is matched two ways, either is enough:
 *
 * <ul>
 *   <li>its SmartChinese words, each as a dis-max over the weighted fields (title, parties, cause
 *       and the reasoning count more than boilerplate such as the closing): all of them for short
 *       words (民间借贷 = 民间 + 借贷), at least {@value #LONG_INPUT_MATCH_PERCENT}% of the
 *       multi-character ones for long pasted text (a sentence of facts);
 *   <li>the word as an exact substring: a phrase of CJK bigrams, which finds what the segmenter
 *       cuts differently in the document (交通肇事 in 交通/肇事罪, company names).
 * </ul>
 *
 * A phrase in quotes is only the exact substring. Words are AND-ed by the parser.
 */
final class JudgmentQueryBuilder {

  /** Where the words of a leaf are looked for. */
  enum Scope { ALL, TEXT, TITLE }

  /** Above this many SmartChinese words, a word is long pasted text and needs only a share of them. */
  static final int SHORT_INPUT_TERMS = 4;
  static final int LONG_INPUT_MATCH_PERCENT = 40;
  /** Long pasted text: only its first this-many words count (keeps the query under the clause limit). */
  static final int LONG_INPUT_MAX_TERMS = 24;
  /** Longer words are not also matched as one exact substring (a phrase of hundreds of bigrams). */
  static final int MAX_SUBSTRING_CHARS = 64;
  static final int MAX_PREFIX_EXPANSIONS = 64;
  static final float TIE_BREAKER = 0.1f;

  static final Map<String, Float> SMART_FIELDS_ALL = new LinkedHashMap<>();
  static final Map<String, Float> SMART_FIELDS_TEXT = new LinkedHashMap<>();
  static final Map<String, Float> BIGRAM_FIELDS_ALL = new LinkedHashMap<>();

  static {
    SMART_FIELDS_TEXT.put(section("reasoning"), 2.0f);
    SMART_FIELDS_TEXT.put(section("facts"), 1.5f);
    SMART_FIELDS_TEXT.put(section("claims"), 1.2f);
    SMART_FIELDS_TEXT.put(section("operative"), 1.0f);
    SMART_FIELDS_TEXT.put(section("legal_basis"), 1.0f);
    SMART_FIELDS_TEXT.put(section("parties"), 1.0f);
    SMART_FIELDS_TEXT.put(TEXT, 1.0f);
    SMART_FIELDS_TEXT.put(section("history"), 0.4f);
    SMART_FIELDS_TEXT.put(section("signatures"), 0.3f);
    SMART_FIELDS_TEXT.put(section("closing"), 0.2f);

    SMART_FIELDS_ALL.put(smart(TITLE), 4.0f);
    SMART_FIELDS_ALL.put(smart(CAUSE), 3.0f);
    SMART_FIELDS_ALL.put(smart(PARTY), 3.0f);
    SMART_FIELDS_ALL.put(smart(LAW), 1.5f);
    SMART_FIELDS_ALL.putAll(SMART_FIELDS_TEXT);

    BIGRAM_FIELDS_ALL.put(bigram(TITLE), 2.0f);
    BIGRAM_FIELDS_ALL.put(bigram(CAUSE), 1.5f);
    BIGRAM_FIELDS_ALL.put(bigram(PARTY), 1.5f);
    BIGRAM_FIELDS_ALL.put(TEXT_BI, 0.7f);
  }

  private final JudgmentAnalyzers analyzers;

  JudgmentQueryBuilder(JudgmentAnalyzers analyzers) {
    this.analyzers = analyzers;
  }

  private static Map<String, Float> smartFields(Scope scope) {
    return switch (scope) {
      case ALL -> SMART_FIELDS_ALL;
      case TEXT -> SMART_FIELDS_TEXT;
      case TITLE -> Map.of(smart(TITLE), 1.0f);
    };
  }

  private static Map<String, Float> bigramFields(Scope scope) {
    return switch (scope) {
      case ALL -> BIGRAM_FIELDS_ALL;
      case TEXT -> Map.of(TEXT_BI, 0.7f);
      case TITLE -> Map.of(bigram(TITLE), 0.5f);
    };
  }

  /** A word without spaces, or null when it has nothing searchable (only punctuation). */
  ParsedQuery word(String word, Scope scope) {
    List<String> terms = smartTerms(word);
    boolean longInput = terms.size() > SHORT_INPUT_TERMS;
    if (longInput) {
      terms = terms.stream().filter(t -> t.codePointCount(0, t.length()) > 1).limit(LONG_INPUT_MAX_TERMS).toList();
    }
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    Query highlight = null;
    if (!terms.isEmpty()) {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (String term : terms) {
        all.add(disMax(smartFields(scope), term), Occur.SHOULD);
      }
      int required =
          longInput ? Math.max(SHORT_INPUT_TERMS, (terms.size() * LONG_INPUT_MATCH_PERCENT + 99) / 100) : terms.size();
      all.setMinimumNumberShouldMatch(Math.min(required, terms.size()));
      either.add(all.build(), Occur.SHOULD);
    }
    Query substring = word.length() <= MAX_SUBSTRING_CHARS ? substring(bigramFields(scope), word) : null;
    if (substring != null) {
      either.add(substring, Occur.SHOULD);
    }
    if (terms.isEmpty() && substring == null) {
      return null;
    }
    if (longInput) {
      BooleanQuery.Builder marks = new BooleanQuery.Builder();
      for (String term : terms) {
        Query q = bigramPhrase(TEXT_BI, term);
        if (q != null) {
          marks.add(q, Occur.SHOULD);
        }
      }
      highlight = marks.build();
    } else {
      highlight = bigramPhrase(TEXT_BI, word);
    }
    return new ParsedQuery(either.build(), highlight);
  }

  /** A quoted phrase: the exact character sequence (punctuation and spaces ignored). */
  ParsedQuery phrase(String text, Scope scope) {
    Query q = substring(bigramFields(scope), text);
    return q == null ? null : new ParsedQuery(q, bigramPhrase(TEXT_BI, text));
  }

  /** A metadata field (court, party, law…): the value as a substring of one of the field's values. */
  ParsedQuery metadata(String bigramField, String value) {
    Query q = bigramPhrase(bigramField, value);
    return q == null ? null : new ParsedQuery(q, bigramPhrase(TEXT_BI, value));
  }

  /** {@code prefix*}: words starting with prefix, at most {@value #MAX_PREFIX_EXPANSIONS} of them. */
  ParsedQuery prefix(String prefix, Scope scope) {
    String p = prefix.toLowerCase(java.util.Locale.ROOT);
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    List<Query> perField = new ArrayList<>();
    for (Map.Entry<String, Float> f : smartFields(scope).entrySet()) {
      perField.add(boost(new PrefixQuery(new Term(f.getKey(), p),
          new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_PREFIX_EXPANSIONS)), f.getValue()));
    }
    either.add(new DisjunctionMaxQuery(perField, TIE_BREAKER), Occur.SHOULD);
    boolean cjk = p.codePoints().anyMatch(cp -> Character.isIdeographic(cp));
    Query highlight;
    if (cjk) {
      Query substring = substring(bigramFields(scope), p);
      if (substring != null) {
        either.add(substring, Occur.SHOULD);
      }
      highlight = bigramPhrase(TEXT_BI, p);
    } else {
      highlight = new PrefixQuery(new Term(TEXT_BI, p),
          new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_PREFIX_EXPANSIONS));
      either.add(highlight, Occur.SHOULD);
    }
    return new ParsedQuery(either.build(), highlight);
  }

  private Query disMax(Map<String, Float> fields, String term) {
    List<Query> perField = new ArrayList<>(fields.size());
    fields.forEach((field, weight) -> perField.add(boost(new TermQuery(new Term(field, term)), weight)));
    return new DisjunctionMaxQuery(perField, TIE_BREAKER);
  }

  private Query substring(Map<String, Float> fields, String text) {
    List<Query> perField = new ArrayList<>(fields.size());
    for (Map.Entry<String, Float> f : fields.entrySet()) {
      Query q = bigramPhrase(f.getKey(), text);
      if (q == null) {
        return null;
      }
      perField.add(boost(q, f.getValue()));
    }
    return new DisjunctionMaxQuery(perField, TIE_BREAKER);
  }

  private static Query boost(Query q, float weight) {
    return weight == 1.0f ? q : new BoostQuery(q, weight);
  }

  /** Distinct SmartChinese words of the text, in order. */
  List<String> smartTerms(String text) {
    return List.copyOf(new LinkedHashSet<>(analyzers.terms(analyzers.smart(), TEXT, text)));
  }

  /** The bigrams of text as a phrase on a bigram field; a TermQuery for one bigram; null for none. */
  Query bigramPhrase(String field, String text) {
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    Term single = null;
    int count = 0;
    try (TokenStream ts = analyzers.bigram().tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += Math.max(1, inc.getPositionIncrement());
        single = new Term(field, term.toString());
        phrase.add(single, pos);
        count++;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (count == 0) {
      return null;
    }
    return count == 1 ? new TermQuery(single) : phrase.build();
  }
}
