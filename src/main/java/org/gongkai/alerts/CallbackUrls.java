package org.gongkai.alerts;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import org.gongkai.platform.ProblemException;

/**
 * Which callback URLs the portal will post to. A webhook is a request the portal makes on a stranger's
 * behalf, so it must not reach what only the portal can reach (server-side request forgery, OWASP
 * SSRF prevention cheat sheet): http or https only, no user info, and no address that is loopback,
 * private (RFC 1918, RFC 4193), link-local (cloud metadata at 169.254.169.254), carrier-grade NAT
 * (RFC 6598), multicast or unspecified. Every address the host resolves to is checked, at
 * registration and again before each attempt (the name may point elsewhere by then), and redirects
 * are not followed. {@code allowed}: addresses let through anyway (tests use 127.0.0.1).
 */
public final class CallbackUrls {
    private final Set<String> allowed;

    public CallbackUrls(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /** The URL when it may be used; else 400 problem naming the field {@code callbackUrl}. */
    public URI check(String url) {
        if (url == null || url.isBlank()) {
            throw ProblemException.invalidField(
                    "callbackUrl", "必填：接收提醒的 http(s) 地址（required: the http(s) URL that receives the alerts）");
        }
        if (url.length() > 2000) {
            throw ProblemException.invalidField("callbackUrl", "地址过长，最多 2000 个字符（at most 2000 characters）");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw ProblemException.invalidField("callbackUrl", "不是有效的网址（not a valid URL）");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ProblemException.invalidField("callbackUrl", "只接受 http 或 https 地址（only http and https URLs）");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw ProblemException.invalidField(
                    "callbackUrl", "需要主机名，不能带用户信息或片段（a host is required; no user info, no fragment）");
        }
        refuseInternal(uri.getHost());
        return uri;
    }

    /** Resolves the host and refuses when any of its addresses is internal (see the class comment). */
    public void refuseInternal(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(h);
        } catch (UnknownHostException e) {
            throw ProblemException.invalidField("callbackUrl", "无法解析主机名（the host name does not resolve）");
        }
        for (InetAddress a : addresses) {
            if (internal(a) && !allowed.contains(a.getHostAddress())) {
                throw ProblemException.invalidField(
                        "callbackUrl",
                        "不向内部或私有网络地址发送（refused: " + a.getHostAddress()
                                + " is a loopback, private, link-local or otherwise internal address）");
            }
        }
    }

    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress()
                || a.isSiteLocalAddress()
                || a.isLinkLocalAddress()
                || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0
                    || (first == 100 && second >= 64 && second < 128) // RFC 6598 shared address space
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // RFC 6890 IETF protocol assignments
                    || first >= 240; // reserved and broadcast
        }
        // IPv6 unique local fc00::/7 (RFC 4193); IPv4-mapped addresses are checked as IPv4 by the JDK already
        return (b[0] & 0xfe) == 0xfc;
    }
}
