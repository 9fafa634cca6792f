package org.gongkai.platform;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Chooses the interface language of every request ({@link Language#choose}: {@code ?lang=en|zh},
 * then the {@code lang} cookie, then Accept-Language, then Chinese), remembers an explicit choice
 * in a cookie, and hands the language to every template (its locale selects the message bundle,
 * {@code msg_en.properties} or the Chinese default).
 */
@ApplicationScoped
public class Languages {
    public static final String PARAM = "lang";
    public static final String COOKIE = "lang";
    /** Key of the chosen language in the Vert.x routing context. */
    static final String KEY = "gongkai.language";
    /** True in the routing context when the language came from the request's own {@code lang} parameter. */
    static final String EXPLICIT = "gongkai.language.explicit";
    /** After the security headers filter, before every route. */
    static final int PRIORITY = 9_000;

    void register(@Observes Filters filters) {
        filters.register(Languages::choose, PRIORITY);
    }

    static void choose(RoutingContext rc) {
        String param = rc.queryParams().get(PARAM);
        Cookie cookie = rc.request().getCookie(COOKIE);
        Language fromParam = Language.parse(param);
        Language lang = Language.choose(
                param, cookie == null ? null : cookie.getValue(), rc.request().getHeader("Accept-Language"));
        rc.put(KEY, lang);
        if (fromParam != null) {
            rc.put(EXPLICIT, Boolean.TRUE);
            if (cookie == null || !fromParam.code.equals(cookie.getValue())) {
                rc.response()
                        .addCookie(Cookie.cookie(COOKIE, fromParam.code)
                                .setPath("/")
                                .setMaxAge(365L * 24 * 3600)
                                .setSameSite(CookieSameSite.LAX)
                                .setHttpOnly(true));
            }
        }
        rc.addHeadersEndHandler(v -> {
            var h = rc.response().headers();
            if (!h.contains("Content-Language")) {
                h.set("Content-Language", lang.tag);
            }
            h.add("Vary", "Accept-Language, Cookie");
            // a redirect after ?lang= keeps the language for clients that do not keep cookies
            int status = rc.response().getStatusCode();
            String location = h.get("Location");
            if (fromParam != null && status >= 300 && status < 400 && location != null) {
                h.set("Location", withLanguage(location, fromParam, rc.request().getHeader("Host")));
            }
        });
        rc.next();
    }

    /** A same-site URL with {@code lang} added (unless it names one); other URLs unchanged. */
    static String withLanguage(String location, Language language, String host) {
        boolean sameSite = location.startsWith("/") && !location.startsWith("//")
                || host != null
                        && (location.startsWith("http://" + host + "/")
                                || location.startsWith("https://" + host + "/"));
        if (!sameSite || location.matches(".*[?&]" + PARAM + "=.*")) {
            return location;
        }
        int hash = location.indexOf('#');
        String path = hash < 0 ? location : location.substring(0, hash);
        String fragment = hash < 0 ? "" : location.substring(hash);
        return path + (path.contains("?") ? "&" : "?") + PARAM + "=" + language.code + fragment;
    }

    /** The language of a routing context (Chinese outside a request). */
    public static Language of(RoutingContext rc) {
        if (rc == null) {
            return Language.DEFAULT;
        }
        Language l = rc.get(KEY);
        if (l == null) { // a filter that answers before ours (request limits): the same choice
            Cookie cookie = rc.request().getCookie(COOKIE);
            l = Language.choose(
                    rc.queryParams().get(PARAM),
                    cookie == null ? null : cookie.getValue(),
                    rc.request().getHeader("Accept-Language"));
        }
        return l;
    }

    /** True when this request named its language with {@code ?lang=}: links then carry it on. */
    public static boolean explicit(RoutingContext rc) {
        return rc != null && Boolean.TRUE.equals(rc.get(EXPLICIT));
    }

    /** The language of the current request (Chinese outside a request). */
    public static Language current() {
        return of(currentContext());
    }

    static RoutingContext currentContext() {
        var container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return null;
        }
        try (InstanceHandle<CurrentVertxRequest> h = container.instance(CurrentVertxRequest.class)) {
            return h.isAvailable() ? h.get().getCurrent() : null;
        }
    }

    /** Every template instance renders in the request's language unless its creator chose one. */
    void configure(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(Languages::initialize);
    }

    static void initialize(TemplateInstance instance) {
        if (instance.getAttribute(TemplateInstance.LOCALE) == null) {
            instance.setLocale(current().locale);
        }
    }
}
