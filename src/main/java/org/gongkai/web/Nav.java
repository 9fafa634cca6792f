package org.gongkai.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Which main section the current page belongs to, for aria-current in the site navigation. */
@RequestScoped
@Named("nav")
public class Nav {
    @Inject
    CurrentVertxRequest request;

    /** True when the request path is {@code section} or below it. */
    public boolean is(String section) {
        var ctx = request.getCurrent();
        if (ctx == null) {
            return false;
        }
        String path = ctx.normalizedPath();
        return path.equals(section)
                || path.startsWith(section + "/")
                || (section.equals("/search") && path.startsWith("/judgments/"))
                || (section.equals("/process") && path.startsWith("/cases/"));
    }
}
