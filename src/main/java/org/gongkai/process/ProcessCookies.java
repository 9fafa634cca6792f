package org.gongkai.process;

import io.vertx.core.http.HttpServerRequest;

/**
 * The litigant session cookie: HttpOnly, SameSite=Lax (Strict would drop the cookie when a party
 * follows a link to /process/case from a mail or another site; Lax still keeps it off
 * cross-site POSTs), Secure when the request came over https (directly or per
 * X-Forwarded-Proto), Path=/, Max-Age = session ttl.
 */
final class ProcessCookies {
    private ProcessCookies() {}

    /** The Set-Cookie header value of a new session. */
    static String session(LitigantAccess.Granted g, HttpServerRequest request) {
        return LitigantAccess.COOKIE + "=" + g.cookieValue() + "; Path=/; Max-Age=" + g.maxAgeSeconds()
                + "; HttpOnly; SameSite=Lax" + (secure(request) ? "; Secure" : "");
    }

    /** The Set-Cookie header value that ends the session in the browser. */
    static String cleared(HttpServerRequest request) {
        return LitigantAccess.COOKIE
                + "=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax"
                + (secure(request) ? "; Secure" : "");
    }

    static boolean secure(HttpServerRequest request) {
        return request.isSSL() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    static String client(HttpServerRequest request) {
        return request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().host();
    }
}
