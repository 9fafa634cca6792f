package org.gongkai.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The two shapes of every error: RFC 9457 problem-details JSON under /api (and for clients that
 * ask for JSON), a friendly Chinese page elsewhere. Used by the JAX-RS exception mappers and by
 * the HTTP filters that answer before JAX-RS sees a request (413, 414, 431, metrics access).
 */
@ApplicationScoped
public class ErrorPages {
    public static final String HTML_TYPE = "text/html;charset=UTF-8";

    @Inject
    @Location("error.html")
    Template errorPage;

    @Inject
    ObjectMapper mapper;

    /** JSON for /api, and for clients whose Accept names JSON explicitly (not by a wildcard). */
    public static boolean wantsJson(String path, List<String> acceptedTypes) {
        if (path != null && (path.startsWith("/api/") || path.equals("/api"))) {
            return true;
        }
        return acceptedTypes.stream().anyMatch(ErrorPages::namesJson);
    }

    /** One media range of an Accept header: application/json, application/problem+json, …+json. */
    static boolean namesJson(String mediaRange) {
        String t = mediaRange.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return t.equals("application/json") || (t.startsWith("application/") && t.endsWith("+json"));
    }

    /**
     * Answers a request with the problem in the shape its path and Accept ask for, from a Vert.x
     * route (before JAX-RS): what the exception mappers do for resources.
     */
    public void send(RoutingContext rc, Problem p) {
        String path = rc.normalizedPath();
        List<String> accept = rc.request().headers().getAll("Accept").stream()
                .flatMap(h -> List.of(h.split(",")).stream())
                .toList();
        p = ErrorTexts.localize(p, org.gongkai.platform.Languages.of(rc));
        HttpServerResponse r = rc.response().setStatusCode(p.status());
        if (p.retryAfterSeconds() != null) {
            r.putHeader("Retry-After", String.valueOf(p.retryAfterSeconds()));
        }
        if (wantsJson(path, accept)) {
            r.putHeader("Content-Type", Problem.MEDIA_TYPE).end(json(p));
        } else {
            r.putHeader("Content-Type", HTML_TYPE).end(html(p, p.instance(), org.gongkai.platform.Languages.of(rc)));
        }
    }

    /** A request path as shown in an error: at most 200 characters (a 414's path is long by definition). */
    public static String shownPath(String path) {
        if (path == null) {
            return "";
        }
        return path.length() <= 200 ? path : path.substring(0, 200) + "…";
    }

    public String json(Problem p) {
        try {
            return mapper.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Chinese error page; works outside a JAX-RS request too (the request context is activated for it). */
    public String html(Problem p, String path) {
        return html(p, path, org.gongkai.platform.Languages.current());
    }

    /** The error page in a language (its title and detail already in that language, see {@link ErrorTexts#localize}). */
    public String html(Problem p, String path, org.gongkai.platform.Language language) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            return errorPage
                    .instance()
                    .setLocale(language.locale)
                    .data("status", p.status())
                    .data("title", ErrorTexts.titleFor(p.status(), language))
                    .data("detail", p.detail())
                    .data("path", path)
                    .data("link", p.takedown() instanceof GoneException.Linked l ? l.link() : null)
                    .render();
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }
}
