package org.gongkai.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.function.LongSupplier;

/**
 * How far the background load of the demo corpus has come (issue 14): every page shows a banner
 * "示例数据导入中：已导入 N / M" while it runs, empty results say "still loading" instead of "no
 * match", every API response carries a {@code Gongkai-Loading: N/M} header and readiness reports
 * it. N counts records read so far (imported, duplicate or rejected), M the records of every file
 * still to import.
 */
@ApplicationScoped
@Named("loading")
public class DemoProgress {
    private volatile boolean active;
    private volatile long total;
    private volatile LongSupplier done = () -> 0;

    /** The load begins: {@code total} records in all, {@code done} says how many are read. */
    public void start(long total, LongSupplier done) {
        this.total = total;
        this.done = done;
        this.active = true;
    }

    public void finish() {
        active = false;
    }

    public boolean active() {
        return active;
    }

    public long total() {
        return total;
    }

    public long done() {
        return Math.max(0, Math.min(done.getAsLong(), total));
    }

    /** "1,200 / 3,000" */
    public String count() {
        return String.format("%,d / %,d", done(), total());
    }

    /** Every API response while the load runs says how far it is (pages show the banner). */
    void register(@jakarta.enterprise.event.Observes io.quarkus.vertx.http.runtime.filters.Filters filters) {
        filters.register(
                rc -> {
                    if (active && rc.normalizedPath().startsWith("/api/")) {
                        rc.response().putHeader("Gongkai-Loading", header());
                    }
                    rc.next();
                },
                9_000);
    }

    /** For the API header: "1200/3000". */
    public String header() {
        return done() + "/" + total();
    }
}
