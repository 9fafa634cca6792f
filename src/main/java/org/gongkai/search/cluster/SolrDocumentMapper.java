package org.gongkai.search.cluster;

import static org.gongkai.search.index.JudgmentFields.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrInputDocument;
import org.gongkai.search.index.IndexedJudgment;
import org.gongkai.search.index.JudgmentIndex;

/**
 * Maps an {@link IndexedJudgment} to the cluster's document: the same fields, values and analysis
 * (by suffix, see the configset's schema.xml) as {@code JudgmentDocumentMapper} gives the embedded
 * index, plus {@code causeTop}/{@code causeChild} for the cause tree facet and {@code idNum} for
 * the id order.
 */
public final class SolrDocumentMapper {
    static final int SUMMARY_CHARS = 150;
    /** Separates a cause and its child in {@code causeChild}. */
    static final char PATH_SEP = '\u001f';

    public static final String CAUSE_TOP = "causeTop";
    public static final String CAUSE_CHILD = "causeChild";
    public static final String ID_NUM = "idNum";

    /**
     * The document key: the id zero-padded, so that the key order (the cursor's tie-breaker) is the
     * id order of the embedded index.
     */
    public static String key(long id) {
        return String.format("%019d", id);
    }

    public SolrInputDocument toDocument(IndexedJudgment j) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(ID, key(j.id()));
        doc.setField(ID_NUM, j.id());
        doc.setField("schemaVersion", JudgmentIndex.SCHEMA_VERSION);
        keyword(doc, CASE_NUMBER, j.caseNumber());
        if (j.caseYear() != null) {
            keyword(doc, CASE_YEAR, j.caseYear().toString());
        }
        keyword(doc, COURT_CODE, j.courtCode());
        keyword(doc, TYPE_CODE, j.typeCode());
        keyword(doc, COURT, j.court());
        text(doc, bigram(COURT), j.court());
        keyword(doc, LEVEL, j.courtLevel());
        doc.setField(LEVEL_RANK, levelRank(j.courtLevel()));
        keyword(doc, PROVINCE, j.province());
        keyword(doc, CATEGORY, j.category());
        keyword(doc, PROCEDURE, j.procedure());
        keyword(doc, KIND, j.documentKind());
        text(doc, bigram(KIND), j.documentKind());

        List<String> causes = clean(j.causePath());
        for (String cause : causes) {
            doc.addField(CAUSE, cause);
            doc.addField(smart(CAUSE), cause);
            doc.addField(bigram(CAUSE), cause);
        }
        if (!causes.isEmpty()) {
            if ("刑事".equals(j.category())) {
                causes.forEach(charge -> doc.addField(CAUSE_TOP, charge));
            } else {
                doc.addField(CAUSE_TOP, causes.get(0));
                if (causes.size() > 1) {
                    doc.addField(CAUSE_CHILD, causes.get(0) + PATH_SEP + causes.get(1));
                }
            }
        }
        if (j.decisionDate() != null) {
            doc.setField(DATE, j.decisionDate().toEpochDay());
            keyword(doc, YEAR, Integer.toString(j.decisionDate().getYear()));
        }
        if (notBlank(j.title())) {
            doc.setField(TITLE, j.title());
            doc.addField(smart(TITLE), j.title());
            doc.addField(bigram(TITLE), j.title());
        }
        people(doc, PARTY, j.parties(), true);
        people(doc, JUDGE, j.judges(), false);
        people(doc, LAWYER, j.lawyers(), false);
        people(doc, FIRM, j.lawFirms(), false);
        for (String law : clean(j.laws())) {
            doc.addField(LAW, law);
            doc.addField(smart(LAW), law);
            doc.addField(bigram(LAW), law);
        }
        for (String article : clean(j.lawArticles())) {
            doc.addField(LAW_ARTICLE, article);
            doc.addField(bigram(LAW), article);
        }
        Map<String, String> sections = j.sections() == null ? Map.of() : j.sections();
        boolean hasSections = false;
        for (Map.Entry<String, String> e : sections.entrySet()) {
            String anchor = e.getKey().replace('-', '_');
            if (notBlank(e.getValue()) && SECTIONS.contains(anchor)) {
                doc.setField(section(anchor), e.getValue());
                hasSections = true;
            }
        }
        String fullText = j.fullText() == null ? "" : j.fullText();
        if (!hasSections && !fullText.isBlank()) {
            doc.setField(TEXT, fullText);
        }
        if (!fullText.isBlank()) {
            doc.setField(TEXT_BI, fullText);
        }
        String summarySource = notBlank(sections.get("facts")) ? sections.get("facts") : fullText;
        if (!summarySource.isBlank()) {
            String s = summarySource.strip().replaceAll("\\s+", " ");
            doc.setField(SUMMARY, s.length() <= SUMMARY_CHARS ? s : s.substring(0, SUMMARY_CHARS) + "…");
        }
        return doc;
    }

    private static void people(SolrInputDocument doc, String field, List<String> names, boolean smartToo) {
        for (String name : clean(names)) {
            doc.addField(field, name);
            doc.addField(bigram(field), name);
            if (smartToo) {
                doc.addField(smart(field), name);
            }
        }
    }

    private static void keyword(SolrInputDocument doc, String field, String value) {
        if (notBlank(value)) {
            doc.setField(field, value.strip());
        }
    }

    private static void text(SolrInputDocument doc, String field, String value) {
        if (notBlank(value)) {
            doc.addField(field, value);
        }
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

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
