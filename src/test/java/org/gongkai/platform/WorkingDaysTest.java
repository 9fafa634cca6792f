package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
    private final WorkingDays days = WorkingDays.standard();

    @Test
    void weekendsRestAndWeekdaysWork() {
        assertTrue(days.isWorkingDay(LocalDate.of(2025, 3, 3)));
        assertFalse(days.isWorkingDay(LocalDate.of(2025, 3, 8)));
    }

    @Test
    void holidaysAndAdjustedWorkingDaysComeFromTheCalendar() {
        assertFalse(days.isWorkingDay(LocalDate.of(2024, 10, 1)), "National Day");
        assertTrue(days.isWorkingDay(LocalDate.of(2024, 10, 12)), "Saturday made a working day");
        assertFalse(days.isWorkingDay(LocalDate.of(2025, 1, 29)), "Spring Festival");
    }

    @Test
    void sevenWorkingDaysSkipTheNationalDayWeek() {
        // effective Sunday 2024-09-29 (itself a working day): 9/30, then 10/8..10/12 (10/12 is a Saturday working day),
        // 10/14
        assertEquals(LocalDate.of(2024, 10, 12), days.plusWorkingDays(LocalDate.of(2024, 9, 29), 6));
        assertEquals(LocalDate.of(2024, 10, 14), days.plusWorkingDays(LocalDate.of(2024, 9, 29), 7));
    }

    @Test
    void plainWeekCounts() {
        assertEquals(LocalDate.of(2025, 3, 12), days.plusWorkingDays(LocalDate.of(2025, 3, 3), 7));
        assertEquals(7, days.workingDaysBetween(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 12)));
        assertEquals(0, days.workingDaysBetween(LocalDate.of(2025, 3, 12), LocalDate.of(2025, 3, 3)));
    }
}
