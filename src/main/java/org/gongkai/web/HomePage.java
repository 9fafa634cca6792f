package org.gongkai.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongkai.search.SearchIndexService;
import org.gongkai.search.query.SearchHit;
import org.gongkai.search.query.SearchRequest;
import org.gongkai.search.query.Sort;

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
    SearchIndexService index;

    @GET
    @Operation(hidden = true)
    public TemplateInstance home() {
        long documents = 0;
        List<SearchHit> latest = List.of();
        if (index.isReady()) {
            var r = index.index().search(new SearchRequest(null, Map.of(), null, null, Sort.DATE_DESC, null, 8));
            documents = index.index().count(); // exact; a browse total stops counting at 10,000
            latest = r.hits();
        }
        return Templates.home(documents, latest);
    }

    @GET
    @Path("about")
    @Operation(hidden = true)
    public TemplateInstance about() {
        return Templates.about();
    }
}
