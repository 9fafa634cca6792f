package org.gongkai.changes;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The change feed, the canonical records it hashes, and the takedown register, for re-users and mirrors. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "changes",
        description = "Change feed with deletions, canonical records and the takedown register (issue 15)")
public class ChangeFeedResource {
    @Inject
    ChangeFeed feed;

    @GET
    @Path("/changes")
    @Operation(
            summary = "Every public change in commit order",
            description =
                    "Judgments: published, corrected, stub, withdrawn, withheld; dishonest-debtor listings: listed,"
                            + " corrected, removed, expired; consumption restrictions: listed, corrected, removed (lifted);"
                            + " terminated enforcement cases: listed. `hash` is the SHA-256 (hex) of the record at `url` after the change"
                            + " (null when the record left the public: delete it). Pass `next` as `since` to continue; numbers"
                            + " have no gaps and are handed out in commit order, so nothing committed later can be skipped.")
    public ChangeFeed.Page changes(@QueryParam("since") String since, @QueryParam("limit") Integer limit) {
        return feed.changes(since, limit);
    }

    @GET
    @Path("/records/{channel}/{id: \\d+}")
    @Operation(
            summary = "The canonical public record of a judgment, listing, restriction or terminated case (what the"
                    + " change feed hashes); channel: judgments | dishonest | restrictions | terminations",
            description =
                    "ETag is the hash of the change feed; If-None-Match answers 304. 410 with the takedown register"
                            + " entry once the record left the public.")
    public Response record(
            @PathParam("channel") String channel,
            @PathParam("id") long id,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return canonical(feed.record(channel, id), ifNoneMatch);
    }

    /** A canonical record answered with its hash as strong ETag (one place for every format that serves it). */
    public static Response canonical(String json, String ifNoneMatch) {
        String etag = "\"" + ChangeRecorder.hash(json) + "\"";
        if (ifNoneMatch != null
                && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return Response.notModified().header("ETag", etag).build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON + ";charset=UTF-8")
                .header("ETag", etag)
                .build();
    }

    @GET
    @Path("/takedowns")
    @Operation(
            summary =
                    "The takedown register: every withdrawal and correction of a judgment, every removal of a"
                            + " listing, newest first, with date, court and reason category (never the court's words or personal data)",
            description =
                    "channel: judgments | dishonest | restrictions | terminations. Paging: pass `next` as `before`.")
    public ChangeFeed.Register takedowns(
            @QueryParam("before") String before,
            @QueryParam("limit") Integer limit,
            @QueryParam("channel") String channel) {
        return feed.register(before, limit, channel);
    }
}
