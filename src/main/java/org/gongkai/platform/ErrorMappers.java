package org.gongkai.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every error into RFC 9457 problem-details JSON under /api (and for clients that ask
 * for JSON), and into a friendly Chinese page elsewhere. No stack trace reaches a user.
 */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @Inject
    @Location("error.html")
    Template errorPage;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        Problem p = new Problem("about:blank", e.title(), e.status(), e.detail(), uri.getPath(), e.field(),
                e instanceof TooManyRequestsException t ? t.retryAfterSeconds() : null);
        Response r = respond(p, uri, headers);
        if (e instanceof TooManyRequestsException t) {
            r.getHeaders().putSingle("Retry-After", t.retryAfterSeconds());
        }
        return r;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted().collect(Collectors.joining("; "));
        String field = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString())).sorted().findFirst().orElse(null);
        return respond(new Problem("about:blank", "Invalid request", 400, detail, uri.getPath(), field, null), uri, headers);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        String detail;
        String field = null;
        if (e instanceof UnrecognizedPropertyException u) {
            field = u.getPropertyName();
            detail = "unknown field '" + u.getPropertyName() + "'";
        } else if (e instanceof InvalidFormatException f) {
            field = path(f);
            detail = "field '" + field + "' has an invalid value: " + String.valueOf(f.getValue());
        } else if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            field = path(m);
            detail = "field '" + field + "' has the wrong type";
        } else {
            detail = "malformed JSON: " + e.getOriginalMessage();
        }
        return respond(new Problem("about:blank", "Malformed request body", 400, detail, uri.getPath(), field, null), uri, headers);
    }

    /** More specific than Quarkus's built-in mapper for this type, so the client gets problem JSON, not an empty 400. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatched(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return json(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return json(jpe, uri, headers);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        if (status == 404 && e instanceof jakarta.ws.rs.NotFoundException && e.getCause() != null) {
            // a path or query parameter that could not be converted (e.g. size=abc) is a bad request
            return respond(new Problem("about:blank", "Bad Request", 400,
                    "a parameter has an invalid value: " + e.getCause().getMessage(), uri.getPath(), null, null), uri, headers);
        }
        String detail = switch (status) {
            case 404 -> wantsJson(uri, headers) ? "no resource at " + uri.getPath() : "您访问的页面不存在或已被移除：" + uri.getPath();
            case 405 -> "method not allowed on " + uri.getPath();
            case 406 -> "no representation in the requested media type";
            case 413 -> "request body too large";
            case 415 -> "unsupported media type; send application/json";
            default -> e.getMessage();
        };
        return respond(Problem.of(status, title, detail, uri.getPath()), uri, headers);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        if (WriteConflicts.classify(e) != null) {
            // a write conflict outside a RetryOnConflict service: still the client's 409, never a 500
            LOG.warnf("write conflict (%s) on %s", WriteConflicts.classify(e), uri.getPath());
            ProblemException p = WriteConflicts.problem();
            return respond(Problem.of(409, p.title(), p.detail(), uri.getPath()), uri, headers);
        }
        LOG.errorf(e, "unexpected error on %s", uri.getPath());
        return respond(Problem.of(500, "Internal Server Error",
                "an unexpected error occurred; it has been logged", uri.getPath()), uri, headers);
    }

    private Response respond(Problem p, UriInfo uri, HttpHeaders headers) {
        if (wantsJson(uri, headers)) {
            return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
        }
        String html = errorPage.data("status", p.status())
                .data("title", ErrorTexts.titleFor(p.status()))
                .data("detail", p.detail())
                .data("path", uri.getPath())
                .render();
        return Response.status(p.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    static boolean wantsJson(UriInfo uri, HttpHeaders headers) {
        String path = uri.getPath();
        if (path.startsWith("/api/") || path.equals("/api")) {
            return true;
        }
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(m -> m.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !m.isWildcardType());
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.indexOf('.');
        // "publish.arg0.caseNumber" -> "caseNumber"
        String[] parts = propertyPath.split("\\.");
        return parts.length >= 3 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
