package org.gongkai.process;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.platform.Caller;
import org.gongkai.process.Submissions.HearingSubmission;

/** Courts announce hearings (bearer token of the court). */
@Path("/api/publish/hearings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "process publishing")
public class PublishHearingsResource {
    @Inject
    ProcessIntake intake;

    @Inject
    Caller caller;

    @POST
    @Operation(
            summary = "Schedule a hearing; open hearings are announced publicly, closed ones shown to the parties only")
    public Response add(HearingSubmission submission) {
        var r = intake.addHearing(submission, caller);
        return r.receipt().respond(r.created());
    }
}
