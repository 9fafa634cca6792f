package org.gongkai.platform;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Who may read {@code /q/metrics} (issue 9: operational data is not for everyone — request
 * counts per endpoint, pool sizes and JVM details help an attacker time and aim a flood).
 * {@code gongkai.metrics.access} (env GONGKAI_METRICS):
 * <ul>
 *   <li>{@code token} (default): a scraper sends {@code Authorization: Bearer <gongkai.metrics.token>}
 *       (env GONGKAI_METRICS_TOKEN); without a configured token the endpoint is off (404);</li>
 *   <li>{@code off}: always 404;</li>
 *   <li>{@code open}: no check (dev profile; or a metrics port reachable only from the monitoring network).</li>
 * </ul>
 * Health ({@code /q/health}) stays open: load balancers need it and it reveals only UP/DOWN.
 */
@ApplicationScoped
public class MetricsAccess {
    private static final Logger LOG = Logger.getLogger(MetricsAccess.class);
    static final int PRIORITY = RequestLimits.PRIORITY - 100;

    String access;
    Optional<String> token;

    @Inject
    void configure(GongkaiConfig config) {
        access = config.metrics().access();
        token = config.metrics().token();
    }

    @Inject
    ErrorPages pages;

    void register(@Observes Filters filters) {
        String mode = mode();
        if (!mode.equals("open") && !mode.equals("off") && !mode.equals("token")) {
            LOG.warnf("gongkai.metrics.access=%s is not one of token, open, off: metrics are off", access);
        } else if (mode.equals("token") && configuredToken().isEmpty()) {
            LOG.info("metrics are off: set GONGKAI_METRICS_TOKEN to let a scraper read /q/metrics with it");
        }
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (!(path.equals("/q/metrics") || path.startsWith("/q/metrics/"))) {
            rc.next();
            return;
        }
        String mode = mode();
        if (mode.equals("open")) {
            rc.next();
            return;
        }
        Optional<String> expected = mode.equals("token") ? configuredToken() : Optional.empty();
        if (expected.isEmpty()) {
            pages.send(rc, Problem.of(404, "Not Found", "没有这个资源（no resource at " + path + "）", path));
            return;
        }
        String header = rc.request().getHeader("Authorization");
        String sent = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip()
                : null;
        if (!Hashing.constantTimeEquals(expected.get(), sent)) {
            rc.response().putHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
            pages.send(
                    rc,
                    Problem.of(
                            401,
                            "Unauthorized",
                            "读取运行指标需要令牌（metrics need 'Authorization: Bearer <metrics token>'）",
                            path));
            return;
        }
        rc.next();
    }

    private String mode() {
        return access == null ? "token" : access.strip().toLowerCase(Locale.ROOT);
    }

    private Optional<String> configuredToken() {
        return token.map(String::strip).filter(t -> !t.isEmpty());
    }
}
