package org.gongkai.search.index;

import java.util.List;
import java.util.Map;

/**
 * The index schema as code: every field name used by the mapper, the query parser and the searcher.
 *
 * <p>Naming: a bare name is an exact keyword ({@code StringField}, not analysed); {@code .t} is
 * text analysed with SmartChinese (relevance); {@code .bi} is the CJK-bigram shadow of the same
 * text (recall, exact substring phrases, snippets). {@link JudgmentAnalyzers} picks the analyzer
 * from the suffix.
 */
public final class JudgmentFields {
    private JudgmentFields() {}

    /** Suffix of SmartChinese-analysed text fields. */
    public static final String SMART = ".t";
    /** Suffix of CJK-bigram-analysed text fields. */
    public static final String BIGRAM = ".bi";

    // identity and case number
    /** Judgment id: indexed term (for updateDocument), numeric doc values (sort), stored. */
    public static final String ID = "id";

    public static final String CASE_NUMBER = "casenumber";
    public static final String CASE_YEAR = "caseYear";
    public static final String COURT_CODE = "courtCode";
    public static final String TYPE_CODE = "typeCode";

    // keyword metadata (exact filters; most are also facet dimensions)
    public static final String COURT = "court";
    public static final String LEVEL = "level";
    /** Numeric doc values: 0 = 最高 … 4 = 专门, 9 unknown; for the court-level sort. */
    public static final String LEVEL_RANK = "levelRank";

    public static final String PROVINCE = "province";
    public static final String CATEGORY = "category";
    /** Every element of the cause path (or every charge). */
    public static final String CAUSE = "cause";

    public static final String PROCEDURE = "procedure";
    public static final String KIND = "kind";
    /** Decision year as a keyword (facet and filter). */
    public static final String YEAR = "year";
    /** Law names, e.g. 中华人民共和国民法典. */
    public static final String LAW = "law";
    /** Law articles, e.g. 中华人民共和国民法典第五百七十七条. */
    public static final String LAW_ARTICLE = "lawArticle";

    public static final String PARTY = "party";
    public static final String JUDGE = "judge";
    public static final String LAWYER = "lawyer";
    public static final String FIRM = "firm";

    /** Decision date as epoch day: LongPoint (range), doc values (sort), stored. */
    public static final String DATE = "date";

    // text
    public static final String TITLE = "title";
    /** Full text, SmartChinese; indexed only when the judgment has no sections (they cover it). */
    public static final String TEXT = "text" + SMART;
    /** Full text, bigrams, stored, with offsets: the snippet source. */
    public static final String TEXT_BI = "text" + BIGRAM;
    /** First characters of the facts (or full text): shown when no passage matches. */
    public static final String SUMMARY = "summary";
    /** Prefix of per-section SmartChinese fields: {@code sec.facts.t}. */
    public static final String SECTION_PREFIX = "sec.";

    /** Section anchors, as in the judgment-structure spec. */
    public static final List<String> SECTIONS = List.of(
            "parties", "history", "claims", "facts", "reasoning", "legal_basis", "operative", "closing", "signatures");

    /** Sections whose text is also stored, for {@code similar()} (MoreLikeThis). */
    public static final List<String> STORED_SECTIONS = List.of("facts", "reasoning");

    public static String smart(String base) {
        return base + SMART;
    }

    public static String bigram(String base) {
        return base + BIGRAM;
    }

    public static String section(String anchor) {
        return SECTION_PREFIX + anchor + SMART;
    }

    /** Facet dimensions (SortedSetDocValues), in display order. */
    public static final List<String> FACET_DIMS =
            List.of(LEVEL, PROVINCE, COURT, CATEGORY, CAUSE, PROCEDURE, KIND, YEAR, LAW);

    /**
     * Filter keys accepted in {@code SearchRequest.filters} and the keyword field each one matches.
     * The facet dimensions plus the case-number parts the application uses for partial case numbers.
     */
    public static final Map<String, String> FILTER_FIELDS = Map.ofEntries(
            Map.entry(ID, ID), // restricts a search to given documents (alerts match new documents so)
            Map.entry(LEVEL, LEVEL),
            Map.entry(PROVINCE, PROVINCE),
            Map.entry(COURT, COURT),
            Map.entry(CATEGORY, CATEGORY),
            Map.entry(CAUSE, CAUSE),
            Map.entry(PROCEDURE, PROCEDURE),
            Map.entry(KIND, KIND),
            Map.entry(YEAR, YEAR),
            Map.entry(LAW, LAW),
            Map.entry(LAW_ARTICLE, LAW_ARTICLE),
            Map.entry(CASE_NUMBER, CASE_NUMBER),
            Map.entry(CASE_YEAR, CASE_YEAR),
            Map.entry(COURT_CODE, COURT_CODE),
            Map.entry(TYPE_CODE, TYPE_CODE));

    /** Court levels, highest first; the index of a level is its {@link #LEVEL_RANK}. */
    public static final List<String> COURT_LEVELS = List.of("最高", "高级", "中级", "基层", "专门");

    public static int levelRank(String level) {
        int i = level == null ? -1 : COURT_LEVELS.indexOf(level.strip());
        return i < 0 ? 9 : i;
    }
}
