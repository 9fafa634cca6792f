package org.gongkai.platform;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every error into RFC 9457 problem-details JSON under /api (and for clients that ask
 * for JSON), and into a friendly Chinese page elsewhere ({@link ErrorPages}). No stack trace,
 * Java class name or parser message reaches a user (issue 9): the detail names the field or
 * parameter that was wrong and what was expected, in the request's language ({@link ErrorTexts#localize}).
 */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    /** Names echoed from a request (unknown fields, parameters) are cut to this length. */
    private static final int MAX_ECHO = 60;

    @Inject
    ErrorPages pages;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        Problem p = new Problem(
                "about:blank",
                e.title(),
                e.status(),
                e.detail(),
                uri.getPath(),
                e.field(),
                e instanceof TooManyRequestsException t ? t.retryAfterSeconds() : null,
                e instanceof GoneException g ? g.entry() : null);
        Response r = respond(p, uri, headers);
        if (e instanceof GoneException g && g.link() != null) {
            r.getHeaders().putSingle("Link", "<" + g.link() + ">; rel=\"related\"");
        }
        if (e instanceof TooManyRequestsException t) {
            r.getHeaders().putSingle("Retry-After", t.retryAfterSeconds());
        }
        return r;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        String field = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()))
                .sorted()
                .findFirst()
                .orElse(null);
        return respond(
                new Problem("about:blank", "Invalid request", 400, detail, uri.getPath(), field, null), uri, headers);
    }

    /**
     * A body Jackson could not read. The parser's own message quotes the body and names Java
     * types, so it is never shown: only the field, what it should be, or where the JSON broke.
     */
    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        String detail;
        String field = null;
        if (e instanceof UnrecognizedPropertyException u) {
            field = echo(u.getPropertyName());
            detail = "未知字段 '" + field + "'（unknown field '" + field + "'）";
        } else if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = echo(path(m));
            Class<?> target = m instanceof MismatchedInputException mi ? mi.getTargetType() : null;
            String[] expected = expected(target);
            detail = "字段 '" + field + "' 的值无效" + (expected == null ? "" : "，应为" + expected[0]) + "（field '" + field
                    + "' " + (expected == null ? "has an invalid value" : "must be " + expected[1]) + "）";
        } else if (e instanceof MismatchedInputException) {
            detail = org.gongkai.platform.Texts.err().body_not_object();
        } else {
            JsonLocation at = e.getLocation();
            boolean located = at != null && at.getLineNr() > 0;
            detail = "请求体不是有效的 JSON" + (located ? "（第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列）" : "")
                    + "（malformed JSON" + (located ? " at line " + at.getLineNr() + ", column " + at.getColumnNr() : "")
                    + "）";
        }
        return respond(
                new Problem("about:blank", "Malformed request body", 400, detail, uri.getPath(), field, null),
                uri,
                headers);
    }

    /** More specific than Quarkus's built-in mapper for this type, so the client gets problem JSON, not an empty 400. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatched(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return json(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers, ResourceInfo resource) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return json(jpe, uri, headers);
        }
        if (status == 404 && e instanceof jakarta.ws.rs.NotFoundException && e.getCause() != null) {
            // a path or query parameter that could not be converted (e.g. /api/judgments/abc) is a bad request
            String param = unconvertible(resource, uri);
            String detail = param == null
                    ? org.gongkai.platform.Texts.err().param_invalid()
                    : org.gongkai.platform.Texts.err().param_not_integer(param);
            return respond(
                    new Problem("about:blank", "Bad Request", 400, detail, uri.getPath(), param, null), uri, headers);
        }
        boolean json = wantsJson(uri, headers);
        String detail = switch (status) {
            case 400 -> org.gongkai.platform.Texts.err().bad_request();
            case 404 ->
                json
                        ? org.gongkai.platform.Texts.msg().error_no_resource(uri.getPath())
                        : org.gongkai.platform.Texts.msg().error_no_page(uri.getPath());
            case 405 -> org.gongkai.platform.Texts.err().method_not_allowed(uri.getPath());
            case 406 -> org.gongkai.platform.Texts.err().not_acceptable();
            case 413 -> org.gongkai.platform.Texts.err().body_too_large();
            case 415 -> org.gongkai.platform.Texts.err().unsupported_media_type();
            default -> ErrorTexts.titleFor(status);
        };
        return respond(Problem.of(status, ErrorTexts.reason(status), detail, uri.getPath()), uri, headers);
    }

    /**
     * A form body or parameter with a broken percent-escape ({@code %zz}) fails in the REST
     * layer's URL decoder before any resource runs: the client's error, not the portal's.
     * Any other IllegalArgumentException is a defect and stays a logged 500.
     */
    @ServerExceptionMapper
    public Response illegalArgument(IllegalArgumentException e, UriInfo uri, HttpHeaders headers) {
        boolean decoding = java.util.Arrays.stream(e.getStackTrace())
                .limit(4)
                .anyMatch(f -> f.getClassName().endsWith(".URLUtils")
                        && f.getMethodName().startsWith("decode"));
        if (!decoding) {
            return unexpected(e, uri, headers);
        }
        return respond(
                Problem.of(400, "Bad Request", org.gongkai.platform.Texts.err().bad_percent_encoding(), uri.getPath()),
                uri,
                headers);
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
        return respond(
                Problem.of(
                        500,
                        "Internal Server Error",
                        org.gongkai.platform.Texts.err().unexpected(),
                        uri.getPath()),
                uri,
                headers);
    }

    private Response respond(Problem p, UriInfo uri, HttpHeaders headers) {
        p = ErrorTexts.localize(p, org.gongkai.platform.Languages.current());
        if (wantsJson(uri, headers)) {
            return Response.status(p.status())
                    .type(Problem.MEDIA_TYPE)
                    .entity(p)
                    .build();
        }
        return Response.status(p.status())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(pages.html(p, uri.getPath()))
                .build();
    }

    static boolean wantsJson(UriInfo uri, HttpHeaders headers) {
        return ErrorPages.wantsJson(
                uri.getPath(),
                headers.getRequestHeader(HttpHeaders.ACCEPT) == null
                        ? List.of()
                        : headers.getRequestHeader(HttpHeaders.ACCEPT).stream()
                                .flatMap(h -> List.of(h.split(",")).stream())
                                .toList());
    }

    /** The expected kind of value, in Chinese and English, for the Java type Jackson wanted. */
    static String[] expected(Class<?> t) {
        if (t == null) {
            return null;
        }
        if (t == Long.class
                || t == long.class
                || t == Integer.class
                || t == int.class
                || t == Short.class
                || t == short.class) {
            return new String[] {"整数", "an integer"};
        }
        if (Number.class.isAssignableFrom(t) || t == double.class || t == float.class) {
            return new String[] {"数字", "a number"};
        }
        if (t == Boolean.class || t == boolean.class) {
            return new String[] {"true 或 false", "true or false"};
        }
        if (t == String.class || t == Character.class || t == char.class) {
            return new String[] {"文本", "a string"};
        }
        if (t == LocalDate.class) {
            return new String[] {"日期 yyyy-MM-dd", "a date yyyy-MM-dd"};
        }
        if (t.isEnum()) {
            String values = java.util.Arrays.stream(t.getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            return new String[] {"以下之一：" + values, "one of " + values};
        }
        if (t.isArray() || Collection.class.isAssignableFrom(t)) {
            return new String[] {"数组", "an array"};
        }
        if (Map.class.isAssignableFrom(t) || t.isRecord() || !t.getName().startsWith("java.")) {
            return new String[] {"对象", "an object"};
        }
        return null;
    }

    /** The first integer path or query parameter of the matched method whose value is not an integer. */
    static String unconvertible(ResourceInfo resource, UriInfo uri) {
        Method m = resource == null ? null : resource.getResourceMethod();
        if (m == null) {
            return null;
        }
        for (Parameter p : m.getParameters()) {
            Class<?> t = p.getType();
            if (!(t == long.class || t == Long.class || t == int.class || t == Integer.class)) {
                continue;
            }
            String name = null;
            String value = null;
            if (p.getAnnotation(PathParam.class) != null) {
                name = p.getAnnotation(PathParam.class).value();
                value = uri.getPathParameters().getFirst(name);
            } else if (p.getAnnotation(QueryParam.class) != null) {
                name = p.getAnnotation(QueryParam.class).value();
                value = uri.getQueryParameters().getFirst(name);
            }
            if (name != null && value != null) {
                try {
                    Long.parseLong(value.strip());
                } catch (NumberFormatException nfe) {
                    return echo(name);
                }
            }
        }
        return null;
    }

    private static String echo(String s) {
        if (s == null) {
            return null;
        }
        return s.length() <= MAX_ECHO ? s : s.substring(0, MAX_ECHO) + "…";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.indexOf('.');
        // "publish.arg0.caseNumber" -> "caseNumber"
        String[] parts = propertyPath.split("\\.");
        return parts.length >= 3
                ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
