package org.gongkai.enforcement;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongkai.courts.Court;
import org.gongkai.courts.CourtService;
import org.gongkai.enforcement.EnforcementFilter.SortOrder;
import org.gongkai.enforcement.EnforcementStats.StatsView;
import org.gongkai.enforcement.EnforcementViews.DishonestView;
import org.gongkai.enforcement.EnforcementViews.RestrictionView;
import org.gongkai.enforcement.EnforcementViews.ResultPage;
import org.gongkai.enforcement.EnforcementViews.TerminationView;
import org.gongkai.platform.AtomFeed;
import org.gongkai.platform.Formats;
import org.gongkai.platform.Links;
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.Pager;
import org.gongkai.platform.Texts;

/** HTML pages of the enforcement channel (no JavaScript needed) and the Atom feeds per court. */
@Path("/enforcement")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class EnforcementPage {
    /** An option of a select box. */
    public record Option(String value, String label, boolean selected) {}

    @CheckedTemplate(basePath = "enforcement")
    static class Templates {
        static native TemplateInstance index(String basis, EnforcementSearch.BasisRecords records);

        static native TemplateInstance dishonest(
                FilterParams params,
                long total,
                List<DishonestView> hits,
                Pager pager,
                String csvUrl,
                String jsonlUrl,
                List<Option> grounds,
                List<Option> kinds,
                List<Option> sorts);

        static native TemplateInstance dishonestDetail(DishonestView d, String feedUrl);

        static native TemplateInstance restrictions(
                FilterParams params,
                long total,
                List<RestrictionView> hits,
                Pager pager,
                String csvUrl,
                List<Option> kinds,
                List<Option> sorts);

        static native TemplateInstance terminations(
                FilterParams params,
                long total,
                List<TerminationView> hits,
                Pager pager,
                String csvUrl,
                List<Option> kinds,
                List<Option> sorts);

        static native TemplateInstance stats(
                StatsView stats,
                StatsView byProvince,
                String monthChart,
                String provinceChart,
                String groundChart,
                String listedChart,
                String terminationChart,
                List<DurationLabel> durations,
                String csvUrl,
                String from,
                String to,
                String court);
    }

    @Inject
    EnforcementSearch search;

    @Inject
    EnforcementFilters filters;

    @Inject
    EnforcementStats stats;

    @Inject
    LookupLimits limits;

    @Inject
    CourtService courts;

    @Inject
    MutableClock clock;

    @GET
    public TemplateInstance index(@QueryParam("basis") String basis, @Context HttpServerRequest request) {
        EnforcementSearch.BasisRecords records = null;
        if (basis != null && !basis.isBlank()) {
            limits.browse(request);
            records = search.forBasis(filters.canonical(basis).orElse(basis.strip()));
        }
        return Templates.index(basis == null ? "" : basis.strip(), records);
    }

    @GET
    @Path("/dishonest")
    public TemplateInstance dishonest(
            @BeanParam FilterParams params,
            @QueryParam("page") String pageParam,
            @QueryParam("upto") String uptoParam,
            @Context HttpServerRequest request) {
        limits.list(request, params);
        long upto = snapshot(EnforcementQueries.Register.DISHONEST, uptoParam);
        ResultPage<DishonestView> page = search.dishonest(numbered(filters.filter(params), pageParam, upto), true);
        boolean person = params.hasIdNumber();
        params = params.echo();
        return Templates.dishonest(
                params,
                page.total(),
                page.hits(),
                person ? null : pager("/enforcement/dishonest", params, page, pageParam, upto),
                person ? null : "/api/enforcement/dishonest.csv" + params.query(null),
                person ? null : "/api/enforcement/dishonest.jsonl" + params.query(null),
                grounds(params.ground),
                kinds(params.kind),
                sorts(params.sort, true));
    }

    @GET
    @Path("/dishonest/{id: \\d+}")
    public TemplateInstance dishonestDetail(@PathParam("id") long id, @Context HttpServerRequest request) {
        limits.browse(request);
        DishonestView d = search.dishonest(id);
        return Templates.dishonestDetail(d, Links.dishonestFeed(d.courtCode()));
    }

    @GET
    @Path("/dishonest/{court}.atom")
    @Produces("application/atom+xml;charset=UTF-8")
    @Operation(summary = "Atom feed of the newest dishonest-debtor listings of a court")
    public Response feed(@PathParam("court") String court, @Context UriInfo uri, @Context HttpServerRequest request) {
        limits.browse(request);
        Court c = courts.require(court, "court");
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        List<EnforcementSearch.FeedEntry> entries = search.newestOfCourt(c.code(), 50);
        Instant updated = entries.isEmpty() ? clock.instant() : entries.get(0).publishedAt();
        List<AtomFeed.Entry> list = new ArrayList<>();
        var msg = Texts.msg();
        for (var e : entries) {
            DishonestView d = e.listing();
            String number = d.idNumber() != null
                    ? msg.feed_id_number(d.idNumber())
                    : d.creditCode() != null ? msg.feed_credit_code(d.creditCode()) : "";
            list.add(new AtomFeed.Entry(
                    "tag:gongkai.org,2024:enforcement/dishonest/" + d.id(),
                    msg.feed_dishonest_entry(d.debtorName(), d.caseNumber()),
                    e.publishedAt(),
                    number
                            + msg.feed_dishonest_summary(
                                    EnforcementLabels.ground(d.ground()), Formats.date(d.decisionDate()))
                            + (d.termEnd() == null ? "" : msg.feed_term_end(Formats.date(d.termEnd()))),
                    base + d.url()));
        }
        String xml = AtomFeed.write(new AtomFeed.Feed(
                "tag:gongkai.org,2024:enforcement/dishonest/" + c.code(),
                Texts.lbl().enf_dishonest_list() + " · " + c.name(),
                updated,
                c.name(),
                List.of(
                        new AtomFeed.Link("self", base + Links.dishonestFeed(c.code()), null),
                        new AtomFeed.Link(
                                "alternate",
                                base + "/enforcement/dishonest?court=" + Links.enc(c.code()),
                                "text/html")),
                list));
        return Response.ok(xml, AtomFeed.MEDIA_TYPE + ";charset=UTF-8").build();
    }

    @GET
    @Path("/restrictions")
    public TemplateInstance restrictions(
            @BeanParam FilterParams params,
            @QueryParam("page") String pageParam,
            @QueryParam("upto") String uptoParam,
            @Context HttpServerRequest request) {
        limits.list(request, params);
        long upto = snapshot(EnforcementQueries.Register.RESTRICTION, uptoParam);
        ResultPage<RestrictionView> page = search.restrictions(numbered(filters.filter(params), pageParam, upto), true);
        boolean person = params.hasIdNumber();
        params = params.echo();
        return Templates.restrictions(
                params,
                page.total(),
                page.hits(),
                person ? null : pager("/enforcement/restrictions", params, page, pageParam, upto),
                person ? null : "/api/enforcement/restrictions.csv" + params.query(null),
                kinds(params.kind),
                sorts(params.sort, false));
    }

    @GET
    @Path("/terminations")
    public TemplateInstance terminations(
            @BeanParam FilterParams params,
            @QueryParam("page") String pageParam,
            @QueryParam("upto") String uptoParam,
            @Context HttpServerRequest request) {
        limits.list(request, params);
        long upto = snapshot(EnforcementQueries.Register.TERMINATION, uptoParam);
        ResultPage<TerminationView> page = search.terminations(numbered(filters.filter(params), pageParam, upto), true);
        boolean person = params.hasIdNumber();
        params = params.echo();
        return Templates.terminations(
                params,
                page.total(),
                page.hits(),
                person ? null : pager("/enforcement/terminations", params, page, pageParam, upto),
                person ? null : "/api/enforcement/terminations.csv" + params.query(null),
                kinds(params.kind),
                sorts(params.sort, true));
    }

    /** A bucket of the "how long" table with its label in the page's language ("31–90 天"). */
    public record DurationLabel(EnforcementStats.DurationRow row, String label) {}

    @GET
    @Path("/stats")
    public TemplateInstance stats(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("court") String court) {
        StatsView byMonth = stats.stats("month", from, to, court);
        StatsView byProvince = stats.stats("province", from, to, court);
        List<SvgCharts.Bar> months = byMonth.rows().stream()
                .map(r -> new SvgCharts.Bar(r.key(), r.listings()))
                .toList();
        List<SvgCharts.Bar> provinces = byProvince.rows().stream()
                .map(r -> new SvgCharts.Bar(r.label(), r.listings()))
                .toList();
        List<SvgCharts.Bar> grounds = byMonth.grounds().stream()
                .map(g -> new SvgCharts.Bar(g.ground() + " " + EnforcementLabels.ground(g.ground()), g.listings()))
                .toList();
        var msg = Texts.lbl();
        String monthChart = SvgCharts.bars(
                "chart-month",
                msg.chart_month_title(),
                msg.chart_month_desc(byMonth.totals().listings()),
                months);
        String provinceChart =
                SvgCharts.bars("chart-province", msg.chart_province_title(), msg.chart_province_desc(), provinces);
        String groundChart = SvgCharts.bars("chart-ground", msg.chart_ground_title(), msg.chart_ground_desc(), grounds);
        // how long: days listed before removal, days from filing to termination (issue 14)
        EnforcementStats.Durations d = byMonth.durations();
        List<DurationLabel> durations = d.rows().stream()
                .map(r -> new DurationLabel(
                        r,
                        r.toDays() == null
                                ? msg.duration_over(Formats.grouped((long) r.fromDays()))
                                : msg.duration_range(
                                        Formats.grouped((long) r.fromDays()), Formats.grouped((long) r.toDays()))))
                .toList();
        String listedChart = SvgCharts.bars(
                "chart-listed-days",
                msg.chart_listed_days_title(),
                msg.chart_listed_days_desc(d.listingsMeasured()),
                durations.stream()
                        .map(l -> new SvgCharts.Bar(l.label(), l.row().listingsRemoved()))
                        .toList());
        String terminationChart = SvgCharts.bars(
                "chart-termination-days",
                msg.chart_termination_days_title(),
                msg.chart_termination_days_desc(d.terminationsMeasured()),
                durations.stream()
                        .map(l -> new SvgCharts.Bar(l.label(), l.row().terminations()))
                        .toList());
        String query = new StringBuilder()
                .append("?by=month")
                .append(from == null || from.isBlank() ? "" : "&from=" + org.gongkai.platform.Links.enc(from))
                .append(to == null || to.isBlank() ? "" : "&to=" + org.gongkai.platform.Links.enc(to))
                .append(court == null || court.isBlank() ? "" : "&court=" + org.gongkai.platform.Links.enc(court))
                .toString();
        return Templates.stats(
                byMonth,
                byProvince,
                monthChart,
                provinceChart,
                groundChart,
                listedChart,
                terminationChart,
                durations,
                "/api/enforcement/stats.csv" + query,
                from == null ? "" : from,
                to == null ? "" : to,
                court == null ? "" : court);
    }

    /**
     * The numbered page a person asked for (issue 14), in the snapshot of the register taken when
     * page 1 was shown; a request with an API cursor keeps paging by cursor.
     */
    private static EnforcementFilter numbered(EnforcementFilter f, String page, long upto) {
        return f.cursor() != null ? f : f.withPage((Pager.parse(page) - 1) * f.size(), upto);
    }

    private long snapshot(EnforcementQueries.Register reg, String upto) {
        long n = Pager.parseUpto(upto);
        return n > 0 ? n : search.latestId(reg);
    }

    private Pager pager(String path, FilterParams params, ResultPage<?> page, String pageParam, long upto) {
        if (params.cursor != null && !params.cursor.isBlank()) {
            return null;
        }
        int size = FilterParams.notBlank(params.size)
                ? Integer.parseInt(params.size.strip())
                : EnforcementFilter.DEFAULT_SIZE;
        List<Pager.Hidden> hidden = new ArrayList<>();
        params.asMap().forEach((k, v) -> hidden.add(new Pager.Hidden(k, v)));
        String base = path + params.query(null);
        String sep = base.contains("?") ? "&" : "?";
        return Pager.of(
                Pager.parse(pageParam),
                page.total(),
                size,
                n -> base + sep + "page=" + n + (upto > 0 ? "&upto=" + upto : ""),
                path,
                withUpto(hidden, upto));
    }

    private static List<Pager.Hidden> withUpto(List<Pager.Hidden> hidden, long upto) {
        if (upto > 0) {
            hidden.add(new Pager.Hidden("upto", Long.toString(upto)));
        }
        return hidden;
    }

    static List<Option> grounds(String selected) {
        List<Option> out = new ArrayList<>();
        out.add(new Option("", Texts.lbl().enf_all_grounds(), selected == null || selected.isBlank()));
        for (Ground g : Ground.values()) {
            out.add(new Option(
                    String.valueOf(g.number()),
                    g.number() + ". " + EnforcementLabels.ground(g.number()),
                    String.valueOf(g.number()).equals(selected == null ? null : selected.strip())));
        }
        return out;
    }

    static List<Option> kinds(String selected) {
        String s = selected == null ? "" : selected.strip().toUpperCase(java.util.Locale.ROOT);
        var msg = Texts.lbl();
        return List.of(
                new Option("", msg.enf_kind_all(), s.isEmpty()),
                new Option("PERSON", msg.debtorKind_PERSON(), s.equals("PERSON")),
                new Option("ORGANISATION", msg.debtorKind_ORGANISATION(), s.equals("ORGANISATION")));
    }

    static List<Option> sorts(String selected, boolean withAmount) {
        String s = selected == null || selected.isBlank()
                ? "newest"
                : selected.strip().toLowerCase(java.util.Locale.ROOT);
        List<Option> out = new ArrayList<>();
        var msg = Texts.lbl();
        out.add(new Option(SortOrder.NEWEST.param(), msg.enf_sort_newest(), s.equals("newest")));
        out.add(new Option(SortOrder.OLDEST.param(), msg.enf_sort_oldest(), s.equals("oldest")));
        if (withAmount) {
            out.add(new Option(SortOrder.AMOUNT.param(), msg.enf_sort_amount(), s.equals("amount")));
        }
        out.add(new Option(SortOrder.NAME.param(), msg.enf_sort_name(), s.equals("name")));
        return out;
    }
}
