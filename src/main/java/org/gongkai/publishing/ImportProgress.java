package org.gongkai.publishing;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The import's progress bar on the terminal: count, percentage, rate and ETA (issues 14 and 16).
 *
 * <p>The ETA adds up, for every kind of record, what is left of it times what one record of it costs: a file of
 * judgments and their cases, then tens of thousands of quick process events, then enforcement records is
 * estimated kind by kind, not from the rate of whatever came last. What one record of a kind costs is measured
 * robustly:
 *
 * <ul>
 *   <li>the first records of a kind run on a cold JIT and cost several times what the later ones do: only the
 *       later half of the records seen so far counts ({@link #warmCost}), so the cold start fades out;
 *   <li>that warm whole-run cost is averaged with the cost over the kind's last {@link #WINDOW} seconds of work
 *       ({@link #recentCost}), which follows a machine that gets busier or quieter, while the whole-run half keeps
 *       a burst (a slow transaction, a garbage collection) from swinging the estimate;
 *   <li>a kind not seen yet is priced from the kinds seen, scaled by how much more or less work one record of it
 *       is ({@link #RELATIVE_COST}); a kind seen a little is blended from that prior to its own cost as its records
 *       grow to a tenth of the kind's.
 * </ul>
 *
 * Time is given in nanoseconds by the caller ({@link #update}, {@link #account}), so that a test drives it with a
 * clock of its own.
 */
final class ImportProgress {
    static final List<String> KINDS =
            List.of("judgment", "text", "case", "event", "hearing", "dishonest", "restriction", "termination", "other");
    /**
     * Relative wall time per record on two workers, for kinds not seen yet (bench/eta-check.sh, demo load of
     * 2026-12-06 on 2 cores at load average 10-14, judgments = 1 ≈ 49 ms): a judgment is parsed, de-identified and
     * indexed; a case writes its parties (0.3); an event one line of a case's history (1.55 ms, 0.035); an
     * enforcement record is written one chunk at a time (3.9 ms, 0.08).
     */
    static final double[] RELATIVE_COST = {1.0, 1.0, 0.3, 0.035, 0.035, 0.08, 0.08, 0.08, 0.3};
    /** Records of a kind before its own cost counts at all. */
    static final int TRUSTED = 64;
    /** Seconds of a kind's own work over which its current cost is measured. */
    static final double WINDOW = 10;

    private final PrintStream out;
    private final String name;
    private final long total;
    private final long start;
    private final byte[] kinds;
    private final long t0;
    private final long[] all = new long[KINDS.size()];
    private final double[] seconds = new double[KINDS.size()];
    private final long[] seen = new long[KINDS.size()];
    private final long[] left = new long[KINDS.size()];
    /** Per kind, after every update that finished some of it: {seconds of its work, records} so far. */
    private final List<List<double[]>> history = new ArrayList<>();

    private long lastDone;
    private long lastTime;
    private long lastPrint;

    ImportProgress(PrintStream out, String name, long total, long start) {
        this(out, name, total, start, null);
    }

    /** {@code kinds}: the kind of every line (see {@link BulkImporter#kindsOfLines}), or null when not known. */
    ImportProgress(PrintStream out, String name, long total, long start, byte[] kinds) {
        this(out, name, total, start, kinds, System.nanoTime());
    }

    /** {@code t0}: the start, on the clock of {@link #account} (a test's own). */
    ImportProgress(PrintStream out, String name, long total, long start, byte[] kinds, long t0) {
        this.out = out;
        this.name = name;
        this.total = Math.max(total, 1);
        this.start = start;
        this.kinds = kinds;
        this.t0 = t0;
        this.lastTime = t0;
        this.lastDone = start;
        for (int k = 0; k < KINDS.size(); k++) {
            history.add(new ArrayList<>());
        }
        for (long line = start; line < total; line++) {
            left[kindAt(line)]++;
        }
        System.arraycopy(left, 0, all, 0, left.length);
    }

    static int kindIndex(String kind) {
        int i = KINDS.indexOf(kind);
        return i < 0 ? KINDS.size() - 1 : i;
    }

    private int kindAt(long line) {
        return kinds == null || line >= kinds.length ? KINDS.size() - 1 : kinds[(int) line];
    }

    void update(long done) {
        long now = System.nanoTime();
        account(done, now);
        if (out == null) {
            return;
        }
        if (now - lastPrint < 200_000_000L && done < total) {
            return;
        }
        lastPrint = now;
        double secs = (now - t0) / 1e9;
        double rate = secs > 0 ? (done - start) / secs : 0;
        long eta = eta();
        int width = 30;
        int filled = (int) (width * done / total);
        out.printf(
                "\r%s [%s%s] %d/%d %3d%% %6.0f rec/s ETA %s   ",
                name,
                "#".repeat(filled),
                ".".repeat(Math.max(0, width - filled)),
                done,
                total,
                100 * done / total,
                rate,
                eta < 0 ? "?" : eta + "s");
        out.flush();
    }

    long startedAt() {
        return t0;
    }

    /**
     * The time since the last update is shared among the lines finished since, by kind, in proportion to their
     * relative cost (the last judgments of a block and the first cases of the next finish in one span: most of the
     * span's time is the judgments').
     */
    void account(long done, long now) {
        if (done <= lastDone) {
            return;
        }
        double dt = (now - lastTime) / 1e9;
        long[] count = new long[KINDS.size()];
        double weight = 0;
        for (long line = lastDone; line < done; line++) {
            int k = kindAt(line);
            count[k]++;
            weight += RELATIVE_COST[k];
        }
        for (int k = 0; k < count.length; k++) {
            if (count[k] == 0) {
                continue;
            }
            seen[k] += count[k];
            left[k] = Math.max(0, left[k] - count[k]);
            seconds[k] += dt * count[k] * RELATIVE_COST[k] / weight;
            history.get(k).add(new double[] {seconds[k], seen[k]});
        }
        lastDone = done;
        lastTime = now;
    }

    /**
     * Seconds per record of a kind over the later half of its records so far (at least {@link #TRUSTED}): the
     * cold start (JIT, caches, the first index segments) does not count once there is more.
     */
    double warmCost(int k) {
        List<double[]> h = history.get(k);
        double half = seen[k] / 2.0;
        double[] from = null;
        int lo = 0, hi = h.size() - 1;
        while (lo <= hi) { // the last sample at or before half of the records
            int mid = (lo + hi) >>> 1;
            if (h.get(mid)[1] <= half) {
                from = h.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (from != null && seen[k] - from[1] >= TRUSTED && seconds[k] > from[0]) {
            return (seconds[k] - from[0]) / (seen[k] - from[1]);
        }
        return seconds[k] / seen[k];
    }

    /** Seconds per record of a kind over its last {@link #WINDOW} seconds of work, or its warm cost when too few. */
    double recentCost(int k) {
        List<double[]> h = history.get(k);
        double[] from = null;
        for (int i = h.size() - 1; i >= 0; i--) {
            from = h.get(i);
            if (seconds[k] - from[0] >= WINDOW) {
                break;
            }
        }
        if (from != null && seen[k] - from[1] >= TRUSTED && seconds[k] > from[0]) {
            return (seconds[k] - from[0]) / (seen[k] - from[1]);
        }
        return warmCost(k);
    }

    /** What one record of a kind costs, from its own records: the warm whole-run cost and the recent one. */
    double cost(int k) {
        return (warmCost(k) + recentCost(k)) / 2;
    }

    /** Seconds left: the records left of each kind times the cost of one; -1 before anything is measured. */
    long eta() {
        // seconds per unit of relative cost, over the kinds measured: prices the kinds not seen yet
        double spent = 0, units = 0;
        for (int k = 0; k < seen.length; k++) {
            if (seen[k] >= TRUSTED) {
                spent += cost(k) * seen[k];
                units += RELATIVE_COST[k] * seen[k];
            }
        }
        if (units == 0) {
            return -1;
        }
        double perUnit = spent / units;
        double eta = 0;
        for (int k = 0; k < left.length; k++) {
            if (left[k] == 0) {
                continue;
            }
            double prior = perUnit * RELATIVE_COST[k];
            // its own cost weighs in as its records grow to a tenth of the kind's
            double own = seen[k] < TRUSTED ? 0 : Math.min(1, seen[k] * 10.0 / all[k]);
            eta += left[k] * (own == 0 ? prior : own * cost(k) + (1 - own) * prior);
        }
        return Math.round(eta);
    }

    void done() {
        if (out != null) {
            out.println();
        }
    }
}
