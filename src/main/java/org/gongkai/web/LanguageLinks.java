package org.gongkai.web;

import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Keeps a language chosen by {@code ?lang=} in the page's own links and forms, for clients that
 * keep no cookie (a crawler, a link shared in English): every link to a page of the portal gets
 * {@code lang=}, every GET form a hidden {@code lang} field, every POST form's action the
 * parameter. Browsers also get the cookie, so without the parameter nothing is rewritten.
 */
public class LanguageLinks {
    private static final Pattern HREF = Pattern.compile("(\\shref=\")(/(?!/)[^\"#]*)(#[^\"]*)?\"");
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>");
    private static final Pattern METHOD_POST = Pattern.compile("\\smethod=\"post\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("(\\saction=\")(/[^\"]*)\"");

    @Inject
    io.quarkus.vertx.http.runtime.CurrentVertxRequest request;

    @ServerResponseFilter
    public void keepLanguage(ContainerResponseContext response) {
        RoutingContext rc = request.getCurrent();
        if (!Languages.explicit(rc) || response.getMediaType() == null
                || !response.getMediaType().isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return;
        }
        Object entity = response.getEntity();
        String html = entity instanceof TemplateInstance t ? t.render() : entity instanceof String s ? s : null;
        if (html != null) {
            response.setEntity(rewrite(html, Languages.of(rc)));
        }
    }

    /** The page with {@code lang} kept in its internal links and forms. */
    static String rewrite(String html, Language lang) {
        String param = Languages.PARAM + "=" + lang.code;
        Matcher m = HREF.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (m.find()) {
            String url = m.group(2);
            String fragment = m.group(3) == null ? "" : m.group(3);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + withParam(url, param) + fragment + "\""));
        }
        m.appendTail(out);
        Matcher f = FORM.matcher(out.toString());
        StringBuilder forms = new StringBuilder(out.length() + 256);
        while (f.find()) {
            String attrs = f.group(1);
            String replacement;
            if (METHOD_POST.matcher(attrs).find()) {
                Matcher a = ACTION.matcher(attrs);
                replacement = a.find() ? "<form" + attrs.substring(0, a.start()) + a.group(1) + withParam(a.group(2), param) + "\""
                        + attrs.substring(a.end()) + ">" : f.group();
            } else {
                replacement = f.group() + "<input type=\"hidden\" name=\"" + Languages.PARAM + "\" value=\"" + lang.code + "\">";
            }
            f.appendReplacement(forms, Matcher.quoteReplacement(replacement));
        }
        f.appendTail(forms);
        return forms.toString();
    }

    /** Internal page links only: not the API, the static files, the feeds, or a link that names its language. */
    static String withParam(String url, String param) {
        if (url.startsWith("/api") || url.startsWith("/q/") || url.startsWith("/css/") || url.startsWith("/js/")
                || url.endsWith(".atom") || url.endsWith(".ics") || url.contains("lang=") || url.contains(".csv")
                || url.contains("/feed/")) {
            return url;
        }
        return url + (url.contains("?") ? "&amp;" : "?") + param;
    }
}
