package org.gongkai.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumbersTest {
    @Test
    void masksKeepingFirstFourAndLastFour() {
        assertEquals("3303**********1234", IdNumbers.mask("330302198001011234"));
        assertEquals("3303**********123X", IdNumbers.mask("33030219800101123x"));
        assertEquals("3303**********1234", IdNumbers.mask("３３０３０２１９８００１０１１２３４"));
        assertEquals("3303*******1234", IdNumbers.mask("330302800101234".substring(0, 11) + "1234"));
        assertEquals("12****78", IdNumbers.mask("12345678"));
        assertEquals("**34", IdNumbers.mask("1234"));
        assertFalse(IdNumbers.mask("330302198001011234").contains("19800101"));
    }

    @Test
    void normalisesRecognisesAndDerives() {
        assertEquals("33030219800101123X", IdNumbers.normalise(" 330302 19800101 123x "));
        assertTrue(IdNumbers.isFull("33030219800101123X"));
        assertTrue(IdNumbers.isFull("330302800101123"));
        assertFalse(IdNumbers.isFull("3303021980010112"));
        assertTrue(IdNumbers.isSuffix("1234"));
        assertTrue(IdNumbers.isSuffix("01123X"));
        assertFalse(IdNumbers.isSuffix("12345"));
        assertEquals(LocalDate.of(1980, 1, 1), IdNumbers.birthDate("33030219800101123X").orElseThrow());
        assertEquals(LocalDate.of(1980, 1, 1), IdNumbers.birthDate("330302800101123").orElseThrow());
        assertTrue(IdNumbers.birthDate("330302198013011234").isEmpty());
        assertEquals("男", IdNumbers.sex("330302198001011234").orElseThrow());
        assertEquals("女", IdNumbers.sex("330302198001011224").orElseThrow());
        assertEquals("1234", IdNumbers.last("330302198001011234", 4));
        assertNotEquals(IdNumbers.hash("330302198001011234"), IdNumbers.hash("330302198001011235"));
        assertFalse(IdNumbers.hash("330302198001011234").contains("330302198001011234"));
    }

    @Test
    void minorAtDecisionDate() {
        LocalDate decision = LocalDate.of(2024, 6, 1);
        assertTrue(EnforcementIntake.isMinor(LocalDate.of(2006, 6, 2), decision));
        assertFalse(EnforcementIntake.isMinor(LocalDate.of(2006, 6, 1), decision));
    }

    @Test
    void amountIsReadFromObligationText() {
        assertEquals("12345.67", EnforcementIntake.amountIn("支付货款12,345.67元及利息").toPlainString());
        assertEquals("50000", EnforcementIntake.amountIn("赔偿损失5万元").toPlainString());
        assertEquals(null, EnforcementIntake.amountIn("交付房屋"));
    }
}
