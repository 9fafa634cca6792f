package org.gongkai.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the import ETA after the first 10 % was 11–17× the time left, because the file holds cases,
 * then slow judgments, then many quick events, and the ETA followed the rate of the last 20 s. It now
 * adds up what is left of each kind times its own cost.
 */
class ImportEtaTest {
    private static final long S = 1_000_000_000L;

    @Test
    void theEtaCountsWhatIsLeftOfEachKindAtItsOwnCost() {
        // 100 cases, 100 judgments, 2,000 events, as the demo corpus orders them
        byte[] kinds = new byte[2_200];
        Arrays.fill(kinds, 0, 100, (byte) BulkImporter.Progress.kindIndex("case"));
        Arrays.fill(kinds, 100, 200, (byte) BulkImporter.Progress.kindIndex("judgment"));
        Arrays.fill(kinds, 200, 2_200, (byte) BulkImporter.Progress.kindIndex("event"));
        var p = new BulkImporter.Progress(null, "corpus", kinds.length, 0, kinds);
        long t0 = p.startedAt();
        p.account(100, t0 + 10 * S); // cases: 0.1 s each
        p.account(180, t0 + 50 * S); // judgments: 0.5 s each
        // left: 20 judgments × 0.5 s, and 2,000 events priced from the cases (0.1 s × 0.011 / 0.17 ≈ 6.5 ms)
        long eta = p.eta();
        assertTrue(eta >= 18 && eta <= 26, "ETA " + eta + " s, expected ≈ 23 s");
        // the events, once seen, cost what they cost
        p.account(200, t0 + 60 * S);
        p.account(1_200, t0 + 70 * S); // 10 ms each
        assertEquals(10.0, p.eta(), 1.0);
        // they become quicker: the cost of the last 10 s of their work counts, not of the first ones
        p.account(1_700, t0 + 75 * S); // 10 ms each
        p.account(2_100, t0 + 77 * S); // 5 ms each
        p.account(2_150, t0 + 78 * S); // 20 ms each
        // from the sample 10 s of events ago (1,200 at 70 s): 950 events in 8 s, 8.4 ms each, × 50 left
        assertEquals(0.42, p.eta(), 1.0);
        p.account(2_200, t0 + 80 * S);
        assertEquals(0, p.eta());
    }

    @Test
    void aSpanOfJudgmentsAndEventsIsMostlyTheJudgmentsTime() {
        byte[] kinds = new byte[1_000];
        Arrays.fill(kinds, 0, 500, (byte) BulkImporter.Progress.kindIndex("judgment"));
        Arrays.fill(kinds, 500, 1_000, (byte) BulkImporter.Progress.kindIndex("event"));
        var p = new BulkImporter.Progress(null, "corpus", kinds.length, 0, kinds);
        long t0 = p.startedAt();
        p.account(400, t0 + 40 * S); // 0.1 s per judgment
        p.account(600, t0 + 50 * S); // 100 judgments and 100 events in 10 s: the judgments' 10 s
        // 400 events left, each ≈ 0.1 × 0.011 s: not the 50 ms a share by count would give them
        assertTrue(p.eta() < 5, "ETA " + p.eta());
    }

    @Test
    void kindsAreReadFromTheLineWithoutParsingIt() {
        assertEquals("judgment", BulkImporter.kindOf("{\"kind\": \"judgment\", \"data\": {}}"));
        assertEquals("event", BulkImporter.kindOf("{\"kind\":\"event\",\"data\":{\"kind\":\"x\"}}"));
        assertEquals("text", BulkImporter.kindOf("{\"id\":\"a\",\"text\":\"…\"}"));
        assertEquals(BulkImporter.Progress.KINDS.size() - 1, BulkImporter.Progress.kindIndex("something new"));
    }
}
