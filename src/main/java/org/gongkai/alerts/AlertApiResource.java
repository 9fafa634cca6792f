package org.gongkai.alerts;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Saved searches with alerts by webhook (issue 15), and the API keys that own them. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "alerts",
        description = "Saved judgment searches whose new matches are posted, signed, to your URL (issue 15)")
public class AlertApiResource {
    public record KeyRequest(String contact) {}

    @Inject
    ApiKeyService keys;

    @Inject
    AlertService alerts;

    @Inject
    AlertWorker worker;

    @Inject
    KeyHolder key;

    @POST
    @Path("/keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create an API key (shown once) with a contact only: an e-mail address or a URL",
            description = "Send the key as `Authorization: Bearer <key>` or `X-Api-Key: <key>` to /api/alerts.")
    public Response createKey(KeyRequest body, @Context HttpServerRequest request) {
        var issued = keys.issue(
                body == null ? null : body.contact(),
                request.remoteAddress() == null ? "?" : request.remoteAddress().hostAddress());
        return Response.status(201).entity(issued).build();
    }

    @DELETE
    @Path("/keys/current")
    @Operation(summary = "Revoke the key this request is made with, and delete its alerts")
    public Response revokeKey() {
        long k = key.require();
        alerts.deleteAll(k);
        keys.revoke(k);
        return Response.noContent().build();
    }

    @POST
    @Path("/alerts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register a saved search and a callback URL",
            description =
                    "Body: {name?, query (the search language of /api/judgments), filters {court:[…], cause:[…], …}, "
                            + "from?, to?, callbackUrl (http or https, public address)}. New matches among judgments published or "
                            + "corrected from now on are POSTed as {delivery, alert, test, matches:[{id, caseNumber, title, court, date,"
                            + " url, hash}]}, signed: Gongkai-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, t + \".\" + body)>. The "
                            + "secret is in this answer only. Each document is delivered once per alert; failed deliveries are retried"
                            + " with exponential backoff and listed as dead after the last attempt.")
    public Response register(AlertService.AlertRequest body, @Context UriInfo uri) {
        var created =
                alerts.register(key.require(), body, uri.getBaseUri().toString().replaceAll("/$", ""));
        return Response.created(URI.create("/api/alerts/" + created.alert().id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("/alerts")
    @Operation(summary = "The alerts of this key")
    public Map<String, List<AlertService.AlertView>> list() {
        return Map.of("alerts", alerts.list(key.require()));
    }

    @GET
    @Path("/alerts/{id: \\d+}")
    @Operation(summary = "One alert")
    public AlertService.AlertView get(@PathParam("id") long id) {
        return alerts.get(key.require(), id);
    }

    @POST
    @Path("/alerts/{id: \\d+}/pause")
    @Operation(summary = "Pause: nothing is delivered until resumed")
    public AlertService.AlertView pause(@PathParam("id") long id) {
        return alerts.pause(key.require(), id);
    }

    @POST
    @Path("/alerts/{id: \\d+}/resume")
    @Operation(summary = "Resume: documents published meanwhile are delivered too")
    public AlertService.AlertView resume(@PathParam("id") long id) {
        return alerts.resume(key.require(), id);
    }

    @DELETE
    @Path("/alerts/{id: \\d+}")
    @Operation(summary = "Delete the alert, its matches and its pending deliveries")
    public Response delete(@PathParam("id") long id) {
        alerts.delete(key.require(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/alerts/{id: \\d+}/test")
    @Operation(summary = "Send a signed test delivery (no matches) now; answers with its outcome")
    public AlertService.DeliveryView test(@PathParam("id") long id) {
        long k = key.require();
        long delivery = alerts.createTest(k, id);
        worker.deliverNow(delivery);
        return alerts.delivery(k, id, delivery);
    }

    @GET
    @Path("/alerts/{id: \\d+}/deliveries")
    @Operation(
            summary = "Deliveries, newest first: status, attempts, last HTTP code and error",
            description = "status=dead lists the dead-letter list (deliveries that failed every attempt).")
    public Map<String, List<AlertService.DeliveryView>> deliveries(
            @PathParam("id") long id, @QueryParam("status") String status) {
        return Map.of("deliveries", alerts.deliveries(key.require(), id, status));
    }

    @POST
    @Path("/alerts/{id: \\d+}/deliveries/{delivery: \\d+}/redeliver")
    @Operation(summary = "Send a dead (or delivered) delivery again now, with a fresh count of attempts")
    public AlertService.DeliveryView redeliver(@PathParam("id") long id, @PathParam("delivery") long delivery) {
        long k = key.require();
        alerts.redeliver(k, id, delivery);
        worker.deliverNow(delivery);
        return alerts.delivery(k, id, delivery);
    }
}
