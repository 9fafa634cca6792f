package org.gongkai.publishing;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.gongkai.platform.Receipt;
import org.gongkai.platform.Texts;

/** Courts publish, correct and withdraw judgment documents (bearer token of the court). */
@Path("/api/publish/judgments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "publishing", description = "Court-side intake (bearer token per court)")
public class PublishJudgmentsResource {
    public record WithdrawRequest(String reason, String reasonCategory) {}

    public record TextRequest(String id, String text) {}

    @Inject
    JudgmentPublisher publisher;

    @Inject
    TextImport textImport;

    @Inject
    Caller caller;

    @Inject
    Timeliness timeliness;

    public record TimelinessReport(
            String court, List<Timeliness.CourtLine> perCourt, List<Timeliness.LateDocument> late) {}

    @jakarta.ws.rs.GET
    @Path("/timeliness")
    @Operation(summary = "Publication deadlines (7 working days after effect): late documents of the caller's court")
    public TimelinessReport timeliness(@jakarta.ws.rs.QueryParam("court") String court) {
        String c = caller.isAdmin() ? court : caller.courtCode();
        if (c != null) {
            caller.requireCourt(c);
        }
        return new TimelinessReport(c, timeliness.perCourt(c), c == null ? List.of() : timeliness.late(c, 200));
    }

    @POST
    @Operation(summary = "Submit a judgment document; idempotent for the same submission")
    public Response submit(JudgmentSubmission submission) {
        var r = publisher.submit(submission, caller, "API", null);
        return new Receipt(r.id(), r.status(), r.url()).respond(r.created());
    }

    @POST
    @Path("/text")
    @Operation(summary = "Import a judgment given only as text; structure and metadata are extracted from it")
    public Response submitText(TextRequest request) {
        if (request == null) {
            throw ProblemException.badRequest(Texts.txt().pub_body_text());
        }
        var r = textImport.submit(request.id(), request.text(), caller);
        return new Receipt(r.id(), r.status(), r.url()).respond(r.created());
    }

    public record CourtCopy(
            long id,
            String caseNumber,
            String court,
            String status,
            String documentKind,
            java.time.LocalDate decisionDate,
            java.time.LocalDate effectiveDate,
            java.time.LocalDate publishDeadline,
            java.time.Instant publishedAt,
            String ruleCode,
            String stubReason,
            String withdrawReason,
            String correctionNote,
            String originalText,
            String publicText) {}

    @jakarta.ws.rs.GET
    @Path("/{id}")
    @Operation(summary = "The court's own copy: original text, status, rule and deadlines (court token of that court)")
    public CourtCopy courtCopy(@PathParam("id") long id) {
        return publisher.courtCopy(id, caller);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Correct a document: republished under the same URL with a correction note")
    public Receipt correct(@PathParam("id") long id, JudgmentSubmission submission) {
        var r = publisher.correct(id, submission, caller);
        return new Receipt(r.id(), r.status(), r.url());
    }

    @POST
    @Path("/{id}/republish")
    @Operation(
            summary =
                    "Re-publish a withdrawn document with its corrected content: the full pipeline runs again, audited"
                            + " (a plain correction of a withdrawn document is refused with 409)")
    public Receipt republish(@PathParam("id") long id, JudgmentSubmission submission) {
        var r = publisher.republish(id, submission, caller);
        return new Receipt(r.id(), r.status(), r.url());
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(summary = "Withdraw a document from every public surface, with a reason")
    public Receipt withdraw(@PathParam("id") long id, WithdrawRequest request) {
        var r = publisher.withdraw(
                id,
                request == null ? null : request.reason(),
                request == null ? null : request.reasonCategory(),
                caller);
        return new Receipt(r.id(), r.status(), r.url());
    }
}
