package org.gongkai.alerts;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.gongkai.platform.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * API-key authentication of the alert API ({@code /api/alerts/…}, {@code /api/keys/current}), as
 * {@code publishing.ApiAuthFilter} does for the courts: {@code Authorization: Bearer <key>} or
 * {@code X-Api-Key: <key>}; none or unknown → 401, over the key's rate → 429.
 */
public class AlertAuthFilter {
    public static final String KEY_HEADER = org.gongkai.platform.ApiUsage.KEY_HEADER;

    @Inject
    ApiKeyService keys;

    @Inject
    KeyHolder holder;

    @ServerRequestFilter
    public void authenticate(ContainerRequestContext ctx) {
        String path = ctx.getUriInfo().getPath();
        if (!path.startsWith("/api/alerts") && !path.startsWith("/api/keys/")) {
            return;
        }
        String key = ctx.getHeaderString(KEY_HEADER);
        String auth = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        if ((key == null || key.isBlank()) && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            key = auth.substring(7);
        }
        if (key == null || key.isBlank()) {
            throw new ProblemException(
                    401, "Unauthorized", org.gongkai.platform.Texts.err().api_key_missing());
        }
        long id = keys.authenticate(key.strip())
                .orElseThrow(() -> new ProblemException(
                        401, "Unauthorized", org.gongkai.platform.Texts.err().api_key_invalid()));
        holder.set(id);
    }
}
