package org.gongkai.exports;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.Texts;

/** The administrator's trigger of the bulk export (the admin filter checks the token for every /api/admin path). */
@Path("/api/admin/exports")
@Produces(MediaType.APPLICATION_JSON)
public class ExportAdminResource {
    @Inject
    BulkExports exports;

    @Inject
    MutableClock clock;

    public record Started(LocalDate date, String status, String manifest) {}

    @POST
    @Tag(name = "admin")
    @Operation(
            summary = "Start the export of a day (default today, China time) in the background (administrator token)",
            description =
                    "202 with the manifest URL to poll; a day already complete is not written again; 409 while a run is"
                            + " going on. A run that was stopped half-way resumes.")
    public Response start(@QueryParam("date") String date) {
        LocalDate d = date == null || date.isBlank() ? clock.today() : BulkExports.parseDate(date);
        if (!exports.start(d)) {
            throw new ProblemException(
                    409, "Conflict", Texts.txt().pub_export_already_running(String.valueOf(exports.running())));
        }
        String manifest = "/api/exports/" + d;
        return Response.accepted(new Started(d, "started", manifest))
                .location(URI.create(manifest))
                .build();
    }
}
