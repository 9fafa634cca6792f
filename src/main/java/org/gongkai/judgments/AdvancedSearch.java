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
    @QueryParam("all")
    public String all;

    @QueryParam("op")
    public String op;

    @QueryParam("all2")
    public String all2;

    @QueryParam("cause")
    public String cause;

    @QueryParam("title")
    public String title;

    @QueryParam("caseNumber")
    public String caseNumber;

    @QueryParam("court")
    public String court;

    @QueryParam("level")
    public String level;

    @QueryParam("category")
    public String category;

    @QueryParam("procedure")
    public String procedure;

    @QueryParam("kind")
    public String kind;

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    @QueryParam("party")
    public String party;

    @QueryParam("judge")
    public String judge;

    @QueryParam("lawyer")
    public String lawyer;

    @QueryParam("firm")
    public String firm;

    @QueryParam("law")
    public String law;

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

    private static final java.util.regex.Pattern FIELD =
            java.util.regex.Pattern.compile("(cause|title|casenumber|court|party|judge|lawyer|firm|law):\"([^\"]*)\"");
    private static final java.util.regex.Pattern TWO =
            java.util.regex.Pattern.compile("^\\((.*)\\) (AND|OR|NOT) \\((.*)\\)$");

    /**
     * The form as it was filled in for this search (issue 14: the advanced search comes back
     * filled in): the inverse of {@link #query()} and {@link #filters()}. A query typed by hand
     * fills what it can; the rest stays in 全文.
     */
    public static AdvancedSearch of(String q, Map<String, List<String>> filters, String from, String to) {
        AdvancedSearch a = new AdvancedSearch();
        String rest = q == null ? "" : q;
        var m = FIELD.matcher(rest);
        StringBuilder left = new StringBuilder();
        while (m.find()) {
            String v = m.group(2);
            switch (m.group(1)) {
                case "cause" -> a.cause = v;
                case "title" -> a.title = v;
                case "casenumber" -> a.caseNumber = v;
                case "court" -> a.court = v;
                case "party" -> a.party = v;
                case "judge" -> a.judge = v;
                case "lawyer" -> a.lawyer = v;
                case "firm" -> a.firm = v;
                default -> a.law = v;
            }
            m.appendReplacement(left, "");
        }
        m.appendTail(left);
        rest = left.toString().strip().replaceAll("\\s{2,}", " ");
        var two = TWO.matcher(rest);
        if (two.matches()) {
            a.all = two.group(1);
            a.op = two.group(2);
            a.all2 = two.group(3);
        } else if (rest.startsWith("NOT (") && rest.endsWith(")")) {
            a.op = "NOT";
            a.all2 = rest.substring(5, rest.length() - 1);
        } else {
            a.all = rest;
        }
        a.level = first(filters, "level");
        a.category = first(filters, "category");
        a.procedure = first(filters, "procedure");
        a.kind = first(filters, "kind");
        a.from = from;
        a.to = to;
        return a;
    }

    private static String first(Map<String, List<String>> filters, String key) {
        List<String> v = filters.get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** A choice of a select of the form, marked when it is the one chosen. */
    @io.quarkus.qute.TemplateData
    public record Option(String value, String label, boolean selected) {}

    /** The options of the select {@code name} (op, level, category, procedure, kind), the chosen one selected. */
    public List<Option> options(String name) {
        List<String> values = switch (name) {
            case "op" -> List.of("AND", "OR", "NOT");
            case "level" -> List.of("", "最高", "高级", "中级", "基层", "专门");
            case "category" -> List.of("", "刑事", "民事", "行政", "赔偿", "执行");
            case "procedure" -> List.of("", "一审", "二审", "再审", "再审审查", "执行", "特别程序", "其他");
            default -> List.of("", "判决书", "裁定书", "调解书", "决定书", "通知书", "支付令", "其他");
        };
        String chosen = switch (name) {
            case "op" -> op == null ? "AND" : op;
            case "level" -> level;
            case "category" -> category;
            case "procedure" -> procedure;
            default -> kind;
        };
        List<Option> out = new ArrayList<>();
        var msg = org.gongkai.platform.Texts.msg();
        for (String v : values) {
            // the labels in the page's language; the values stay the index's Chinese words
            String label = switch (v) {
                case "" -> msg.adv_any();
                case "AND" -> msg.adv_and();
                case "OR" -> msg.adv_or();
                case "NOT" -> msg.adv_not();
                case "最高" -> msg.level_supreme();
                case "高级" -> msg.level_high();
                case "中级" -> msg.level_intermediate();
                case "基层" -> msg.level_basic();
                case "专门" -> msg.level_special();
                case "刑事" -> msg.cat_criminal();
                case "民事" -> msg.cat_civil();
                case "行政" -> msg.cat_administrative();
                case "赔偿" -> msg.cat_compensation();
                case "执行" -> msg.cat_enforcement();
                case "一审" -> msg.proc_first();
                case "二审" -> msg.proc_second();
                case "再审" -> msg.proc_retrial();
                case "再审审查" -> msg.proc_retrial_review();
                case "特别程序" -> msg.proc_special();
                case "其他" -> msg.other();
                case "判决书" -> msg.kind_judgment();
                case "裁定书" -> msg.kind_ruling();
                case "调解书" -> msg.kind_mediation();
                case "决定书" -> msg.kind_decision();
                case "通知书" -> msg.kind_notice();
                case "支付令" -> msg.kind_payment_order();
                default -> v;
            };
            out.add(new Option(v, label, v.equals(chosen == null ? "" : chosen)));
        }
        return out;
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
