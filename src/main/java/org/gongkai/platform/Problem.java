package org.gongkai.platform;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String field,
        Long retryAfterSeconds,
        Object takedown) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(
            String type,
            String title,
            int status,
            String detail,
            String instance,
            String field,
            Long retryAfterSeconds) {
        this(type, title, status, detail, instance, field, retryAfterSeconds, null);
    }

    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance, null, null);
    }
}
