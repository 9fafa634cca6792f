package org.gongkai.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Every public URL is built here, not typed into templates. */
public final class Links {
    private Links() {}

    public static String judgment(long id) { return "/judgments/" + id; }

    public static String judgmentText(long id) { return "/api/judgments/" + id + "/text"; }

    public static String search(String q) { return "/search?q=" + enc(q); }

    public static String searchLaw(String lawAndArticle) { return search("law:\"" + lawAndArticle + "\""); }

    public static String enc(String s) { return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
