package org.gongkai.platform;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Every public URL is built here, in code and in templates alike: templates call these methods
 * through the {@code links:} namespace ({@code {links:judgment(h.id)}}, {@code {links:hearings}}).
 */
@TemplateExtension(namespace = "links")
public final class Links {
    private Links() {}

    public static String home() {
        return "/";
    }

    public static String about() {
        return "/about";
    }
    /** The glossary, or one of its terms by anchor ({@code /glossary#shenxian}). */
    public static String glossary() {
        return "/glossary";
    }

    public static String glossaryTerm(String anchor) {
        return "/glossary#" + anchor;
    }

    /**
     * The glossary entry of a procedure named on a judgment ("二审" → appeal, "再审" → retrial), or
     * null when the glossary has none (issue 14: a term links to the glossary wherever it appears).
     */
    public static String glossaryForProcedure(String procedure) {
        if (procedure == null) {
            return null;
        }
        if (procedure.contains("再审")) {
            return glossaryTerm("zaishen");
        }
        if (procedure.contains("二审")) {
            return glossaryTerm("shangsu");
        }
        return null;
    }

    /** The glossary entry of a judgment's enforcement state (listed, restricted, closed for this round), or null. */
    public static String glossaryForEnforcement(String state) {
        if (state == null) {
            return null;
        }
        return switch (state) {
            case "DISHONEST" -> glossaryTerm("shixin-mingdan");
            case "RESTRICTED" -> glossaryTerm("xianzhi-xiaofei");
            case "TERMINATED" -> glossaryTerm("zhongben");
            default -> null;
        };
    }

    /** The API documentation (Swagger UI) and the OpenAPI description. */
    public static String apiDocs() {
        return "/q/swagger-ui";
    }

    public static String openApi() {
        return "/q/openapi";
    }

    // ---- judgments ----
    public static String judgment(long id) {
        return "/judgments/" + id;
    }

    public static String judgmentJson(long id) {
        return "/api/judgments/" + id;
    }

    public static String searchPage() {
        return "/search";
    }

    public static String advancedSearch() {
        return "/search/advanced";
    }

    public static String searchCourt(String court) {
        return "/search?court=" + enc(court);
    }

    public static String searchCause(String cause) {
        return "/search?cause=" + enc(cause);
    }

    public static String judgmentText(long id) {
        return "/api/judgments/" + id + "/text";
    }

    public static String search(String q) {
        return "/search?q=" + enc(q);
    }

    public static String searchLaw(String lawAndArticle) {
        return search("law:\"" + lawAndArticle + "\"");
    }

    public static String enc(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A path segment: percent-encoded, spaces as %20. */
    public static String segment(String s) {
        return enc(s).replace("+", "%20");
    }

    /** The judgment as its canonical JSON document (what the change feed hashes). */
    public static String judgmentDocumentJson(long id) {
        return "/judgments/" + id + ".json";
    }

    public static String judgmentXml(long id) {
        return "/judgments/" + id + ".xml";
    }

    public static String judgmentPdf(long id) {
        return "/judgments/" + id + ".pdf";
    }

    // ---- re-users (issue 15) ----
    public static String changes() {
        return "/api/changes";
    }
    /** The canonical public record of a channel's item: the JSON whose SHA-256 the change feed carries. */
    public static String record(String channel, long id) {
        return "/api/records/" + segment(channel) + "/" + id;
    }
    /** The public page of a channel's item. */
    public static String recordPage(String channel, long id) {
        return switch (channel) {
            case "dishonest" -> dishonest(id);
            case "restrictions" -> restrictions(); // restrictions and terminated cases are shown in their lists only
            case "terminations" -> terminations();
            default -> judgment(id);
        };
    }

    public static String takedowns() {
        return "/takedowns";
    }

    public static String exports() {
        return "/api/exports";
    }

    public static String completeness() {
        return "/courts/completeness";
    }

    public static String completenessJson() {
        return "/api/courts/completeness";
    }

    public static String completenessCsv() {
        return "/api/courts/completeness.csv";
    }

    public static String takedown(long seq) {
        return "/takedowns#t-" + seq;
    }

    // ---- case process ----
    public static String processAccess() {
        return "/process";
    }

    public static String processCase() {
        return "/process/case";
    }

    public static String processAccessForm() {
        return "/process/access";
    }

    public static String processLogout() {
        return "/process/logout";
    }

    public static String processDocument(long id) {
        return "/process/documents/" + id;
    }

    public static String processFeedAtom(String token) {
        return "/process/feed/" + token + ".atom";
    }

    public static String processFeedIcs(String token) {
        return "/process/feed/" + token + ".ics";
    }

    public static String hearings() {
        return "/hearings";
    }

    public static String courtHearingsAtom(String court) {
        return "/hearings/" + segment(court) + ".atom";
    }

    public static String courtHearingsIcs(String court) {
        return "/hearings/" + segment(court) + ".ics";
    }

    public static String publicCase(String caseNumber) {
        return "/cases/" + segment(caseNumber);
    }

    // ---- enforcement ----
    public static String enforcement() {
        return "/enforcement";
    }

    public static String dishonest(long id) {
        return "/enforcement/dishonest/" + id;
    }

    public static String dishonestList() {
        return "/enforcement/dishonest";
    }

    public static String restrictions() {
        return "/enforcement/restrictions";
    }

    public static String terminations() {
        return "/enforcement/terminations";
    }

    public static String enforcementStats() {
        return "/enforcement/stats";
    }

    public static String dishonestFeed(String courtCode) {
        return "/enforcement/dishonest/" + segment(courtCode) + ".atom";
    }

    public static String enforcementForBasis(String caseNumber) {
        return "/enforcement?basis=" + enc(caseNumber);
    }
}
