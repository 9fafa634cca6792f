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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.enforcement.Csv;
import org.gongkai.enforcement.SvgCharts;
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
        String byCompleteness = SvgCharts.bars(
                "c-complete",
                "各法院文书公开完整率（%）",
                "已结案件中公布了裁判文书的比例，按完整率排序，前 " + CHART_COURTS + " 个法院",
                ranked.stream()
                        .map(c -> new SvgCharts.Bar(c.name(), percent(c.completeness())))
                        .toList());
        String byDelay = SvgCharts.bars(
                "c-delay",
                "各法院公布时间中位数（工作日）",
                "从裁判文书生效到公布的工作日数中位数",
                r.courts().stream()
                        .filter(c -> c.medianDelayWorkingDays() != null)
                        .limit(CHART_COURTS)
                        .map(c -> new SvgCharts.Bar(c.name(), c.medianDelayWorkingDays()))
                        .toList());
        String byProvince = SvgCharts.bars(
                "c-province",
                "各省文书公开完整率（%）",
                "各省法院已结案件中公布了裁判文书的比例",
                r.provinces().stream()
                        .filter(p -> p.completeness() != null)
                        .map(p -> new SvgCharts.Bar(p.name(), percent(p.completeness())))
                        .toList());
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
            List<Object> header = new ArrayList<>(Arrays.asList(
                    "level",
                    "code",
                    "name",
                    "province",
                    "rank",
                    "casesClosed",
                    "closedWithJudgment",
                    "completeness",
                    "published",
                    "onTime",
                    "onTimeShare",
                    "medianDelayWorkingDays",
                    "decided",
                    "withheld",
                    "withheldShare"));
            reasons.forEach(k -> header.add("withheld_" + k));
            StringBuilder sb = new StringBuilder(Csv.BOM).append(Csv.row(header));
            rows(sb, "court", r.courts(), reasons);
            rows(sb, "province", r.provinces(), reasons);
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

    private static double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }
}
