package org.gongkai.platform;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import org.jboss.logging.Logger;

/**
 * Keeps a share of the machine for the courts: public reads (GET/HEAD pages, search, API,
 * feeds) are admitted at most {@code gongkai.reads.max-concurrent} at a time (default: the
 * number of cores); the others wait in a FIFO queue on the event loop, holding neither a
 * worker thread, a database connection nor CPU. Court writes and the administration API
 * ({@code /api/publish}, {@code /api/admin}) and health/metrics ({@code /q/}) are never
 * queued: on a 2-core machine under 64 connections of reads a court's publication competes
 * with two reads, not sixty-four, and always finds a free worker thread and database
 * connection. Reads keep their throughput (the CPU was the limit anyway); only their queueing
 * moves from the thread scheduler to this queue. A queue longer than
 * {@code gongkai.reads.max-queued} answers 503 with Retry-After instead of growing without bound.
 */
@ApplicationScoped
public class ReadAdmission {
    private static final Logger LOG = Logger.getLogger(ReadAdmission.class);

    /** Vert.x filter priority: higher runs first; before Quarkus REST routing. */
    static final int PRIORITY = 1000;

    volatile int maxConcurrentSetting;
    volatile int maxQueued;

    @Inject
    void configure(GongkaiConfig config) {
        maxConcurrentSetting = config.reads().maxConcurrent();
        maxQueued = config.reads().maxQueued();
    }

    private record Waiting(RoutingContext rc, Context context) {}

    private final Object lock = new Object();
    private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
    private int running;
    private long rejected;
    private int peakQueued;

    void register(@Observes Filters filters) {
        filters.register(this::admit, PRIORITY);
    }

    /** How many reads run at once: the setting, or the number of cores when it is 0 or less. */
    public int maxConcurrent() {
        return maxConcurrentSetting > 0
                ? maxConcurrentSetting
                : Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Reads running now, reads waiting now, reads refused with 503 and the longest queue since start. */
    public record Snapshot(int running, int queued, long rejected, int peakQueued) {}

    public Snapshot snapshot() {
        synchronized (lock) {
            return new Snapshot(running, queue.size(), rejected, peakQueued);
        }
    }

    /** Test hook: other limits for a while (the test puts the configured ones back). */
    void limitsForTest(int maxConcurrent, int queued) {
        maxConcurrentSetting = maxConcurrent;
        maxQueued = queued;
        synchronized (lock) {
            peakQueued = queue.size();
        }
    }

    static boolean gated(HttpServerRequest request) {
        HttpMethod m = request.method();
        if (m != HttpMethod.GET && m != HttpMethod.HEAD) {
            return false; // writes, logins and their bodies are not delayed
        }
        String path = request.path();
        return path != null
                && !path.startsWith("/api/publish")
                && !path.startsWith("/api/admin")
                && !path.startsWith("/q/");
    }

    void admit(RoutingContext rc) {
        if (!gated(rc.request())) {
            rc.next();
            return;
        }
        boolean now = false;
        boolean full = false;
        synchronized (lock) {
            if (running < maxConcurrent()) {
                running++;
                now = true;
            } else if (queue.size() >= maxQueued) {
                rejected++;
                full = true;
            } else {
                queue.add(new Waiting(rc, Vertx.currentContext()));
                peakQueued = Math.max(peakQueued, queue.size());
            }
        }
        if (now) {
            start(rc);
        } else if (full) {
            refuse(rc);
        }
    }

    /** Runs on the request's own event loop: the end handler fires once, on end, close or failure. */
    private void start(RoutingContext rc) {
        rc.addEndHandler(ignored -> release());
        rc.next();
    }

    /** A read finished: its permit goes to the next waiting read whose client is still connected. */
    private void release() {
        Waiting next;
        synchronized (lock) {
            next = queue.poll();
            if (next == null) {
                running--;
                return;
            }
        }
        Waiting w = next;
        Runnable handOver = () -> {
            if (w.rc().response().closed() || w.rc().response().ended()) {
                release(); // the client left while waiting: pass the permit on
            } else {
                start(w.rc());
            }
        };
        if (w.context() != null) {
            w.context().runOnContext(v -> handOver.run());
        } else {
            handOver.run();
        }
    }

    private void refuse(RoutingContext rc) {
        LOG.debugf(
                "read queue full (%d waiting): 503 for %s",
                maxQueued, rc.request().path());
        var response = rc.response().setStatusCode(503).putHeader("Retry-After", "2");
        String path = rc.request().path();
        String accept = rc.request().getHeader("Accept");
        if (path.startsWith("/api/") || (accept != null && accept.contains("json") && !accept.contains("html"))) {
            response.putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(
                            "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                                    + "\"detail\":\"访问量过大，请稍后重试 (too many concurrent reads; retry later)\",\"retryAfterSeconds\":2}");
        } else {
            response.putHeader("Content-Type", "text/html; charset=UTF-8")
                    .end("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>服务繁忙</title></head>"
                            + "<body><h1>服务繁忙</h1><p>当前访问量过大，请稍后刷新重试。</p><p><a href=\"/\">返回首页</a></p></body></html>");
        }
    }
}
