package org.gongkai.platform;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The interface language of the current page, for {@code <html lang>} and the language switch. */
@RequestScoped
@Named("i18n")
public class I18n {
    private Language language;
    private RoutingContext rc;

    private void init() {
        if (language == null) {
            rc = Languages.currentContext();
            language = Languages.of(rc);
        }
    }

    public Language language() {
        init();
        return language;
    }

    /** zh-Hans or en, for {@code <html lang>}. */
    public String tag() {
        return language().tag;
    }

    public boolean en() {
        return language() == Language.EN;
    }

    /** The other language of the switch. */
    public Language other() {
        return en() ? Language.ZH : Language.EN;
    }

    /** This page in the other language: the same path and query, with {@code lang} set. */
    public String switchUrl() {
        return urlIn(other());
    }

    String urlIn(Language target) {
        init();
        if (rc == null) {
            return "/?" + Languages.PARAM + "=" + target.code;
        }
        StringBuilder sb = new StringBuilder(rc.normalizedPath()).append('?');
        for (Map.Entry<String, String> e : rc.queryParams()) {
            if (!e.getKey().equals(Languages.PARAM) && !PRIVATE.contains(e.getKey())) {
                sb.append(enc(e.getKey())).append('=').append(enc(e.getValue())).append('&');
            }
        }
        return sb.append(Languages.PARAM).append('=').append(target.code).toString();
    }

    /** Parameters a page never writes back into a link: a typed ID number or query code stays out of the HTML (issue 9). */
    static final java.util.Set<String> PRIVATE = java.util.Set.of("idNumber", "queryCode", "code");

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
