package org.gongkai.platform;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Counts API requests against the published usage limits and answers with the RateLimit headers ({@link ApiUsage}). */
public class ApiUsageFilter {
    @Inject
    ApiUsage usage;

    @ServerRequestFilter
    public void count(ContainerRequestContext ctx, HttpServerRequest request) {
        String path = ctx.getUriInfo().getPath();
        if (path.startsWith("/api/") && !path.startsWith("/api/publish") && !path.startsWith("/api/admin")) {
            usage.countPublicApi(ctx, request); // the publishing and admin API are counted per token at authentication
        }
    }

    @ServerResponseFilter
    public void headers(ContainerResponseContext response) {
        usage.headers(response);
    }
}
