package org.gongkai.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ClockProducerTest {
    @Test
    void testTodayMovesTheClockToThatDayAndKeepsItRunning() throws InterruptedException {
        var clock = ClockProducer.startClock("2028-02-29");
        assertEquals(LocalDate.of(2028, 2, 29), LocalDate.now(clock));
        assertEquals(ClockProducer.CHINA, clock.getZone());
        var before = clock.instant();
        Thread.sleep(5);
        assertTrue(clock.instant().isAfter(before), "the moved clock still runs");
        // the time of day is the real one: only whole days are added
        var real = LocalTime.now(ClockProducer.CHINA);
        var moved = LocalTime.now(clock);
        assertTrue(Duration.between(real, moved).abs().toMinutes() < 1
                || Duration.between(real, moved).abs().toHours() >= 23);
    }

    @Test
    void withoutTheVariableItIsTheSystemClock() {
        var clock = ClockProducer.startClock(null);
        assertEquals(LocalDate.now(ClockProducer.CHINA), LocalDate.now(clock));
        assertEquals(LocalDate.now(ClockProducer.CHINA), LocalDate.now(ClockProducer.startClock(" ")));
    }
}
