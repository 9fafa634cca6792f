package org.gongkai.process;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.platform.ProblemException;
import org.gongkai.process.ProcessViews.PublicCaseView;

/** Timelines of cases of major public interest; every other case number is a 404 (existence not revealed). */
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "case process")
public class PublicCaseApiResource {
    @Inject
    LitigantAccess access;

    @GET
    @Path("/{caseNumber}/timeline")
    @Operation(summary = "Public timeline of a case of major public interest (names masked)")
    public PublicCaseView timeline(@PathParam("caseNumber") String caseNumber) {
        return access.publicTimeline(caseNumber)
                .orElseThrow(() -> ProblemException.notFound(
                        org.gongkai.platform.Texts.txt().err_no_public_timeline()));
    }
}
