package org.gongkai.search.index;

import static org.gongkai.search.index.TestJudgments.judgment;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class JudgmentDocumentMapperTest {
    private final JudgmentDocumentMapper mapper = new JudgmentDocumentMapper();

    @Test
    void mapsKeywordsTextDatesAndFacets() {
        Document doc = mapper.toDocument(judgment(7)
                .facts("被告向原告借款十万元。")
                .reasoning("本院认为，借款事实清楚。")
                .section("closing", "案件受理费由被告负担。")
                .build());

        assertEquals("（2023）京0105民初7号", doc.get("casenumber"));
        assertTrue(Arrays.stream(doc.getFields("id"))
                .anyMatch(f -> f.fieldType().stored() && f.numericValue().longValue() == 7));
        assertEquals("北京市朝阳区人民法院", doc.get("court"));
        assertEquals(4, doc.getValues("cause").length, "every element of the cause path is a keyword");
        assertArrayEquals(new String[] {"合同、准合同纠纷", "合同纠纷", "借款合同纠纷", "民间借贷纠纷"}, doc.getValues("cause"));
        assertNotNull(doc.getField("sec.facts.t"));
        assertNotNull(doc.getField("sec.closing.t"));
        assertEquals("被告向原告借款十万元。", doc.get("sec.facts.t"), "facts are stored for similar()");
        assertFalse(doc.getField("sec.closing.t").fieldType().stored(), "other sections are not stored");
        assertTrue(doc.getField("sec.facts.t").fieldType().stored());
        assertNull(doc.getField("text.t"), "full text is not analysed twice when sections cover it");
        assertTrue(Arrays.stream(doc.getFields("date"))
                .allMatch(f -> f.numericValue().longValue() == LocalDateEpoch.of("2023-05-06")));
        assertTrue(
                Arrays.stream(doc.getFields("date")).anyMatch(f -> f.fieldType().pointDimensionCount() == 1));
        assertEquals("2023", doc.getField("year").stringValue());
        assertTrue(doc.getFields().stream().anyMatch(f -> f.name().equals("$facets")), "facet doc values");
    }

    @Test
    void snippetFieldHasOffsetsInThePostings() {
        Document doc = mapper.toDocument(judgment(1).facts("事实").build());
        IndexableField text = doc.getField("text.bi");
        assertEquals(
                IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
                text.fieldType().indexOptions());
        assertTrue(text.fieldType().stored());
    }

    @Test
    void withoutSectionsTheFullTextIsAnalysedForRelevance() {
        Document doc = mapper.toDocument(judgment(2).fullText("本院认为，被告应当归还借款。").build());
        assertNotNull(doc.getField("text.t"));
        assertEquals("本院认为，被告应当归还借款。", doc.get("summary"));
    }

    @Test
    void blankAndMissingValuesAreSkipped() {
        Document doc = mapper.toDocument(new IndexedJudgment(
                3, null, null, null, null, " ", null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null));
        assertNull(doc.get("court"));
        assertNull(doc.getField("date"));
        assertEquals(
                "3",
                doc.getFields().stream()
                        .filter(f -> f.name().equals("id") && f.stringValue() != null)
                        .findFirst()
                        .orElseThrow()
                        .stringValue());
    }

    private static final class LocalDateEpoch {
        static long of(String iso) {
            return java.time.LocalDate.parse(iso).toEpochDay();
        }
    }
}
