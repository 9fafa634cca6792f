package org.gongkai.process;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.process.ProcessViews.CaseView;
import org.gongkai.process.ProcessViews.DocumentView;

/** Litigant access to the process of their own case (query code → signed session cookie). */
@Path("/api/process")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "case process", description = "Parties see the process of their case")
public class ProcessApiResource {
    public record AccessRequest(String caseNumber, String idNumber, String queryCode) {}

    @Inject
    LitigantAccess access;

    @POST
    @Path("/access")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Prove you are a party: case number, identity number, query code → session cookie")
    public Response access(AccessRequest body, @Context HttpServerRequest request) {
        AccessRequest b = body == null ? new AccessRequest(null, null, null) : body;
        var granted = access.access(b.caseNumber(), b.idNumber(), b.queryCode(), ProcessCookies.client(request));
        return Response.ok(granted.view())
                .header("Set-Cookie", ProcessCookies.session(granted, request))
                .build();
    }

    @GET
    @Path("/case")
    @Operation(summary = "Your case: timeline, panel, time limits, hearings, inbox, judgments, feeds")
    public CaseView caseView(@CookieParam(LitigantAccess.COOKIE) String cookie) {
        return access.caseView(access.requireSession(cookie));
    }

    @GET
    @Path("/documents/{id}")
    @Operation(summary = "A document served to you, full text; the first read is recorded")
    public DocumentView document(@CookieParam(LitigantAccess.COOKIE) String cookie, @PathParam("id") long id) {
        return access.readDocument(access.requireSession(cookie), id);
    }

    @POST
    @Path("/logout")
    @Operation(summary = "End the session on the server: the same cookie is refused afterwards")
    public Response logout(@CookieParam(LitigantAccess.COOKIE) String cookie, @Context HttpServerRequest request) {
        access.logout(cookie);
        return Response.noContent()
                .header("Set-Cookie", ProcessCookies.cleared(request))
                .build();
    }
}
