package org.gongkai.judgments;

import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The advanced search form (the national site's fields). It is turned into an ordinary query
 * string plus filters, so the resulting /search URL is shareable and the API accepts it as is.
 */
public class AdvancedSearch {
    @QueryParam("all") public String all;
    @QueryParam("op") public String op;
    @QueryParam("all2") public String all2;
    @QueryParam("cause") public String cause;
    @QueryParam("title") public String title;
    @QueryParam("caseNumber") public String caseNumber;
    @QueryParam("court") public String court;
    @QueryParam("level") public String level;
    @QueryParam("category") public String category;
    @QueryParam("procedure") public String procedure;
    @QueryParam("kind") public String kind;
    @QueryParam("from") public String from;
    @QueryParam("to") public String to;
    @QueryParam("party") public String party;
    @QueryParam("judge") public String judge;
    @QueryParam("lawyer") public String lawyer;
    @QueryParam("firm") public String firm;
    @QueryParam("law") public String law;

    /** The query-language string: words joined with the chosen operator, then field clauses. */
    public String query() {
        List<String> parts = new ArrayList<>();
        String a = blank(all) ? null : all.strip();
        String b = blank(all2) ? null : all2.strip();
        if (a != null && b != null) {
            String word = switch (op == null ? "AND" : op) {
                case "OR", "或者" -> "OR";
                case "NOT", "不包含" -> "NOT";
                default -> "AND";
            };
            parts.add("(" + a + ") " + word + " (" + b + ")");
        } else if (a != null) {
            parts.add(a);
        } else if (b != null) {
            parts.add("NOT".equals(op) || "不包含".equals(op) ? "NOT (" + b + ")" : b);
        }
        field(parts, "cause", cause);
        field(parts, "title", title);
        field(parts, "casenumber", caseNumber);
        field(parts, "court", court);
        field(parts, "party", party);
        field(parts, "judge", judge);
        field(parts, "lawyer", lawyer);
        field(parts, "firm", firm);
        field(parts, "law", law);
        return String.join(" ", parts);
    }

    public Map<String, List<String>> filters() {
        Map<String, List<String>> f = new LinkedHashMap<>();
        if (!blank(level)) f.put("level", List.of(level.strip()));
        if (!blank(category)) f.put("category", List.of(category.strip()));
        if (!blank(procedure)) f.put("procedure", List.of(procedure.strip()));
        if (!blank(kind)) f.put("kind", List.of(kind.strip()));
        return f;
    }

    public String url() {
        return SearchPage.url(query(), filters(), from, to, null, null);
    }

    private static void field(List<String> parts, String name, String value) {
        if (!blank(value)) {
            parts.add(name + ":\"" + value.strip().replace("\"", "") + "\"");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
