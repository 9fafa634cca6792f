package org.gongkai.judgments;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.platform.Links;
import org.gongkai.search.query.FacetValue;
import org.gongkai.search.query.SearchHit;

/** Public JSON API of the judgments channel. */
@Path("/api/judgments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "judgments", description = "Search and read published judgment documents")
public class JudgmentApiResource {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Hit(
            long id,
            String caseNumber,
            String title,
            String court,
            LocalDate decisionDate,
            String documentKind,
            String snippet,
            String url) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    /**
     * A page of results. {@code total} is exact when {@code totalExact}; else it is a lower bound
     * (10,000: "10,000+"), and {@code exact=true} asks for the exact count. {@code facetsSampled}: the
     * facet counts are estimates from a sample of the matches (only when the total is not exact).
     */
    public record Page(
            long total,
            List<Hit> hits,
            Map<String, List<FacetValue>> facets,
            String next,
            String caseNumber,
            String redirect,
            String feed,
            boolean totalExact,
            boolean facetsSampled,
            @JsonInclude(JsonInclude.Include.NON_NULL) PinnedSearch.AsOf asof) {}

    @Inject
    JudgmentService service;

    @Inject
    PinnedSearch pinned;

    @GET
    @Operation(
            summary = "Search published judgments",
            description =
                    "q: words, \"phrases\", AND/OR/NOT (并且/或者/不包含), field filters court: cause: judge: law: party: "
                            + "lawyer: firm: kind: title: casenumber: date:[2020-01-01 TO 2021-12-31]. A case number finds that case. "
                            + "Facet drill-down: level, province, court, category, cause, procedure, kind, year, law (repeatable). "
                            + "sort: relevance | date | date_asc | level. Paging: pass `next` as cursor. `feed`: the Atom feed of the same"
                            + " search (newest matches first, content hash per entry). Facet counts of more than "
                            + "10,000 matches are estimated from a sample (facetsSampled=true); exact=true counts them all. "
                            + "totalExact=false marks a total that is only a lower bound. asof=yyyy-MM-dd pins the search to the end of that"
                            + " day (China time): `asof` then gives countThen, countNow (exact), the documents added since and those"
                            + " removed since (register data only: id, case number, date, reason category); 400 for a bad or"
                            + " future date or one too far back.")
    public Page search(@BeanParam SearchParams params) {
        LocalDate asof = pinned.parse(params.asof);
        var request = asof == null ? params.toRequest() : params.toRequest().withExact(true);
        var outcome = service.search(request);
        var r = outcome.result();
        return new Page(
                r.total(),
                r.hits().stream().map(JudgmentApiResource::hit).toList(),
                r.facets(),
                r.next(),
                outcome.caseNumber() == null ? null : outcome.caseNumber().canonical(),
                outcome.redirectUrl(),
                SearchPage.feedUrl(params.q, params.filters(), params.from, params.to, params.sort, null),
                r.totalExact(),
                r.facetsSampled(),
                asof == null ? null : pinned.asOf(request, r.total(), asof));
    }

    static Hit hit(SearchHit h) {
        return new Hit(
                h.id(),
                h.caseNumber(),
                h.title(),
                h.court(),
                h.decisionDate(),
                h.documentKind(),
                h.snippet(),
                Links.judgment(h.id()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A published judgment (or its stub); 404 unknown, 410 withdrawn")
    public JudgmentView get(@PathParam("id") long id) {
        return service.view(id);
    }

    @GET
    @Path("/{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "Plain-text download of the public document")
    public Response text(@PathParam("id") long id) {
        return Response.ok(service.plainText(id))
                .header("Content-Disposition", "inline; filename=\"judgment-" + id + ".txt\"")
                .build();
    }

    @GET
    @Path("/{id}/similar")
    @Operation(summary = "Similar judgments (same cause and cited laws, text similarity)")
    public List<Hit> similar(@PathParam("id") long id, @QueryParam("size") @DefaultValue("10") int size) {
        service.view(id); // 404/410 as for the document itself
        return service.similar(id, Math.max(1, Math.min(size, 50))).stream()
                .map(JudgmentApiResource::hit)
                .toList();
    }
}
