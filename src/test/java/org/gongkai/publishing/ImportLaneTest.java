package org.gongkai.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The parallel import keeps the records of one case in one lane: two spellings of a case number are one case to
 * the intake, so they must be one lane too, or an event could run beside (and before) its case's record and be
 * refused for a case that does not exist yet.
 */
class ImportLaneTest {
    @Test
    void twoSpellingsOfOneCaseAreOneLane() {
        String a = BulkImporter.caseNumberOf("{\"kind\":\"case\",\"data\":{\"caseNumber\":\"（2024）京0105民初123号\"}}");
        String b = BulkImporter.caseNumberOf("{\"kind\":\"event\",\"data\":{\"caseNumber\":\"(2024)京0105民初123号\"}}");
        assertNotNull(a);
        assertEquals(a, b);
    }

    @Test
    void anEscapedOrUnreadableCaseNumberGoesTheSerialWay() {
        assertNull(BulkImporter.caseNumberOf(
                "{\"kind\":\"event\",\"data\":{\"caseNumber\":\"\\uFF082024\\uFF09京0105民初123号\"}}"));
        assertNull(BulkImporter.caseNumberOf("{\"kind\":\"event\",\"data\":{\"caseNumber\":\"not a case\"}}"));
        assertEquals(BulkImporter.Lane.SERIAL, BulkImporter.Lane.of("{\"kind\":\"event\",\"data\":{}}", null));
    }
}
