package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorTest {
    @Test
    void roundTripsItsValuesWithSeparatorsAndChineseInside() {
        String c = Cursor.encode("enforcement:DISHONEST:NAME", "张|三\"，", new BigDecimal("1591000.00"), 42L, 1.25f);
        assertTrue(c.matches("[A-Za-z0-9_-]+"), "URL-safe: " + c);
        assertEquals(List.of("张|三\"，", "1591000.00", "42", "1.25"), Cursor.decode(c, "enforcement:DISHONEST:NAME", 4));
    }

    @Test
    void refusesAnotherListAnotherLengthAndGarbage() {
        String c = Cursor.encode("hearings:asc", 1, 2);
        Cursor.Invalid other = assertThrows(Cursor.Invalid.class, () -> Cursor.decode(c, "hearings:desc", 2));
        assertEquals(Cursor.Invalid.Why.OTHER_LIST, other.why());
        assertEquals(400, other.status());
        assertEquals("cursor", other.field());
        assertThrows(Cursor.Invalid.class, () -> Cursor.decode(c, "hearings:asc", 3));
        assertThrows(Cursor.Invalid.class, () -> Cursor.decode("%%%", "hearings:asc", 2));
        assertThrows(Cursor.Invalid.class, () -> Cursor.decode(c.substring(0, c.length() - 4), "hearings:asc", 2));
        assertThrows(Cursor.Invalid.class, () -> Cursor.decode("WzEsMl0", "hearings:asc", 2)); // [1,2]
    }
}
