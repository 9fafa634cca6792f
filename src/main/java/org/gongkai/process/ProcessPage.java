package org.gongkai.process;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongkai.platform.AtomFeed;
import org.gongkai.platform.Links;
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.TooManyRequestsException;

/** The litigant pages: access form, the case, served documents, logout, and the party's feeds. */
@Path("/process")
public class ProcessPage {
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @Inject
    LitigantAccess access;

    @Inject
    MutableClock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response form(@CookieParam(LitigantAccess.COOKIE) String cookie) {
        if (cookie != null && access.session(cookie).isPresent()) {
            return seeOther(Links.processCase());
        }
        return Response.ok(ProcessTemplates.Process.access("", null, false), HTML)
                .build();
    }

    @POST
    @Path("/access")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response submit(
            @FormParam("caseNumber") String caseNumber,
            @FormParam("idNumber") String idNumber,
            @FormParam("queryCode") String queryCode,
            @Context HttpServerRequest request) {
        try {
            var granted = access.access(caseNumber, idNumber, queryCode, ProcessCookies.client(request));
            return Response.seeOther(URI.create(Links.processCase()))
                    .header("Set-Cookie", ProcessCookies.session(granted, request))
                    .build();
        } catch (TooManyRequestsException e) {
            return Response.status(429)
                    .header("Retry-After", e.retryAfterSeconds())
                    .entity(ProcessTemplates.Process.access(caseNumber, e.detail(), true))
                    .type(HTML)
                    .build();
        } catch (ProblemException e) {
            return Response.status(e.status())
                    .entity(ProcessTemplates.Process.access(caseNumber, e.detail(), false))
                    .type(HTML)
                    .build();
        }
    }

    @GET
    @Path("/case")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response caseHome(@CookieParam(LitigantAccess.COOKIE) String cookie) {
        Optional<LitigantAccess.PartySession> s = access.session(cookie);
        if (s.isEmpty()) {
            return seeOther(Links.processAccess());
        }
        return Response.ok(ProcessTemplates.Process.caseHome(access.caseView(s.get())), HTML)
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("/documents/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response document(@CookieParam(LitigantAccess.COOKIE) String cookie, @PathParam("id") long id) {
        Optional<LitigantAccess.PartySession> s = access.session(cookie);
        if (s.isEmpty()) {
            return seeOther(Links.processAccess());
        }
        TemplateInstance page = ProcessTemplates.Process.document(access.readDocument(s.get(), id));
        return Response.ok(page, HTML).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/logout")
    @Operation(hidden = true)
    public Response logout(@CookieParam(LitigantAccess.COOKIE) String cookie, @Context HttpServerRequest request) {
        access.logout(cookie);
        return Response.seeOther(URI.create(Links.processAccess()))
                .header("Set-Cookie", ProcessCookies.cleared(request))
                .build();
    }

    @GET
    @Path("/feed/{file}")
    @Operation(hidden = true)
    public Response feed(@PathParam("file") String file) {
        int dot = file.lastIndexOf('.');
        String token = dot < 0 ? file : file.substring(0, dot);
        String ext = dot < 0 ? "" : file.substring(dot + 1);
        var data = access.feed(token)
                .orElseThrow(() -> ProblemException.notFound(
                        org.gongkai.platform.Texts.txt().err_no_feed()));
        return switch (ext) {
            case "atom" ->
                Response.ok(ProcessFeeds.partyAtom(data), AtomFeed.MEDIA_TYPE + ";charset=UTF-8")
                        .header("Cache-Control", "private, max-age=300")
                        .build();
            case "ics" ->
                Response.ok(ProcessFeeds.partyIcs(data, clock.instant()), "text/calendar;charset=UTF-8")
                        .header("Cache-Control", "private, max-age=300")
                        .build();
            default ->
                throw ProblemException.notFound(org.gongkai.platform.Texts.txt().err_no_feed());
        };
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
