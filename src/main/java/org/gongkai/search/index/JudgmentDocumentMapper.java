package org.gongkai.search.index;

import static org.gongkai.search.index.JudgmentFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/** Maps an {@link IndexedJudgment} to its Lucene document: the only place that knows the schema. */
public final class JudgmentDocumentMapper {

    /** Length of the stored summary shown when no passage matches the query. */
    public static final int SUMMARY_CHARS = 150;

    /** Full text for snippets: bigrams, stored, offsets in the postings (no re-analysis to highlight). */
    static final FieldType STORED_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        STORED_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        STORED_WITH_OFFSETS.freeze();
    }

    private static final FacetsConfig FACETS = newFacetsConfig();

    private static FacetsConfig newFacetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setHierarchical(CAUSE, true);
        config.setMultiValued(CAUSE, true);
        config.setMultiValued(LAW, true);
        return config;
    }

    /** The facet configuration used to index; searches must use the same one. */
    public static FacetsConfig facetsConfig() {
        return FACETS;
    }

    public static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    public Document toDocument(IndexedJudgment j) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(j.id()), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID, j.id()));
        doc.add(new StoredField(ID, j.id()));

        keyword(doc, CASE_NUMBER, j.caseNumber(), true);
        if (j.caseYear() != null) {
            keyword(doc, CASE_YEAR, j.caseYear().toString(), false);
        }
        keyword(doc, COURT_CODE, j.courtCode(), false);
        keyword(doc, TYPE_CODE, j.typeCode(), false);

        keyword(doc, COURT, j.court(), true);
        text(doc, bigram(COURT), j.court());
        facet(doc, COURT, j.court());
        keyword(doc, LEVEL, j.courtLevel(), false);
        facet(doc, LEVEL, j.courtLevel());
        doc.add(new NumericDocValuesField(LEVEL_RANK, levelRank(j.courtLevel())));
        keyword(doc, PROVINCE, j.province(), false);
        facet(doc, PROVINCE, j.province());
        // stored: similar judgments are looked for in the same category only
        keyword(doc, CATEGORY, j.category(), true);
        facet(doc, CATEGORY, j.category());
        keyword(doc, PROCEDURE, j.procedure(), false);
        facet(doc, PROCEDURE, j.procedure());
        keyword(doc, KIND, j.documentKind(), true);
        text(doc, bigram(KIND), j.documentKind());
        facet(doc, KIND, j.documentKind());

        List<String> causes = clean(j.causePath());
        for (String cause : causes) {
            keyword(doc, CAUSE, cause, true);
            text(doc, smart(CAUSE), cause);
            text(doc, bigram(CAUSE), cause);
        }
        if (!causes.isEmpty()) {
            if ("刑事".equals(j.category())) {
                // charges are a set, not a path: each one is a top-level value
                causes.forEach(charge -> doc.add(new SortedSetDocValuesFacetField(CAUSE, charge)));
            } else {
                doc.add(new SortedSetDocValuesFacetField(CAUSE, causes.toArray(String[]::new)));
            }
        }

        if (j.decisionDate() != null) {
            long day = j.decisionDate().toEpochDay();
            doc.add(new LongPoint(DATE, day));
            doc.add(new NumericDocValuesField(DATE, day));
            doc.add(new StoredField(DATE, day));
            String year = Integer.toString(j.decisionDate().getYear());
            keyword(doc, YEAR, year, false);
            facet(doc, YEAR, year);
        }

        if (notBlank(j.title())) {
            doc.add(new StoredField(TITLE, j.title()));
            text(doc, smart(TITLE), j.title());
            text(doc, bigram(TITLE), j.title());
        }
        people(doc, PARTY, j.parties(), true);
        people(doc, JUDGE, j.judges(), false);
        people(doc, LAWYER, j.lawyers(), false);
        people(doc, FIRM, j.lawFirms(), false);

        for (String law : clean(j.laws())) {
            keyword(doc, LAW, law, true);
            text(doc, smart(LAW), law);
            text(doc, bigram(LAW), law);
            doc.add(new SortedSetDocValuesFacetField(LAW, law));
        }
        for (String article : clean(j.lawArticles())) {
            keyword(doc, LAW_ARTICLE, article, true);
            text(doc, bigram(LAW), article);
        }

        Map<String, String> sections = j.sections() == null ? Map.of() : j.sections();
        boolean hasSections = false;
        for (Map.Entry<String, String> e : sections.entrySet()) {
            // the text parser's anchor is legal-basis, the field legal_basis: both are the same section
            String anchor = e.getKey().replace('-', '_');
            if (notBlank(e.getValue()) && SECTIONS.contains(anchor)) {
                boolean stored = STORED_SECTIONS.contains(anchor);
                doc.add(new TextField(section(anchor), e.getValue(), stored ? Field.Store.YES : Field.Store.NO));
                hasSections = true;
            }
        }
        String fullText = j.fullText() == null ? "" : j.fullText();
        if (!hasSections && !fullText.isBlank()) {
            // sections cover the full text; analysing it twice with SmartChinese would double the cost
            text(doc, TEXT, fullText);
        }
        if (!fullText.isBlank()) {
            doc.add(new Field(TEXT_BI, fullText, STORED_WITH_OFFSETS));
        }
        String summarySource = notBlank(sections.get("facts")) ? sections.get("facts") : fullText;
        if (!summarySource.isBlank()) {
            doc.add(new StoredField(SUMMARY, summary(summarySource)));
        }
        try {
            return FACETS.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String summary(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        return s.length() <= SUMMARY_CHARS ? s : s.substring(0, SUMMARY_CHARS) + "…";
    }

    private static void people(Document doc, String field, List<String> names, boolean smartToo) {
        for (String name : clean(names)) {
            keyword(doc, field, name, false);
            text(doc, bigram(field), name);
            if (smartToo) {
                text(doc, smart(field), name);
            }
        }
    }

    private static void keyword(Document doc, String field, String value, boolean stored) {
        if (notBlank(value)) {
            doc.add(new StringField(field, value.strip(), stored ? Field.Store.YES : Field.Store.NO));
        }
    }

    private static void text(Document doc, String field, String value) {
        if (notBlank(value)) {
            doc.add(new TextField(field, value, Field.Store.NO));
        }
    }

    private static void facet(Document doc, String dim, String value) {
        if (notBlank(value)) {
            doc.add(new SortedSetDocValuesFacetField(dim, value.strip()));
        }
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    /** Non-blank, stripped, de-duplicated values in their original order. */
    static List<String> clean(Collection<String> values) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (notBlank(v)) {
                out.add(v.strip());
            }
        }
        return new ArrayList<>(out);
    }
}
