package org.gongkai.judgments;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    @GET
    @Path("search")
    @Operation(hidden = true)
    public Response search(@BeanParam SearchParams params, @QueryParam("page") String pageParam,
                           @QueryParam("upto") String uptoParam) {
        boolean searched = params.q != null || !params.filters().isEmpty() || params.from != null || params.to != null;
        SearchPage page;
        try {
            int pageNo = org.gongkai.web.Pager.parse(pageParam);
            long upto = org.gongkai.web.Pager.parseUpto(uptoParam);
            if (upto == 0) {
                upto = service.latestId();
            }
            var request = params.toRequest();
            if (request.cursor() == null) {
                request = request.withPage((pageNo - 1) * request.size(), upto);
            }
            var outcome = service.search(request);
            if (outcome.redirectUrl() != null) {
                return Response.seeOther(URI.create(outcome.redirectUrl())).build();
            }
            page = new SearchPage(params.q, params.filters(), params.from, params.to, params.sort, params.pageSize(),
                    outcome.result(), null, searched, request.cursor() == null ? pageNo : 0, upto);
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            page = new SearchPage(params.q, params.filters(), params.from, params.to, params.sort, 20, null,
                    e.detail(), true, 1, 0);
            return Response.status(400).entity(Templates.search(page)).build();
        }
        return Response.ok(Templates.search(page)).build();
    }

    @GET
    @Path("search/advanced")
    @Operation(hidden = true)
    public Response advanced(@BeanParam AdvancedSearch form) {
        return Response.seeOther(URI.create(form.url())).build();
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
