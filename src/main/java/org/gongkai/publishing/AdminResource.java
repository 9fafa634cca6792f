package org.gongkai.publishing;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.platform.AuditService;
import org.gongkai.platform.Caller;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.Texts;

/** Administrator API: court tokens and the audit log. Needs the admin bearer token. */
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin", description = "Court tokens and audit log (administrator token)")
public class AdminResource {
    public record TokenRequest(String court, String label) {}

    public record TokenCreated(long id, String token, String court, String courtName) {}

    @Inject
    TokenService tokens;

    @Inject
    AuditService audit;

    @Inject
    Caller caller;

    @POST
    @Path("/tokens")
    @Operation(summary = "Issue a publishing token for a court (shown once)")
    public Response create(TokenRequest request) {
        caller.requireAdmin();
        if (request == null) {
            throw ProblemException.badRequest(Texts.txt().pub_body_token());
        }
        var t = tokens.issue(request.court(), request.label(), caller.actor());
        return Response.status(201)
                .entity(new TokenCreated(t.id(), t.token(), t.court(), t.courtName()))
                .build();
    }

    @GET
    @Path("/tokens")
    @Operation(summary = "List tokens (hashes are never shown)")
    public List<TokenService.TokenView> list() {
        caller.requireAdmin();
        return tokens.list();
    }

    @DELETE
    @Path("/tokens/{id}")
    @Operation(summary = "Revoke a token")
    public TokenService.TokenView revoke(@PathParam("id") long id) {
        caller.requireAdmin();
        return tokens.revoke(id, caller.actor());
    }

    @GET
    @Path("/audit")
    @Operation(summary = "Read the audit log, newest first")
    public List<AuditService.AuditView> audit(
            @QueryParam("court") String court,
            @QueryParam("targetType") String targetType,
            @QueryParam("targetId") String targetId,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("100") int size) {
        caller.requireAdmin();
        return audit.list(court, targetType, targetId, page, size);
    }
}
