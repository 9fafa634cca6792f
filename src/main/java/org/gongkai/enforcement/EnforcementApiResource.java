package org.gongkai.enforcement;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.enforcement.EnforcementQueries.Register;
import org.gongkai.enforcement.EnforcementStats.StatsView;
import org.gongkai.enforcement.EnforcementViews.DishonestView;
import org.gongkai.enforcement.EnforcementViews.RestrictionView;
import org.gongkai.enforcement.EnforcementViews.ResultPage;
import org.gongkai.enforcement.EnforcementViews.TerminationView;

/**
 * Public JSON API of the enforcement registers. Lookups and lists are rate-limited per client;
 * ID numbers are masked everywhere (a full number in {@code idNumber}, with {@code name}, is only
 * matched, within the name's wrong-number budget; exports take none).
 */
@Path("/api/enforcement")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "enforcement", description = "Dishonest debtors, consumption restrictions, terminated enforcement cases")
public class EnforcementApiResource {
    static final String CSV = "text/csv; charset=UTF-8";
    static final String JSONL = "application/x-ndjson; charset=UTF-8";

    @Inject
    EnforcementSearch search;

    @Inject
    EnforcementFilters filters;

    @Inject
    EnforcementQueries queries;

    @Inject
    org.gongkai.platform.MutableClock clock;

    @Inject
    EnforcementStats stats;

    @Inject
    EnforcementExports exports;

    @Inject
    LookupLimits limits;

    @GET
    @Path("/dishonest")
    @Operation(
            summary =
                    "Public dishonest-debtor listings: lookup (name + full ID number, limited per name; or organisation name / credit code) or browse")
    public ResultPage<DishonestView> dishonest(@BeanParam FilterParams params, @Context HttpServerRequest request) {
        limits.list(request, params);
        return search.dishonest(filters.filter(params), true);
    }

    @GET
    @Path("/dishonest/{id: \\d+}")
    @Operation(summary = "One public listing; 404 once removed")
    public DishonestView dishonestById(@PathParam("id") long id, @Context HttpServerRequest request) {
        limits.browse(request);
        return search.dishonest(id);
    }

    @GET
    @Path("/restrictions")
    @Operation(summary = "Consumption-restriction orders in force")
    public ResultPage<RestrictionView> restrictions(
            @BeanParam FilterParams params, @Context HttpServerRequest request) {
        limits.list(request, params);
        return search.restrictions(filters.filter(params), true);
    }

    @GET
    @Path("/terminations")
    @Operation(summary = "Terminated enforcement cases (终本)")
    public ResultPage<TerminationView> terminations(
            @BeanParam FilterParams params, @Context HttpServerRequest request) {
        limits.list(request, params);
        return search.terminations(filters.filter(params), true);
    }

    @GET
    @Path("/dishonest.csv")
    @Produces(CSV)
    @Operation(summary = "CSV export of the public listings (same filters; masked ID numbers; UTF-8 with BOM)")
    public Response dishonestCsv(@BeanParam FilterParams params, @Context HttpServerRequest request) {
        return csv(Register.DISHONEST, "dishonest", params, request);
    }

    @GET
    @Path("/dishonest.jsonl")
    @Produces(JSONL)
    @Operation(summary = "JSON Lines export of the public listings (same filters; masked ID numbers)")
    public Response dishonestJsonl(@BeanParam FilterParams params, @Context HttpServerRequest request) {
        return jsonl(Register.DISHONEST, "dishonest", params, request);
    }

    @GET
    @Path("/restrictions.csv")
    @Produces(CSV)
    public Response restrictionsCsv(@BeanParam FilterParams params, @Context HttpServerRequest request) {
        return csv(Register.RESTRICTION, "restrictions", params, request);
    }

    @GET
    @Path("/restrictions.jsonl")
    @Produces(JSONL)
    public Response restrictionsJsonl(@BeanParam FilterParams params, @Context HttpServerRequest request) {
        return jsonl(Register.RESTRICTION, "restrictions", params, request);
    }

    @GET
    @Path("/terminations.csv")
    @Produces(CSV)
    public Response terminationsCsv(@BeanParam FilterParams params, @Context HttpServerRequest request) {
        return csv(Register.TERMINATION, "terminations", params, request);
    }

    @GET
    @Path("/terminations.jsonl")
    @Produces(JSONL)
    public Response terminationsJsonl(@BeanParam FilterParams params, @Context HttpServerRequest request) {
        return jsonl(Register.TERMINATION, "terminations", params, request);
    }

    @GET
    @Path("/stats")
    @Operation(
            summary =
                    "Statistics: listings and removals per month|province|court|ground, grounds, amounts unperformed, top organisations, average time listed")
    public StatsView stats(
            @QueryParam("by") String by,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("court") String court) {
        return stats.stats(by, from, to, court);
    }

    @GET
    @Path("/stats.csv")
    @Produces(CSV)
    @Operation(summary = "The statistics table as CSV")
    public Response statsCsv(
            @QueryParam("by") String by,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("court") String court) {
        StatsView s = stats.stats(by, from, to, court);
        return Response.ok(exports.statsCsv(s), CSV)
                .header("Content-Disposition", "attachment; filename=\"enforcement-stats-" + s.by() + ".csv\"")
                .build();
    }

    private Response csv(Register register, String name, FilterParams params, HttpServerRequest request) {
        limits.export(request);
        EnforcementFilter f = filters.filter(params);
        queries.validate(register, f, clock.today());
        return Response.ok(exports.csv(register, f), CSV)
                .header("Content-Disposition", "attachment; filename=\"enforcement-" + name + ".csv\"")
                .build();
    }

    private Response jsonl(Register register, String name, FilterParams params, HttpServerRequest request) {
        limits.export(request);
        EnforcementFilter f = filters.filter(params);
        queries.validate(register, f, clock.today());
        return Response.ok(exports.jsonl(register, f), JSONL)
                .header("Content-Disposition", "attachment; filename=\"enforcement-" + name + ".jsonl\"")
                .build();
    }
}
