package org.gongkai.judgments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A node's place in the change log: never skips a change that commits late, never waits for ever on a rollback. */
class ChangeLogCursorTest {
    static final long GRACE = 120_000_000_000L;

    @Test
    void aChangeThatCommitsAfterAHigherOneIsStillApplied() {
        AtomicLong now = new AtomicLong();
        ChangeLogCursor c = new ChangeLogCursor(9, GRACE, now::get);
        // 11 becomes visible first: 10 is still being written
        c.applied(11);
        c.advance();
        assertEquals(9, c.low(), "the mark waits at the hole");
        assertTrue(c.needs(10), "10 is still wanted");
        assertFalse(c.needs(11), "11 is not applied twice");
        now.addAndGet(GRACE / 2);
        c.applied(10);
        assertTrue(c.advance());
        assertEquals(11, c.low());
        assertFalse(c.hasHoles());
    }

    @Test
    void aRolledBackIdIsPassedAfterTheGracePeriod() {
        AtomicLong now = new AtomicLong();
        ChangeLogCursor c = new ChangeLogCursor(0, GRACE, now::get);
        c.applied(1);
        c.applied(4); // 2 and 3 rolled back
        c.applied(5);
        c.advance();
        assertEquals(1, c.low());
        now.addAndGet(GRACE - 1);
        assertFalse(c.advance(), "inside the grace period the hole may still fill");
        now.addAndGet(2);
        assertTrue(c.advance());
        assertEquals(5, c.low());
        assertFalse(c.needs(3), "passed for good");
        assertTrue(c.needs(6));
    }

    @Test
    void aSharedCursorResumesTheWaitForAHoleWhereAnotherNodeLeftIt() {
        AtomicLong now = new AtomicLong(GRACE * 10);
        // another node noticed the hole above 7 a full grace period ago: this one passes it at once
        ChangeLogCursor c = ChangeLogCursor.resume(7, now.get() - GRACE, GRACE, now::get);
        c.applied(9);
        assertTrue(c.advance());
        assertEquals(9, c.low());
        assertEquals(null, c.holeSince());
        // noticed just now: the wait goes on, and the time is handed on unchanged
        long noticed = now.get() - 5;
        ChangeLogCursor d = ChangeLogCursor.resume(7, noticed, GRACE, now::get);
        d.applied(9);
        assertFalse(d.advance());
        assertEquals(7, d.low());
        assertEquals(noticed, d.holeSince());
        assertEquals(1, d.appliedAboveLow());
    }
}
