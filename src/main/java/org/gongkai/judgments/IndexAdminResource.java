package org.gongkai.judgments;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.platform.Caller;

/**
 * Administrator view of the search index: its state against the database, and an integrity
 * check on demand that repairs a damaged index (moved aside, rebuilt from the database).
 */
@Path("/api/admin/index")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin", description = "Court tokens and audit log (administrator token)")
public class IndexAdminResource {
    @Inject
    SearchIndexService index;

    @Inject
    Caller caller;

    @GET
    @Operation(
            summary =
                    "Search index state: documents in the index and public judgments in the database, outbox, last check")
    public SearchIndexService.Status status() {
        caller.requireAdmin();
        return index.status();
    }

    @POST
    @Path("/check")
    @Operation(
            summary =
                    "Verify every index file against its checksum and run a test query; a damaged index is moved aside and rebuilt")
    public SearchIndexService.CheckReport check() {
        caller.requireAdmin();
        return index.checkNow("admin " + caller.actor());
    }
}
