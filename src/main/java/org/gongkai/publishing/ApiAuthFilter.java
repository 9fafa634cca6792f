package org.gongkai.publishing;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.gongkai.platform.Caller;
import org.gongkai.platform.ProblemException;
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
            throw new ProblemException(
                    404,
                    "Not Found",
                    "管理接口未启用（the admin API is disabled: no admin token is configured, GONGKAI_ADMIN_TOKEN）");
        }
        String header = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            throw new ProblemException(
                    401, "Unauthorized", "缺少令牌，请发送 'Authorization: Bearer <token>'（missing bearer token）");
        }
        String token = header.substring(7).trim();
        if (!tokens.authenticate(token, caller)) {
            throw new ProblemException(401, "Unauthorized", "令牌无效或已撤销（invalid or revoked token）");
        }
        if (admin && !caller.isAdmin()) {
            throw new ProblemException(403, "Forbidden", "管理接口需要管理员令牌（the admin API needs the administrator token）");
        }
        long length = ctx.getLength();
        if (length > tokens.maxBodyBytes()) {
            throw new ProblemException(
                    413,
                    "Payload Too Large",
                    "提交的内容过大：" + length + " 字节，最多 " + tokens.maxBodyBytes() + " 字节（request body of " + length
                            + " bytes exceeds the limit of " + tokens.maxBodyBytes() + " bytes）");
        }
    }
}
