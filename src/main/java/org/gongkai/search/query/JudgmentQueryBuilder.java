package org.gongkai.search.query;

import static org.gongkai.search.index.JudgmentFields.*;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import org.gongkai.search.index.JudgmentAnalyzers.Token;

/**
 * Turns one word, phrase or prefix of the query language into Lucene queries over the weighted
 * fields. BM25 with field weights is the core (title, parties and cause count more than the text;
 * in the text, the reasoning and facts more than the closing). Two shapes, by the length of the input
 * (issue 13):
 *
 * <ul>
 *   <li><b>A word</b> (up to {@value #WORD_MAX_BIGRAMS} bigrams and {@value #WORD_MAX_WORDS} segmented
 *       words: 民间借贷, 张小春, 交通肇事) matches as a unit, inside one field: as its exact character
 *       sequence (a phrase of CJK bigrams, punctuation ignored), as its segmented words within {@value
 *       #NEAR_SLOP} positions of each other in one field, or — scoring {@value #LOOSE}× as much — as
 *       all its words anywhere in one group of fields (the title; the parties; the cause; the sections
 *       of the text). Its characters scattered over the title, the parties and the text do not match.
 *   <li><b>Long text</b> (a pasted sentence or paragraph) is a disjunction: BM25 over its bigrams (on
 *       the full text) and words (on the facts, reasoning and claims), boilerplate stop-phrases
 *       removed (see {@link Boilerplate}), at most {@value #TEXT_MAX_BIGRAMS} and {@value
 *       #TEXT_MAX_WORDS} of them by query frequency × idf, leaving out the rarest (names, places);
 *       plus, for up to {@value
 *       #MAX_SUBSTRING_CHARS} characters, the exact passage, which puts a remembered fragment's
 *       judgment first. Requiring a share of the terms (as before) found only documents that repeat
 *       the paste's wording, not the ones about the same thing. Keeping only the few rarest terms
 *       (tried: 48) is worse: they are names and places, not what the case is about; fewer terms than
 *       these (tried: 64 + 16) lose precision, more (256 + 64) only cost time.
 * </ul>
 *
 * A phrase in quotes is only the exact substring. Words are AND-ed by the parser.
 */
final class JudgmentQueryBuilder {

    /** Where the words of a leaf are looked for. */
    enum Scope {
        ALL,
        TEXT,
        TITLE
    }

    /** Document frequencies of the index being searched, for choosing the terms of long text. */
    interface TermStats {
        int numDocs();

        int docFreq(String field, String term);
    }

    /** A word has at most this many bigram tokens (9 CJK characters) … */
    static final int WORD_MAX_BIGRAMS = 8;
    /** … and at most this many segmented words; anything longer is long text. */
    static final int WORD_MAX_WORDS = 4;
    /** The words of a word may stand this many positions apart (民间借贷的利息 for 民间借贷利息). */
    static final int NEAR_SLOP = 2;
    /** All words of a word in one field but not near each other: a weak match. */
    static final float LOOSE = 0.15f;
    /** Long text is also matched as one exact passage up to this length. */
    static final int MAX_SUBSTRING_CHARS = 64;
    /** The exact passage counts this much more than the same bigrams scattered. */
    static final float PASSAGE_BOOST = 2.0f;
    /** Long text: the bigrams and words it is searched by. */
    static final int TEXT_MAX_BIGRAMS = 128;

    static final int TEXT_MAX_WORDS = 32;
    /** Long text with at least this many terms matches judgments that share {@value #MIN_SHARE_PERCENT}% of them. */
    static final int MIN_SHARE_FROM = 20;

    static final int MIN_SHARE_PERCENT = 10;
    /**
     * Long text is not searched by terms fewer than this share of judgments have (at least 1): on the
     * harness they are names of people and places, which make similar cases of the same village, not of
     * the same kind (text-only similar p@10 0.55 with them, 0.60 without).
     */
    static final double MIN_DOC_FREQ_SHARE = 0.002;

    /** Long text: how many of its words are marked in the snippets (besides the exact passage). */
    static final int MARKED_WORDS = 8;

    static final int MAX_PREFIX_EXPANSIONS = 64;
    static final float TIE_BREAKER = 0.1f;

