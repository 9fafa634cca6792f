package org.gongkai.process;

import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongkai.platform.ProblemException;

/** The public page of a case of major public interest; every other case number is a 404. */
@Path("/cases")
public class PublicCasePage {
    @Inject
    LitigantAccess access;

    @GET
    @Path("/{caseNumber}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("caseNumber") String caseNumber) {
        return ProcessTemplates.Process.publicCase(access.publicTimeline(caseNumber)
                .orElseThrow(() -> ProblemException.notFound(
                        org.gongkai.platform.Texts.txt().public_case_none())));
    }
}
