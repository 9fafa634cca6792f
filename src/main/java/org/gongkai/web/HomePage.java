package org.gongkai.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongkai.judgments.JudgmentService;
import org.gongkai.search.query.SearchHit;

/** The front page and the about page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {
    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance home(long documents, List<SearchHit> latest);

        static native TemplateInstance about();
    }

    @Inject
    JudgmentService judgments;

    @GET
    @Operation(hidden = true)
    public TemplateInstance home() {
        JudgmentService.Latest latest = judgments.latest(8);
        return Templates.home(latest.documents(), latest.hits());
    }

    @GET
    @Path("about")
    @Operation(hidden = true)
    public TemplateInstance about() {
        return Templates.about();
    }
}