    /** A field group: a bigram field for exact passages and the word fields of the same content. */
    record Group(String bigramField, float bigramWeight, Map<String, Float> wordFields) {}

    static final Map<String, Float> SECTION_WEIGHTS = new LinkedHashMap<>();

    static {
        SECTION_WEIGHTS.put(section("reasoning"), 2.0f);
        SECTION_WEIGHTS.put(section("facts"), 1.5f);
        SECTION_WEIGHTS.put(section("claims"), 1.2f);
        SECTION_WEIGHTS.put(section("operative"), 1.0f);
        SECTION_WEIGHTS.put(section("legal_basis"), 1.0f);
        SECTION_WEIGHTS.put(section("parties"), 1.0f);
        SECTION_WEIGHTS.put(TEXT, 1.0f);
        SECTION_WEIGHTS.put(section("history"), 0.4f);
        SECTION_WEIGHTS.put(section("signatures"), 0.3f);
        SECTION_WEIGHTS.put(section("closing"), 0.2f);
    }

    static final Group TEXT_GROUP = new Group(TEXT_BI, 0.7f, SECTION_WEIGHTS);
    static final List<Group> ALL_GROUPS = List.of(
            new Group(bigram(TITLE), 2.0f, Map.of(smart(TITLE), 4.0f)),
            new Group(bigram(CAUSE), 1.5f, Map.of(smart(CAUSE), 3.0f)),
            new Group(bigram(PARTY), 1.5f, Map.of(smart(PARTY), 3.0f)),
            new Group(bigram(LAW), 0.75f, Map.of(smart(LAW), 1.5f)),
            TEXT_GROUP);
    static final List<Group> TITLE_GROUPS = List.of(new Group(bigram(TITLE), 0.5f, Map.of(smart(TITLE), 1.0f)));

    /** Long text: the weight of a bigram on the full text (its words count 1 on the sections below). */
    static final float TEXT_BIGRAM_WEIGHT = 1.0f;
    /** Long text: where its words are looked for (the sections a description of facts is compared with). */
    static final Map<String, Float> TEXT_WORD_FIELDS = new LinkedHashMap<>();

    static {
        TEXT_WORD_FIELDS.put(section("facts"), 1.0f);
        TEXT_WORD_FIELDS.put(section("reasoning"), 1.0f);
        TEXT_WORD_FIELDS.put(section("claims"), 0.8f);
        TEXT_WORD_FIELDS.put(TEXT, 1.0f);
    }

    private final JudgmentAnalyzers analyzers;

