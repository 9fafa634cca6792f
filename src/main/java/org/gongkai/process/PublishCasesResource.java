package org.gongkai.process;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.platform.Caller;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.Texts;
import org.gongkai.process.Submissions.CaseSubmission;
import org.gongkai.process.Submissions.EventSubmission;
import org.gongkai.process.Submissions.PartySubmission;
import org.gongkai.process.Submissions.ServiceSubmission;

/**
 * Courts publish the process of their cases (bearer token of the court). Re-posting a
 * registered case is a 409: parties are added with POST …/parties, codes reissued with
 * POST …/parties/{id}/query-code (the bulk import skips it instead).
 */
@Path("/api/publish/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "process publishing", description = "Court-side case process: cases, parties, events, service")
public class PublishCasesResource {
    @Inject
    ProcessIntake intake;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a case with its parties; the response shows each party's query code once")
    public Response register(CaseSubmission submission) {
        var r = intake.registerCase(submission, caller);
        if (!r.created()) {
            throw new ProblemException(
                    409,
                    "Conflict",
                    Texts.txt()
                            .pub_case_registered(
                                    r.receipt().caseNumber(), "POST /api/publish/cases/{caseNumber}/parties"),
                    "caseNumber");
        }
        return Response.status(201).entity(r.receipt()).build();
    }

    @POST
    @Path("/{caseNumber}/parties")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add a party to a case; the response shows the query code once (the same identity number"
                    + " again → 409 naming the existing party)")
    public Response addParty(@PathParam("caseNumber") String caseNumber, PartySubmission party) {
        return Response.status(201)
                .entity(intake.addParty(caseNumber, party, caller))
                .build();
    }

    @POST
    @Path("/{caseNumber}/parties/{partyId}/query-code")
    @Operation(summary = "Reissue a party's query code: the old code and the old feed links stop working")
    public ProcessIntake.PartyReceipt reissue(
            @PathParam("caseNumber") String caseNumber, @PathParam("partyId") long partyId) {
        return intake.reissueQueryCode(caseNumber, partyId, caller);
    }

    @POST
    @Path("/{caseNumber}/parties/{partyId}/leave")
    @Operation(summary = "The party leaves the case: access ends")
    public ProcessIntake.LeaveReceipt leave(
            @PathParam("caseNumber") String caseNumber, @PathParam("partyId") long partyId) {
        return intake.leave(caseNumber, partyId, caller);
    }

    @POST
    @Path("/{caseNumber}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a process event; idempotent for the same type, time and description")
    public Response addEvent(@PathParam("caseNumber") String caseNumber, EventSubmission event) {
        var r = intake.addEvent(caseNumber, event, caller);
        return r.receipt().respond(r.created());
    }

    @PUT
    @Path("/{caseNumber}/events/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct an event: shown to parties as corrected (已更正) with the time")
    public ProcessIntake.EventReceipt correct(
            @PathParam("caseNumber") String caseNumber, @PathParam("id") long id, EventSubmission event) {
        return intake.correctEvent(caseNumber, id, event, caller);
    }

    @POST
    @Path("/{caseNumber}/events/{id}/carried-out")
    @Operation(summary = "Preservation or preliminary enforcement carried out: parties see it from now on")
    public ProcessIntake.EventReceipt carriedOut(@PathParam("caseNumber") String caseNumber, @PathParam("id") long id) {
        return intake.markCarriedOut(caseNumber, id, caller);
    }

    @POST
    @Path("/{caseNumber}/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Serve a document electronically to one party or all: it lands in their inbox now;"
                    + " the same document to the same parties again → 200 with the same id")
    public Response serve(@PathParam("caseNumber") String caseNumber, ServiceSubmission submission) {
        var r = intake.serve(caseNumber, submission, caller);
        return Response.status(r.created() ? 201 : 200).entity(r.served()).build();
    }

    @GET
    @Path("/{caseNumber}/documents")
    @Operation(summary = "Served documents with delivery and first-read times per party (proof of service, 送达回证)")
    public List<ProcessIntake.ServedDocumentView> served(@PathParam("caseNumber") String caseNumber) {
        return intake.servedDocuments(caseNumber, caller);
    }
}
