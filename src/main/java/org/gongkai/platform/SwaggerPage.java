package org.gongkai.platform;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Swagger UI page at /q/swagger-ui without inline script: the page Quarkus generates starts
 * the UI from two inline scripts, which the portal's Content-Security-Policy forbids (issue 9).
 * This filter answers the page itself with the same Swagger UI files (served by Quarkus from
 * /q/swagger-ui/) and {@code /js/swagger-init.js}, which starts the UI on /q/openapi.
 */
@ApplicationScoped
public class SwaggerPage {
    static final String ROOT = "/q/swagger-ui";
    static final int PRIORITY = MetricsAccess.PRIORITY - 100;

    private String html;

    @PostConstruct
    void load() {
        try (InputStream in = SwaggerPage.class.getResourceAsStream("/web/swagger-ui.html")) {
            if (in == null) {
                throw new IllegalStateException("web/swagger-ui.html is missing from the application");
            }
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Swagger UI page and its files (their own CSP, see {@link SecurityHeaders}). */
    public static boolean isDocsPath(String path) {
        return path != null && (path.equals(ROOT) || path.startsWith(ROOT + "/"));
    }

    void register(@Observes Filters filters) {
        filters.register(this::serve, PRIORITY);
    }

    void serve(RoutingContext rc) {
        String path = rc.normalizedPath();
        boolean page = path.equals(ROOT + "/") || path.equals(ROOT + "/index.html");
        if (page && (rc.request().method() == HttpMethod.GET || rc.request().method() == HttpMethod.HEAD)) {
            rc.response()
                    .putHeader("Content-Type", "text/html;charset=UTF-8")
                    .putHeader("Cache-Control", "no-cache")
                    .end(html);
            return;
        }
        rc.next();
    }
}