    JudgmentQueryBuilder(JudgmentAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    private static List<Group> groups(Scope scope) {
        return switch (scope) {
            case ALL -> ALL_GROUPS;
            case TEXT -> List.of(TEXT_GROUP);
            case TITLE -> TITLE_GROUPS;
        };
    }

    // ---- words -------------------------------------------------------------------------------------

    /** A word without spaces, or null when it has nothing searchable (only punctuation). */
    ParsedQuery word(String word, Scope scope, TermStats stats) {
        List<Token> bigrams = bigramTokens(word);
        List<String> words = distinct(JudgmentAnalyzers.terms(analyzers.smart(), TEXT, word));
        if (bigrams.isEmpty() && words.isEmpty()) {
            return null;
        }
        if (bigrams.size() > WORD_MAX_BIGRAMS || words.size() > WORD_MAX_WORDS) {
            return text(word, scope, stats);
        }
        List<Query> unit = new ArrayList<>();
        boolean oneWord = words.size() == 1;
        // a two-character word the segmenter only knows as two characters (供述 → 供 述) is that one bigram, found
        // by the bigram fields alone: its characters two positions apart or scattered over a section are not it
        // (and matched most judgments), and phrases of them cost positions at every match (issue 16); longer
        // ones keep the looser match (a name 张小春 → 张 小 春 is still found as 张 … 小春)
        boolean characters = words.size() == 2 && bigrams.size() == 1;
        for (Group g : groups(scope)) {
            // a single word is its own exact sequence in the text's word fields; the bigram phrase over the whole
            // text would only add positions to decode at every match (most of a common word's cost, issue 16)
            Query exact = oneWord && g == TEXT_GROUP && bigrams.size() > 1 ? null : bigramPhrase(g.bigramField(), word);
            if (exact != null) {
                unit.add(boost(exact, g.bigramWeight()));
            }
            for (Map.Entry<String, Float> f : g.wordFields().entrySet()) {
                if (characters) {
                    break; // its bigram above is the word
                } else if (words.size() == 1) {
                    unit.add(boost(new TermQuery(new Term(f.getKey(), words.get(0))), f.getValue()));
                } else if (words.size() > 1) {
                    unit.add(boost(near(f.getKey(), words), f.getValue()));
                }
            }
            if (words.size() > 1 && !characters) {
                unit.add(boost(allOf(g.wordFields(), words), LOOSE));
            }
        }
        return new ParsedQuery(new DisjunctionMaxQuery(unit, TIE_BREAKER), bigramPhrase(TEXT_BI, word));
    }

    /** The words in order, at most NEAR_SLOP positions of slack in all. */
    private static Query near(String field, List<String> words) {
        PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(NEAR_SLOP);
        words.forEach(w -> b.add(new Term(field, w)));
        return b.build();
    }

    /**
     * Every word somewhere in the group's fields: the sections of the text are one text (利息 in the facts,
     * 民间借贷 in the reasoning), but a word is not made of a party name's character and a title's.
     */
    private static Query allOf(Map<String, Float> fields, List<String> words) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String w : words) {
            List<Query> perField = new ArrayList<>(fields.size());
            fields.forEach((field, weight) -> perField.add(boost(new TermQuery(new Term(field, w)), weight)));
            b.add(perField.size() == 1 ? perField.get(0) : new DisjunctionMaxQuery(perField, TIE_BREAKER), Occur.MUST);
        }
        return b.build();
    }

    // ---- long text ---------------------------------------------------------------------------------

    /** A term of long text with its frequency in the text and its selection weight. */
    private record Candidate(String term, int count, int firstAt, double weight) {}

    /**
     * Long text (a pasted sentence or paragraph) as a weighted disjunction; null when it has nothing
     * searchable. {@code stats} chooses the most telling terms; without it, the first ones are taken.
     */
    ParsedQuery text(String text, Scope scope, TermStats stats) {
        return text(text, scope, stats, TextShape.SEARCH);
    }

    /**
     * How long text is searched: at most {@code maxBigrams} bigrams and {@code maxWords} words, the words
     * on {@code wordFields}; {@code minShare}: matches must share {@value #MIN_SHARE_PERCENT}% of the terms
     * (for a search, whose total and facets count every match; similar judgments only want the best).
     */
    record TextShape(int maxBigrams, int maxWords, Map<String, Float> wordFields, boolean minShare) {
        static final TextShape SEARCH = new TextShape(TEXT_MAX_BIGRAMS, TEXT_MAX_WORDS, TEXT_WORD_FIELDS, true);
        static final TextShape SIMILAR =
                new TextShape(128, 16, Map.of(section("facts"), 1.0f, section("reasoning"), 1.0f, TEXT, 1.0f), false);
    }

    /** Long text searched as {@code shape} says. */
    ParsedQuery text(String text, Scope scope, TermStats stats, TextShape shape) {
        int maxBigrams = shape.maxBigrams();
        int maxWords = shape.maxWords();
        BitSet boilerplate = Boilerplate.covered(text);
        // a remembered fragment is found by its rare words too; a paragraph by what it is about
        boolean paragraph = text.strip().length() > MAX_SUBSTRING_CHARS;
        List<Candidate> bigrams =
                select(candidates(bigramTokens(text), boilerplate, 1), stats, List.of(TEXT_BI), maxBigrams, paragraph);
        List<Candidate> words = select(
                candidates(JudgmentAnalyzers.tokens(analyzers.smart(), TEXT, text), boilerplate, 2),
                stats,
                List.of(section("facts"), TEXT),
                maxWords,
                paragraph);
        Map<String, Float> bigramFields = new LinkedHashMap<>();
        Map<String, Float> wordFields = new LinkedHashMap<>();
        switch (scope) {
            case ALL, TEXT -> {
                bigramFields.put(TEXT_BI, TEXT_BIGRAM_WEIGHT);
                wordFields.putAll(shape.wordFields());
            }
            case TITLE -> {
                bigramFields.put(bigram(TITLE), TEXT_BIGRAM_WEIGHT);
                wordFields.put(smart(TITLE), 1.0f);
            }
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (Candidate c : bigrams) {
            float tf = queryFrequencyBoost(c.count());
            for (Map.Entry<String, Float> f : bigramFields.entrySet()) {
                any.add(boost(new TermQuery(new Term(f.getKey(), c.term())), tf * f.getValue()), Occur.SHOULD);
                clauses++;
            }
        }
        for (Candidate c : words) {
            List<Query> perField = new ArrayList<>();
            wordFields.forEach((field, weight) ->
                    perField.add(boost(new TermQuery(new Term(field, c.term())), weight)));
            any.add(
                    boost(new DisjunctionMaxQuery(perField, TIE_BREAKER), queryFrequencyBoost(c.count())),
                    Occur.SHOULD);
            clauses++;
        }
        int bag = clauses;
        Query passage = null;
        String trimmed = text.strip();
        if (trimmed.length() <= MAX_SUBSTRING_CHARS) {
            passage = passage(scope == Scope.TITLE ? bigram(TITLE) : TEXT_BI, trimmed);
            if (passage != null) {
                any.add(boost(passage, PASSAGE_BOOST), Occur.SHOULD);
                clauses++;
            }
        }
        if (clauses == 0) {
            return null;
        }
        if (shape.minShare() && bag >= MIN_SHARE_FROM) {
            // a judgment sharing one or two bigrams with a paragraph is not a match, only noise in the total
            any.setMinimumNumberShouldMatch(bag * MIN_SHARE_PERCENT / 100);
        }
        // what to mark in the snippet: the passage, else the chosen words
        BooleanQuery.Builder marks = new BooleanQuery.Builder();
        if (passage != null) {
            marks.add(passage, Occur.SHOULD);
        }
        // the most telling words only: each mark costs a postings look-up in every hit's snippet (issue 16)
        List<Candidate> marked = words.stream()
                .sorted(Comparator.comparingDouble(Candidate::weight).reversed())
                .limit(MARKED_WORDS)
                .toList();
        for (Candidate c : marked) {
            Query q = bigramPhrase(TEXT_BI, c.term());
            if (q != null) {
                marks.add(q, Occur.SHOULD);
            }
        }
        return new ParsedQuery(any.build(), marks.build());
    }

    /** 1 for a term said once; more for a term the text keeps repeating, but not proportionally. */
    private static float queryFrequencyBoost(int count) {
        return (float) (1 + Math.log(count));
    }

    /** Distinct terms outside boilerplate, of at least {@code minChars} characters, not only digits. */
    private static List<Candidate> candidates(List<Token> tokens, BitSet boilerplate, int minChars) {
        Map<String, int[]> seen = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (Boilerplate.within(boilerplate, t.start(), t.end())
                    || t.term().codePointCount(0, t.term().length()) < minChars
                    || t.term().chars().allMatch(Character::isDigit)) {
                continue;
            }
            int index = i;
            seen.computeIfAbsent(t.term(), k -> new int[] {0, index})[0]++;
        }
        List<Candidate> out = new ArrayList<>(seen.size());
        seen.forEach((term, countAndFirst) -> out.add(new Candidate(term, countAndFirst[0], countAndFirst[1], 0)));
        return out;
    }

    /**
     * The {@code max} candidates with the highest query-frequency × idf in {@code fields} (the largest
     * document frequency of any), for a paragraph among those at least {@value #MIN_DOC_FREQ_SHARE} of the
     * judgments have;
     * terms the index does not have are dropped (they cannot match). Without stats, the first {@code max}
     * in text order.
     */
    private static List<Candidate> select(
            List<Candidate> candidates, TermStats stats, List<String> fields, int max, boolean withoutRare) {
        if (stats == null) {
            return candidates.stream().limit(max).toList();
        }
        int n = Math.max(1, stats.numDocs());
        int minDocFreq = withoutRare ? (int) Math.max(1, Math.round(n * MIN_DOC_FREQ_SHARE)) : 1;
        List<Candidate> common = new ArrayList<>(candidates.size());
        List<Candidate> rare = new ArrayList<>();
        for (Candidate c : candidates) {
            int df = 0;
            for (String field : fields) {
                df = Math.max(df, stats.docFreq(field, c.term()));
            }
            if (df > 0) {
                double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                Candidate weighted =
                        new Candidate(c.term(), c.count(), c.firstAt(), queryFrequencyBoost(c.count()) * idf);
                (df >= minDocFreq ? common : rare).add(weighted);
            }
        }
        // text made only of rare terms is still searched by them
        List<Candidate> weighted = common.isEmpty() ? rare : common;
        return weighted.stream()
                .sorted(Comparator.comparingDouble(Candidate::weight).reversed().thenComparingInt(Candidate::firstAt))
                .limit(max)
                .sorted(Comparator.comparingInt(Candidate::firstAt))
                .toList();
    }

    /**
     * The exact passage as a bigram phrase, without a cut-off number or Latin word at either end (a
     * fragment copied from 2016年 may start with 016).
     */
    private Query passage(String field, String text) {
        List<Token> tokens = new ArrayList<>(bigramTokens(text));
        while (tokens.size() > 2 && !isCjk(tokens.get(0).term())) {
            tokens.remove(0);
        }
        while (tokens.size() > 2 && !isCjk(tokens.get(tokens.size() - 1).term())) {
            tokens.remove(tokens.size() - 1);
        }
        if (tokens.size() < 2) {
            return null;
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int first = -1;
        List<Token> all = bigramTokens(text);
        for (Token t : tokens) {
            int position = all.indexOf(t);
            if (first < 0) {
                first = position;
            }
            phrase.add(new Term(field, t.term()), position - first);
        }
        return phrase.build();
    }

    private static boolean isCjk(String term) {
        return term.codePoints().anyMatch(Character::isIdeographic);
    }

    // ---- phrases, metadata, prefixes ---------------------------------------------------------------

    /** A quoted phrase: the exact character sequence (punctuation and spaces ignored). */
    ParsedQuery phrase(String text, Scope scope) {
        List<Query> perField = new ArrayList<>();
        for (Group g : groups(scope)) {
            Query q = bigramPhrase(g.bigramField(), text);
            if (q == null) {
                return null;
            }
            perField.add(boost(q, g.bigramWeight()));
        }
        return new ParsedQuery(new DisjunctionMaxQuery(perField, TIE_BREAKER), bigramPhrase(TEXT_BI, text));
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
        for (Group g : groups(scope)) {
            for (Map.Entry<String, Float> f : g.wordFields().entrySet()) {
                perField.add(boost(
                        new PrefixQuery(
                                new Term(f.getKey(), p),
                                new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_PREFIX_EXPANSIONS)),
                        f.getValue()));
            }
        }
        either.add(new DisjunctionMaxQuery(perField, TIE_BREAKER), Occur.SHOULD);
        boolean cjk = p.codePoints().anyMatch(Character::isIdeographic);
        Query highlight;
        if (cjk) {
            ParsedQuery substring = phrase(p, scope);
            if (substring != null) {
                either.add(substring.query(), Occur.SHOULD);
            }
            highlight = bigramPhrase(TEXT_BI, p);
        } else {
            highlight = new PrefixQuery(
                    new Term(TEXT_BI, p), new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_PREFIX_EXPANSIONS));
            either.add(highlight, Occur.SHOULD);
        }
        return new ParsedQuery(either.build(), highlight);
    }

    private static Query boost(Query q, float weight) {
        return weight == 1.0f ? q : new BoostQuery(q, weight);
    }

    private static List<String> distinct(List<String> terms) {
        return List.copyOf(new LinkedHashSet<>(terms));
    }

    private List<Token> bigramTokens(String text) {
        return JudgmentAnalyzers.tokens(analyzers.bigram(), TEXT_BI, text);
    }

    /** The bigrams of text as a phrase on a bigram field; a TermQuery for one bigram; null for none. */
    Query bigramPhrase(String field, String text) {
        List<Token> tokens = bigramTokens(text);
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).term()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int i = 0; i < tokens.size(); i++) {
            phrase.add(new Term(field, tokens.get(i).term()), i);
        }
        return phrase.build();
    }
}
