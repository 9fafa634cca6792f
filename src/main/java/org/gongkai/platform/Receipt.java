package org.gongkai.platform;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The one answer of every court-side write (judgments, case events, hearings, enforcement
 * records): the record's id, its state after the write and where the public finds it.
 *
 * <p>The idempotency rule of every channel: a submission that creates a record answers 201
 * Created with a {@code Location} header (the {@code url}); the same submission again creates
 * nothing and answers 200 with the first receipt (same id). Two identical submissions at the same
 * moment race for the record's unique key; the loser is retried once ({@link RetryOnConflict})
 * and then finds the winner's record, so it answers 200 with the same id, never a duplicate.
 *
 * @param id the record's id
 * @param status its state after the write (PUBLISHED, STUB, WITHDRAWN, LISTED, IN_FORCE, RECORDED, …)
 * @param url the public page of the record (relative), or null when it has none
 */
public record Receipt(long id, String status, String url) {

    /** 201 with {@code Location} when the write created the record, else 200; the receipt as body. */
    public Response respond(boolean created) {
        if (!created) {
            return Response.ok(this).build();
        }
        Response.ResponseBuilder r = Response.status(Response.Status.CREATED).entity(this);
        if (url != null) {
            r.location(URI.create(url));
        }
        return r.build();
    }
}
