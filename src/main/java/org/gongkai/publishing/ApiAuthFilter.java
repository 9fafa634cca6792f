package org.gongkai.publishing;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.gongkai.platform.Caller;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.Texts;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Bearer-token authentication for the publishing API ({@code /api/publish/…}) and the admin
 * API ({@code /api/admin/…}): no or bad token → 401, admin API without configured admin token
 * → 404 (so production can close it by not configuring one; deploy/README.md), per-token rate
 * limit → 429, a declared body over the publishing limit → 413.
 */
public class ApiAuthFilter {
    @Inject
    Caller caller;

    @Inject
    TokenService tokens;

    @ServerRequestFilter
    public void authenticate(ContainerRequestContext ctx, HttpServerRequest request) {
        String path = ctx.getUriInfo().getPath();
        boolean admin = path.startsWith("/api/admin");
        boolean publish = path.startsWith("/api/publish");
        if (!admin && !publish) {
            return;
        }
        if (admin && !tokens.adminApiEnabled()) {
            throw new ProblemException(404, "Not Found", Texts.txt().pub_admin_disabled());
        }
        String header = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            throw new ProblemException(401, "Unauthorized", Texts.txt().pub_token_missing());
        }
        String token = header.substring(7).trim();
        if (!tokens.authenticate(token, caller)) {
            throw new ProblemException(401, "Unauthorized", Texts.txt().pub_token_invalid());
        }
        if (admin && !caller.isAdmin()) {
            throw new ProblemException(403, "Forbidden", Texts.txt().pub_admin_required());
        }
        long length = ctx.getLength();
        if (length > tokens.maxBodyBytes()) {
            throw new ProblemException(
                    413,
                    "Payload Too Large",
                    Texts.txt().pub_body_too_large(String.valueOf(length), String.valueOf(tokens.maxBodyBytes())));
        }
    }
}
