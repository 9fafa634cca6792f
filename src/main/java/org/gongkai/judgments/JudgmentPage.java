package org.gongkai.judgments;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongkai.platform.AtomFeed;
import org.gongkai.platform.ProblemException;
import org.gongkai.search.query.SearchHit;

/** HTML pages of the judgments channel: search and document. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class JudgmentPage {
    @CheckedTemplate(basePath = "judgments")
    static class Templates {
        static native TemplateInstance search(SearchPage page);

        static native TemplateInstance document(JudgmentView doc, List<SearchHit> similar);

        static native TemplateInstance stub(JudgmentView doc);
    }

    @Inject
    JudgmentService service;

    @Inject
    SearchFeed searchFeed;

    @Inject
    JudgmentPdf pdf;

    @Inject
    PinnedSearch pinned;

    @GET
    @Path("search")
    @Operation(hidden = true)
    public Response search(
            @BeanParam SearchParams params,
            @QueryParam("page") String pageParam,
            @QueryParam("upto") String uptoParam) {
        boolean searched = params.q != null || !params.filters().isEmpty() || params.from != null || params.to != null;
        SearchPage page;
        try {
            int pageNo = org.gongkai.platform.Pager.parse(pageParam);
            long upto = org.gongkai.platform.Pager.parseUpto(uptoParam);
            if (upto == 0) {
                upto = service.latestId();
            }
            var asof = pinned.parse(params.asof);
            var request = asof == null ? params.toRequest() : params.toRequest().withExact(true);
            if (request.cursor() == null) {
                request = request.withPage((pageNo - 1) * request.size(), upto);
            }
            var outcome = service.search(request);
            if (outcome.redirectUrl() != null) {
                return Response.seeOther(URI.create(outcome.redirectUrl())).build();
            }
            page = new SearchPage(
                    params.q,
                    params.filters(),
                    params.from,
                    params.to,
                    params.sort,
                    params.pageSize(),
                    outcome.result(),
                    null,
                    searched,
                    request.cursor() == null ? pageNo : 0,
                    upto,
                    asof == null ? null : pinned.asOf(request, outcome.result().total(), asof),
                    pinned.today());
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            page = new SearchPage(
                    params.q,
                    params.filters(),
                    params.from,
                    params.to,
                    params.sort,
                    20,
                    null,
                    e.detail(),
                    true,
                    1,
                    0,
                    null,
                    pinned.today());
            return Response.status(400).entity(Templates.search(page)).build();
        }
        return Response.ok(Templates.search(page)).build();
    }

    @GET
    @Path("search.atom")
    @Produces(AtomFeed.MEDIA_TYPE + ";charset=UTF-8")
    @Operation(
            summary = "Atom feed of a judgment search",
            operationId = "searchFeed",
            description = "The same parameters as GET /api/judgments (q, filters, from, to, sort, cursor, size). Newest"
                    + " matches first unless `sort` is given; each entry carries the SHA-256 of the document's public record"
                    + " (gk:hash, as in the change feed) and the date of its latest change; RFC 5005 `next` link for paging;"
                    + " ETag / If-None-Match answers 304.")
    @org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "judgments")
    public Response searchFeed(
            @BeanParam SearchParams params, @Context UriInfo uri, @HeaderParam("If-None-Match") String ifNoneMatch) {
        if (!uri.getQueryParameters().containsKey("sort")) {
            params.sort = "date"; // a feed follows the newest matches
        }
        var feed = searchFeed.render(params, uri.getBaseUri().toString().replaceAll("/$", ""));
        if (ifNoneMatch != null && ifNoneMatch.contains(feed.etag())) {
            return Response.notModified().header("ETag", feed.etag()).build();
        }
        return Response.ok(feed.xml(), AtomFeed.MEDIA_TYPE + ";charset=UTF-8")
                .header("ETag", feed.etag())
                .build();
    }

    @GET
    @Path("search/advanced")
    @Operation(hidden = true)
    public Response advanced(@BeanParam AdvancedSearch form) {
        return Response.seeOther(URI.create(form.url())).build();
    }

    @GET
    @Path("judgments/{id: \\d+}.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "A judgment as JSON: the canonical public record (the change feed's hash is its SHA-256 and"
                    + " its ETag); 404 unknown, 410 withdrawn",
            operationId = "judgmentJson")
    @org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "judgments")
    public Response json(@PathParam("id") long id, @jakarta.ws.rs.HeaderParam("If-None-Match") String ifNoneMatch) {
        var doc = service.canonical(id);
        if (doc.isEmpty()) {
            service.view(id); // 404 or 410 with the takedown register's entry
            throw ProblemException.notFound(org.gongkai.platform.Texts.txt().err_no_judgment(String.valueOf(id)));
        }
        return org.gongkai.changes.ChangeFeedResource.canonical(
                org.gongkai.platform.Json.write(doc.get()), ifNoneMatch);
    }

    @GET
    @Path("judgments/{id: \\d+}.xml")
    @Produces(LegalDocMl.MEDIA_TYPE + ";charset=UTF-8")
    @Operation(
            summary = "A judgment as Akoma Ntoso 3.0 / LegalDocML XML: header, parties, background, reasoning,"
                    + " decision, signatures, paragraph eIds (the page's anchors); 404 unknown, 410 withdrawn",
            operationId = "judgmentXml")
    @org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "judgments")
    public Response xml(@PathParam("id") long id) {
        var doc = service.canonical(id);
        if (doc.isEmpty()) {
            service.view(id); // 404 or 410 with the takedown register's entry
            throw ProblemException.notFound(org.gongkai.platform.Texts.txt().err_no_judgment(String.valueOf(id)));
        }
        return Response.ok(LegalDocMl.write(doc.get()), LegalDocMl.MEDIA_TYPE + ";charset=UTF-8")
                .build();
    }

    @GET
    @Path("judgments/{id: \\d+}.pdf")
    @Produces(JudgmentPdf.MEDIA_TYPE)
    @Operation(
            summary =
                    "A judgment as PDF (A4, CJK font embedded as a subset): title, court, case number, the sections"
                            + " with numbered paragraphs, as the page shows them; masked names only; 404 unknown, 410 withdrawn",
            operationId = "judgmentPdf")
    @org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "judgments")
    public Response pdf(@PathParam("id") long id, @Context UriInfo uri) {
        var doc = service.canonical(id);
        if (doc.isEmpty()) {
            service.view(id); // 404 or 410 with the takedown register's entry
            throw ProblemException.notFound(org.gongkai.platform.Texts.txt().err_no_judgment(String.valueOf(id)));
        }
        String source = uri.getBaseUri().toString().replaceAll("/$", "") + org.gongkai.platform.Links.judgment(id);
        return Response.ok(pdf.render(doc.get(), source), JudgmentPdf.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"judgment-" + id + ".pdf\"")
                .build();
    }

    @GET
    @Path("judgments/{id}")
    @Operation(hidden = true)
    public TemplateInstance document(@PathParam("id") long id) {
        JudgmentView v = service.view(id);
        if (v.isStub()) {
            return Templates.stub(v);
        }
        return Templates.document(v, service.similar(id, 8));
    }
}
