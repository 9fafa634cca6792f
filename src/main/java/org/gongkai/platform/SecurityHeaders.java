package org.gongkai.platform;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every response the portal sends: pages, API, static files, errors and
 * the /q/* endpoints (issue 9). Set by a Vert.x filter that runs before every route, when the
 * response headers are written, so that no handler can send a response without them.
 * <ul>
 *   <li>Content-Security-Policy: scripts and styles only from the portal's own files, no inline
 *       script or style (the templates have none), no plugins, no framing
 *       ({@code frame-ancestors 'none'}), forms only to the portal. The API documentation page
 *       (Swagger UI, {@link SwaggerPage}) has its own policy: its scripts are files too, but the
 *       UI sets inline styles, so styles may be inline there and only there;</li>
 *   <li>X-Content-Type-Options: nosniff; X-Frame-Options: DENY (for browsers without CSP 2);</li>
 *   <li>Referrer-Policy: same-origin — stricter than strict-origin-when-cross-origin: party feed
 *       URLs carry tokens, and no other site needs to learn which page linked to it;</li>
 *   <li>Permissions-Policy: no camera, microphone, location, payment, USB, sensors, topics;</li>
 *   <li>Cross-Origin-Opener-Policy: same-origin;</li>
 *   <li>Strict-Transport-Security only when the request came over TLS — directly, or through
 *       the proxy switch (GONGKAI_BEHIND_PROXY: Quarkus then takes the scheme from
 *       X-Forwarded-Proto / Forwarded; without the switch those headers are ignored, so a client
 *       cannot turn HSTS on over plain HTTP).</li>
 * </ul>
 */
@ApplicationScoped
public class SecurityHeaders {
    /** Runs before every other filter and route (Quarkus orders filters by descending priority). */
    static final int PRIORITY = 10_000;

    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'none'; "
            + "object-src 'none'; frame-ancestors 'none'";
    /** Swagger UI: scripts still only from files; its React components set inline styles. */
    public static final String DOCS_CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; "
            + "object-src 'none'; frame-ancestors 'none'";

    public static final String PERMISSIONS =
            "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
                    + "microphone=(), payment=(), usb=(), browsing-topics=()";
    public static final String HSTS = "max-age=31536000; includeSubDomains";
    private static final boolean DEV = LaunchMode.current() == LaunchMode.DEVELOPMENT;

    void register(@Observes Filters filters) {
        filters.register(
                rc -> {
                    rc.addHeadersEndHandler(v -> apply(rc));
                    rc.next();
                },
                PRIORITY);
    }

    static void apply(RoutingContext rc) {
        MultiMap h = rc.response().headers();
        String path = rc.normalizedPath();
        if (DEV && path.startsWith("/q/dev-ui")) {
            // the Dev UI of `quarkus:dev` is Quarkus's own inline-script application; it never runs in production
            h.remove("Content-Security-Policy");
        } else {
            h.set("Content-Security-Policy", SwaggerPage.isDocsPath(path) ? DOCS_CSP : CSP);
        }
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "same-origin");
        h.set("Permissions-Policy", PERMISSIONS);
        h.set("Cross-Origin-Opener-Policy", "same-origin");
        if (rc.request().isSSL()) {
            h.set("Strict-Transport-Security", HSTS);
        } else {
            h.remove("Strict-Transport-Security");
        }
    }
}
