package org.gongkai.enforcement;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.courts.CourtService;
import org.gongkai.enforcement.EnforcementViews.CourtListingView;
import org.gongkai.enforcement.EnforcementViews.OverdueView;
import org.gongkai.enforcement.EnforcementViews.ResultPage;
import org.gongkai.enforcement.Submissions.DishonestSubmission;
import org.gongkai.enforcement.Submissions.RestrictionSubmission;
import org.gongkai.enforcement.Submissions.StateChange;
import org.gongkai.enforcement.Submissions.TerminationSubmission;
import org.gongkai.platform.Caller;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.Receipt;
import org.gongkai.platform.Texts;

/** Courts publish and maintain enforcement information (bearer token of the court). */
@Path("/api/publish/enforcement")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "enforcement publishing",
        description = "Court-side intake of enforcement information (bearer token per court)")
public class PublishEnforcementResource {
    @Inject
    EnforcementIntake intake;

    @Inject
    EnforcementSearch search;

    @Inject
    CourtService courts;

    @Inject
    Caller caller;

    @POST
    @Path("/dishonest")
    @Operation(
            summary =
                    "List a dishonest judgment debtor (失信被执行人); the same case and debtor again → 200 with the same id")
    public Response listDishonest(DishonestSubmission s) {
        return created(() -> intake.listDishonest(s, caller));
    }

    @PUT
    @Path("/dishonest/{id}")
    @Operation(summary = "Correct a listing: state CORRECTED, stays public with the corrected data")
    public Receipt correct(@PathParam("id") long id, DishonestSubmission s) {
        return intake.correct(id, s, caller).receipt();
    }

    @POST
    @Path("/dishonest/{id}/remove")
    @Operation(
            summary = "Remove a listing at once, with a reason (a ground of 法释〔2017〕7号 Art. 10 or free text) and date")
    public Receipt remove(@PathParam("id") long id, StateChange change) {
        return intake.remove(id, change, caller).receipt();
    }

    @POST
    @Path("/dishonest/{id}/revoke")
    @Operation(summary = "Revoke a wrongful listing, with a reason")
    public Receipt revoke(@PathParam("id") long id, StateChange change) {
        return intake.revoke(id, change, caller).receipt();
    }

    @POST
    @Path("/restrictions")
    @Operation(summary = "Publish a consumption-restriction order (限制消费令)")
    public Response addRestriction(RestrictionSubmission s) {
        return created(() -> intake.addRestriction(s, caller));
    }

    @POST
    @Path("/restrictions/{id}/lift")
    @Operation(summary = "Lift a consumption-restriction order (default reason: the debtor performed)")
    public Receipt lift(@PathParam("id") long id, StateChange change) {
        return intake.lift(id, change, caller).receipt();
    }

    @POST
    @Path("/terminations")
    @Operation(summary = "Publish a terminated enforcement case (终结本次执行程序)")
    public Response addTermination(TerminationSubmission s) {
        return created(() -> intake.addTermination(s, caller));
    }

    @GET
    @Path("/dishonest")
    @Operation(
            summary = "The court's own listings in every state (state=LISTED|CORRECTED|REMOVED|REVOKED), with history")
    public ResultPage<CourtListingView> courtListings(
            @QueryParam("state") String state,
            @QueryParam("court") String court,
            @QueryParam("cursor") String cursor,
            @QueryParam("size") Integer size) {
        int n = size == null ? 50 : size;
        if (n < 1 || n > 500) {
            throw ProblemException.invalidField("size", Texts.txt().pub_size_range());
        }
        return search.courtListings(courtScope(court), state, cursor, n);
    }

    @GET
    @Path("/overdue")
    @Operation(summary = "Listings still public although their removal is overdue by the 3-working-day rule")
    public List<OverdueView> overdue(@QueryParam("court") String court) {
        return search.overdue(courtScope(court));
    }

    /** A court sees its own records; the administrator any court's (or all, without court). */
    private String courtScope(String court) {
        if (court != null && !court.isBlank()) {
            String code = courts.require(court, "court").code();
            caller.requireCourt(code);
            return code;
        }
        if (caller.isAdmin()) {
            return null;
        }
        caller.requireCourt(caller.courtCode());
        return caller.courtCode();
    }

    /**
     * 201 for a new record, 200 with the existing id for a repeat. Two identical submissions at
     * the same moment race for the unique record key: {@link EnforcementIntake} retries the
     * loser once ({@link org.gongkai.platform.RetryOnConflict}), which then finds the winner's record.
     */
    private static Response created(java.util.function.Supplier<EnforcementIntake.Outcome> intake) {
        EnforcementIntake.Outcome o = intake.get();
        return o.receipt().respond(o.created());
    }
}
