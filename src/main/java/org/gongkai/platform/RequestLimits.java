package org.gongkai.platform;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request size limits answered in the portal's own error shapes (problem+json under /api, a
 * Chinese page elsewhere, security headers on both) instead of the HTTP server's empty replies:
 * <ul>
 *   <li>414 for a request target longer than {@code gongkai.http.max-uri-chars};</li>
 *   <li>431 for request headers larger than {@code gongkai.http.max-header-bytes} in total;</li>
 *   <li>413 for a declared Content-Length above {@code quarkus.http.limits.max-body-size}
 *       (a chunked body over that size is stopped while it is read, and mapped by
 *       {@link ErrorMappers}).</li>
 * </ul>
 * The HTTP decoder's own limits ({@code quarkus.http.limits.max-initial-line-length},
 * {@code max-header-size}) are set well above these, so that this filter sees the request;
 * only requests beyond those hard limits still get the server's bare 414/431.
 */
@ApplicationScoped
public class RequestLimits {
    static final int PRIORITY = SecurityHeaders.PRIORITY - 100;

    int maxUriChars;
    int maxHeaderBytes;

    @Inject
    void configure(GongkaiConfig config) {
        maxUriChars = config.http().maxUriChars();
        maxHeaderBytes = config.http().maxHeaderBytes();
    }

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBody;

    @Inject
    ErrorPages pages;

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext rc) {
        String uri = rc.request().uri();
        if (uri != null && uri.length() > maxUriChars) {
            refuse(
                    rc,
                    414,
                    "网址过长：最多 " + maxUriChars + " 个字符，请缩短查询条件（URI too long: at most " + maxUriChars + " characters）",
                    false);
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> e : rc.request().headers()) {
            headerBytes += e.getKey().length() + e.getValue().length() + 4;
        }
        if (headerBytes > maxHeaderBytes) {
            refuse(
                    rc,
                    431,
                    "请求头过大：合计最多 " + maxHeaderBytes + " 字节，请清除本站 Cookie 后重试（request header fields too large: at most "
                            + maxHeaderBytes + " bytes in total）",
                    true);
            return;
        }
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            if (declared > maxBody.asLongValue()) {
                refuse(
                        rc,
                        413,
                        "提交的内容过大：最多 " + maxBody.asLongValue() + " 字节（request body too large: at most "
                                + maxBody.asLongValue() + " bytes）",
                        true);
                return;
            }
        }
        rc.next();
    }

    /**
     * Answers and, where the client may still be sending a body we will not read, closes the
     * connection after the answer (as the HTTP server itself does for 413).
     */
    private void refuse(RoutingContext rc, int status, String detail, boolean close) {
        if (close) {
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        pages.send(
                rc, Problem.of(status, ErrorTexts.reason(status), detail, ErrorPages.shownPath(rc.normalizedPath())));
    }
}
