package org.gongkai.platform;

/**
 * An error a client caused or should know about. Rendered as RFC 9457 problem-details JSON on
 * the API and as a friendly Chinese page in HTML.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String title;
    private final String field;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, null);
    }

    public ProblemException(int status, String title, String detail, String field) {
        super(detail);
        this.status = status;
        this.title = title;
        this.field = field;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad Request", detail);
    }

    public static ProblemException invalidField(String field, String detail) {
        return new ProblemException(400, "Invalid field", field + ": " + detail, field);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not Found", detail);
    }

    /**
     * Values a client may send, quoted for a problem detail in either language: {@code 'month', 'court'}
     * (codes of the API, not words of the interface).
     */
    public static String codes(String... values) {
        return java.util.Arrays.stream(values)
                .map(v -> "'" + v + "'")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public String field() {
        return field;
    }
}
