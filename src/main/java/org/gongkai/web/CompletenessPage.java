package org.gongkai.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.enforcement.Csv;
import org.gongkai.enforcement.SvgCharts;
import org.gongkai.platform.Texts;
import org.gongkai.publishing.CourtCompleteness;
import org.gongkai.publishing.CourtCompleteness.Row;

/** The court completeness and delay dashboard (issue 15): page with charts and tables, JSON and CSV. */
@Path("/")
public class CompletenessPage {
    static final int CHART_COURTS = 20;

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance completeness(
                CourtCompleteness.Report report, String completenessChart, String delayChart, String provinceChart);
    }

    @Inject
    CourtCompleteness completeness;

    @GET
    @Path("courts/completeness")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance page() {
        CourtCompleteness.Report r = completeness.report();
        List<Row> ranked = r.courts().stream()
                .filter(c -> c.completeness() != null)
                .limit(CHART_COURTS)
                .toList();
        var txt = Texts.txt();
        String byCompleteness = SvgCharts.bars(
                "c-complete",
                txt.cp_chart_complete_title(),
                txt.cp_chart_complete_desc(String.valueOf(CHART_COURTS)),
                ranked.stream()
                        .map(c -> new SvgCharts.Bar(c.name(), percent(c.completeness())))
                        .toList());
        String byDelay = SvgCharts.bars(
                "c-delay",
                txt.cp_chart_delay_title(),
                txt.cp_chart_delay_desc(String.valueOf(CHART_COURTS)),
                r.courts().stream()
                        .filter(c -> c.medianDelayWorkingDays() != null)
                        .limit(CHART_COURTS)
                        .map(c -> new SvgCharts.Bar(c.name(), c.medianDelayWorkingDays()))
                        .toList());
        String byProvince = SvgCharts.bars(
                "c-province",
                txt.cp_chart_province_title(),
                txt.cp_chart_province_desc(),
                r.provinces().stream()
                        .filter(p -> p.completeness() != null)
                        .map(p -> new SvgCharts.Bar(p.name(), percent(p.completeness())))
                        .toList());
        // the categories of withheld documents in the page's language (the JSON keeps the rule's Chinese)
        r = new CourtCompleteness.Report(r.courts(), r.provinces(), localised(r.reasons()));
        return Templates.completeness(r, byCompleteness, byDelay, byProvince);
    }

    /** The dashboard's data for machines (a class of its own: {@code /api/…} paths are matched before {@code /}). */
    @Path("/api/courts")
    public static class Api {
        @Inject
        CourtCompleteness completeness;

        @GET
        @Path("completeness")
        @Produces(MediaType.APPLICATION_JSON)
        @Tag(name = "courts")
        @Operation(
                summary = "Court completeness and delay: per court (ranked by completeness) and per province",
                description =
                        "casesClosed (process channel) and closedWithJudgment (a judgment published in full or as the"
                                + " rules' stub); published and onTime (within 7 working days of effect, rule 1.3); median working days"
                                + " from effect to publication; documents stubbed or withheld per rule 1.2 category (reasons).")
        public CourtCompleteness.Report json() {
            return completeness.report();
        }

        @GET
        @Path("completeness.csv")
        @Produces("text/csv;charset=UTF-8")
        @Tag(name = "courts")
        @Operation(
                summary =
                        "The completeness dashboard as CSV (UTF-8 with BOM): one row per court, then one per province")
        public Response csv() {
            CourtCompleteness.Report r = completeness.report();
            List<String> reasons = List.copyOf(r.reasons().keySet());
            // headings in the request's language (issue 14: CSV headers have Chinese text)
            var t = Texts.txt();
            List<Object> header = new ArrayList<>(Arrays.asList(
                    t.cp_csv_level(),
                    t.cp_csv_code(),
                    t.cp_csv_name(),
                    t.cp_province(),
                    t.cp_rank(),
                    t.cp_closed(),
                    t.cp_with_judgment(),
                    t.cp_completeness(),
                    t.cp_published(),
                    t.cp_csv_on_time_count(),
                    t.cp_on_time(),
                    t.cp_median(),
                    t.cp_csv_decided(),
                    t.cp_csv_withheld_count(),
                    t.cp_withheld()));
            Map<String, String> labels = localised(r.reasons());
            reasons.forEach(k -> header.add(t.cp_csv_withheld_reason(labels.get(k))));
            StringBuilder sb = new StringBuilder(Csv.BOM).append(Csv.row(header));
            rows(sb, t.cp_level_court(), r.courts(), reasons);
            rows(sb, t.cp_level_province(), r.provinces(), reasons);
            return Response.ok(sb.toString(), "text/csv;charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"gongkai-court-completeness.csv\"")
                    .build();
        }
    }

    private static void rows(StringBuilder sb, String level, List<Row> rows, List<String> reasons) {
        int rank = 0;
        for (Row c : rows) {
            rank++;
            List<Object> cells = new ArrayList<>(Arrays.asList(
                    level,
                    c.code(),
                    c.name(),
                    c.province(),
                    rank,
                    c.casesClosed(),
                    c.closedWithJudgment(),
                    c.completeness(),
                    c.published(),
                    c.onTime(),
                    c.onTimeShare(),
                    c.medianDelayWorkingDays(),
                    c.decided(),
                    c.withheld(),
                    c.withheldShare()));
            reasons.forEach(k -> cells.add(c.withheldByReason().getOrDefault(k, 0L)));
            sb.append(Csv.row(cells));
        }
    }

    /** The withholding categories (rule 1.2) in the request's language: messages {@code withheld_<CODE>}. */
    static Map<String, String> localised(Map<String, String> reasons) {
        Map<String, String> out = new LinkedHashMap<>();
        reasons.forEach((k, v) -> {
            String label = Texts.label("withheld", k);
            out.put(k, label.equals(k) ? v : label);
        });
        return out;
    }

    private static double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }
}
