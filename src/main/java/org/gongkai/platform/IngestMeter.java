package org.gongkai.platform;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU time of the publishing pipeline by stage (issue 12, "ingest at national rates"): what one
 * judgment costs in de-identification, text parsing, indexing and the rest (database, JSON,
 * audit). Measured per thread ({@link ThreadMXBean#getCurrentThreadCpuTime()}, about a
 * microsecond per reading), so parallel workers add up correctly and a busy machine does not
 * inflate the numbers as wall-clock time would. {@code bench/ingest-bench.sh} prints it.
 */
public final class IngestMeter {
    public enum Stage {
        /** Deidentifier over the text and every structured field */
        DEID,
        /** structure extraction from the text (text imports and the public version) */
        PARSE,
        /** index document built and written to Lucene, commits included */
        INDEX
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Map<Stage, LongAdder> NANOS = new EnumMap<>(Stage.class);
    private static final LongAdder JUDGMENTS = new LongAdder();
    private static volatile long processCpuAtReset = processCpu();
    private static volatile long wallAtReset = System.nanoTime();

    static {
        for (Stage s : Stage.values()) {
            NANOS.put(s, new LongAdder());
        }
    }

    private IngestMeter() {}

    /** This thread's CPU time so far, in nanoseconds. */
    public static long now() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** Adds the CPU time since {@code started} (a {@link #now()} reading) to {@code stage}. */
    public static void add(Stage stage, long started) {
        NANOS.get(stage).add(now() - started);
    }

    /** One more judgment went through the pipeline. */
    public static void counted() {
        JUDGMENTS.increment();
    }

    public static void reset() {
        NANOS.values().forEach(LongAdder::reset);
        JUDGMENTS.reset();
        processCpuAtReset = processCpu();
        wallAtReset = System.nanoTime();
    }

    /** CPU time of the whole process (every thread: workers, JIT, GC), in nanoseconds; -1 if unknown. */
    static long processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    public static long judgments() {
        return JUDGMENTS.sum();
    }

    /** CPU milliseconds per judgment of one stage. */
    public static double msPerJudgment(Stage stage) {
        long n = Math.max(1, JUDGMENTS.sum());
        return NANOS.get(stage).sum() / 1e6 / n;
    }

    /**
     * One line since the last {@link #reset()}: judgments, wall-clock rate, the process's CPU ms per
     * judgment (all threads) and the stages' share of it; the rest is database, JSON, audit, JIT and GC.
     */
    public static String report() {
        long n = Math.max(1, JUDGMENTS.sum());
        double seconds = (System.nanoTime() - wallAtReset) / 1e9;
        double cpu = (processCpu() - processCpuAtReset) / 1e6 / n;
        double deid = msPerJudgment(Stage.DEID);
        double parse = msPerJudgment(Stage.PARSE);
        double index = msPerJudgment(Stage.INDEX);
        return String.format(
                java.util.Locale.ROOT,
                "ingest-meter: judgments=%d seconds=%.1f per_second=%.1f"
                        + " cpu_ms_per_judgment=%.2f deid=%.2f parse=%.2f index=%.2f db_and_rest=%.2f",
                JUDGMENTS.sum(),
                seconds,
                JUDGMENTS.sum() / seconds,
                cpu,
                deid,
                parse,
                index,
                cpu - deid - parse - index);
    }
}
