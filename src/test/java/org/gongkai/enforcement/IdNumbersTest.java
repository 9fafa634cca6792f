package org.gongkai.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumbersTest {
    @Test
    void maskShowsTheRegionPrefixOnly() {
        assertEquals("3303**************", IdNumbers.mask("330302198001011234"));
        assertEquals("3303**************", IdNumbers.mask("33030219800101123x"));
        assertEquals("3303**************", IdNumbers.mask("３３０３０２１９８００１０１１２３４"));
        assertEquals("3303***********", IdNumbers.mask("330302800101234"));
        // the older form (rules example 3303**********1234) still stored or sent somewhere is masked again
        assertEquals("3303**************", IdNumbers.mask("3303**********1234"));
        assertEquals("3303**************", IdNumbers.mask(IdNumbers.mask("330302198001011234")));
        // no part of a short value: it is not a number the rules let us show any of
        assertEquals("********", IdNumbers.mask("12345678"));
        assertEquals("****", IdNumbers.mask("1234"));
        for (String shown : new String[] {IdNumbers.mask("330302198001011234"), IdNumbers.mask("330302800101234")}) {
            assertFalse(shown.matches(".*\\d{5,}.*"), shown);
            assertFalse(shown.contains("1234"), shown);
        }
    }

    @Test
    void publicAgeCountsCalendarYearsSoItNeverRevealsTheBirthday() {
        LocalDate birth = LocalDate.of(1980, 5, 17);
        assertEquals(46, IdNumbers.publicAge(birth, LocalDate.of(2026, 1, 1)));
        assertEquals(46, IdNumbers.publicAge(birth, LocalDate.of(2026, 5, 16)));
        assertEquals(46, IdNumbers.publicAge(birth, LocalDate.of(2026, 5, 17)));
        assertEquals(46, IdNumbers.publicAge(birth, LocalDate.of(2026, 12, 31)));
        assertEquals(47, IdNumbers.publicAge(birth, LocalDate.of(2027, 1, 1)));
        // two people born on the first and the last day of a year show the same age every day
        LocalDate d = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 365; i++, d = d.plusDays(1)) {
            assertEquals(
                    IdNumbers.publicAge(LocalDate.of(1990, 1, 1), d),
                    IdNumbers.publicAge(LocalDate.of(1990, 12, 31), d));
        }
        assertEquals(null, IdNumbers.publicAge(null, d));
    }

    @Test
    void normalisesAndReadsTheNumber() {
        assertEquals("33030219800101123X", IdNumbers.normalise(" 330302 19800101 123x "));
        assertTrue(IdNumbers.isFull("33030219800101123X"));
        assertTrue(IdNumbers.isFull("330302800101123"));
        assertFalse(IdNumbers.isFull("3303021980010112"));
        assertFalse(IdNumbers.isFull("1234"));
        assertFalse(IdNumbers.isFull("01123X"));
        assertEquals(
                LocalDate.of(1980, 1, 1),
                IdNumbers.birthDate("33030219800101123X").orElseThrow());
        assertEquals(
                LocalDate.of(1980, 1, 1), IdNumbers.birthDate("330302800101123").orElseThrow());
        assertTrue(IdNumbers.birthDate("330302198013011234").isEmpty());
        assertEquals("男", IdNumbers.sex("330302198001011234").orElseThrow());
        assertEquals("女", IdNumbers.sex("330302198001011224").orElseThrow());
    }
}
