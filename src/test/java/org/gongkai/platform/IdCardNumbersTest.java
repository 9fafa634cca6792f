package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 11643 check digits and birth dates of resident ID numbers, as every intake checks them. */
class IdCardNumbersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // the worked example of GB 11643—1999 and numbers computed by hand: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4
        // 2, MOD 11
        "11010519491231002, X",
        "44052418800101001, 4",
        "11010519900101007, X",
        "11010519850302123, 3",
        "33030219800517001, X",
    })
    void checkDigitIsIso7064Mod11_2(String first17, char expected) {
        assertEquals(expected, IdCardNumbers.checkDigit(first17));
    }

    @Test
    void everyWrongCheckDigitIsFoundAndOnlyTheRightOnePasses() {
        String first17 = "11010519850302123";
        int sound = 0;
        for (char c : "0123456789X".toCharArray()) {
            Optional<IdCardNumbers.Defect> d = IdCardNumbers.defect(first17 + c, TODAY);
            if (d.isEmpty()) {
                sound++;
                assertEquals('3', c);
            } else {
                assertEquals(IdCardNumbers.Defect.CHECK_DIGIT, d.get());
            }
        }
        assertEquals(1, sound);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "11010519491231002x",
                "１１０１０５１９４９１２３１００２Ｘ",
                "110105 19491231 002X",
                "110105-19491231-002X",
                "1101\u200B0519491231002X"
            })
    void widthSpacesSeparatorsInvisibleCharactersAndLowerCaseXAreTheSameNumber(String written) {
        assertTrue(IdCardNumbers.isResidentIdForm(written));
        assertEquals(Optional.empty(), IdCardNumbers.defect(written, TODAY));
        assertEquals("11010519491231002X", IdCardNumbers.canonical(written));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "110105198502301233, impossible day (30 February)",
        "110105198513011231, month 13",
        "110105203001011231, born after today",
        "110105180001011232, born before 1880",
        "110105850230123, legacy 15 digits: 30 February 1985",
    })
    void impossibleBirthDatesAreDefects(String id, String why) {
        assertEquals(Optional.of(IdCardNumbers.Defect.BIRTH_DATE), IdCardNumbers.defect(id, TODAY), why);
    }

    @Test
    void legacyFifteenDigitNumbersHaveNoCheckDigitButADate() {
        assertEquals(Optional.empty(), IdCardNumbers.defect("110105850302123", TODAY));
        assertEquals(Optional.of(LocalDate.of(1985, 3, 2)), IdCardNumbers.birthDate("110105850302123"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"E12345678", "11010119800101123", "91110105MA0000000X", "1234", "", "１１０"})
    void otherIdentifiersAreNotJudgedHere(String value) {
        assertFalse(IdCardNumbers.isResidentIdForm(value));
        assertEquals(Optional.empty(), IdCardNumbers.defect(value, TODAY));
    }

    @Test
    void theProblemNamesTheFieldInChineseAndEnglishAndNeverRepeatsTheNumber() {
        String wrong = "110105198503021234";
        ProblemException e = assertThrows(
                ProblemException.class, () -> IdCardNumbers.requireSound("parties[1].idNumber", wrong, TODAY));
        assertEquals(400, e.status());
        assertEquals("parties[1].idNumber", e.field());
        assertTrue(e.detail().contains("校验位") && e.detail().contains("check digit"), e.detail());
        assertFalse(e.detail().contains(wrong) || e.detail().contains("19850302"), e.detail());
        IdCardNumbers.requireSound("x", "110105198503021233", TODAY);
        IdCardNumbers.requireSound("x", null, TODAY);
    }

    @Test
    void minorsAreRecognisedFromTheBirthDate() {
        assertTrue(IdCardNumbers.minorOn("110105200901011233", LocalDate.of(2025, 6, 10)));
        assertFalse(IdCardNumbers.minorOn("110105200901011233", LocalDate.of(2027, 1, 1)));
        assertFalse(IdCardNumbers.minorOn("not a number", LocalDate.of(2025, 6, 10)));
    }
}
