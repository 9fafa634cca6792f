package org.gongkai.process;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongkai.courts.Court;
import org.gongkai.platform.AtomFeed;
import org.gongkai.platform.Links;
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.Pager;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.Texts;
import org.gongkai.process.ProcessTemplates.HearingForm;
import org.gongkai.process.ProcessViews.HearingPage;

/** The public hearing announcements page (works without JavaScript) and the per-court feeds. */
@Path("/hearings")
public class HearingsPage {
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @Inject
    HearingService hearings;

    @Inject
    MutableClock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response list(
            @BeanParam HearingsApiResource.HearingQuery query, @jakarta.ws.rs.QueryParam("upto") String uptoParam) {
        // a range typed the wrong way round is read the right way round, and the page says so (issue 14)
        String notice = null;
        if (isDate(query.from) && isDate(query.to) && query.from.strip().compareTo(query.to.strip()) > 0) {
            String from = query.to.strip(), to = query.from.strip();
            notice = Texts.txt()
                    .hearings_swapped(
                            to, from, org.gongkai.platform.Formats.prose(from), org.gongkai.platform.Formats.prose(to));
            query.from = from;
            query.to = to;
        }
        HearingForm form = new HearingForm(nz(query.court), nz(query.from), nz(query.to), nz(query.q), nz(query.cause));
        HearingPage page;
        String error = null;
        long upto = 0;
        Pager pager = null;
        try {
            int pageNo = Pager.parse(query.page);
            upto = Pager.parseUpto(uptoParam);
            if (upto == 0) {
                upto = hearings.latestId();
            }
            HearingService.Filter f = query.filter();
            page = hearings.search(
                    new HearingService.Filter(f.court(), f.from(), f.to(), f.q(), f.cause(), pageNo, f.size()), upto);
            pager = pager(page, form, upto);
        } catch (ProblemException e) {
            error = e.detail();
            page = new HearingPage(List.of(), 0, 1, HearingService.PAGE_SIZE, 1);
        }
        String courtName = null;
        String feedQuery = error == null
                ? feedQuery(
                        new HearingService.Filter(form.court(), form.from(), form.to(), form.q(), form.cause(), null))
                : "";
        String atom = "/hearings.atom" + (feedQuery.isEmpty() ? "" : "?" + feedQuery);
        String ics = feedQuery.isEmpty() ? null : "/hearings.ics?" + feedQuery;
        if (!form.court().isBlank() && error == null) {
            Court c = hearings.court(form.court()).orElse(null);
            if (c != null) {
                courtName = c.name();
                if (form.cause().isBlank()
                        && form.q().isBlank()
                        && form.from().isBlank()
                        && form.to().isBlank()) {
                    // the court alone: its own feeds
                    atom = Links.courtHearingsAtom(c.code());
                    ics = Links.courtHearingsIcs(c.code());
                }
            }
        }
        int status = error == null ? 200 : 400;
        return Response.status(status)
                .entity(ProcessTemplates.Hearings.list(page, form, error, pager, atom, ics, courtName, notice))
                .type(HTML)
                .build();
    }

    private static boolean isDate(String s) {
        if (s == null || s.isBlank()) {
            return false;
        }
        try {
            java.time.LocalDate.parse(s.strip());
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** The filters of a feed request (no page). */
    static HearingService.Filter feedFilter(HearingsApiResource.HearingQuery query) {
        return new HearingService.Filter(query.court, query.from, query.to, query.q, query.cause, null);
    }

    /** The query string of a filtered feed, empty without filters. */
    static String feedQuery(HearingService.Filter f) {
        java.util.StringJoiner j = new java.util.StringJoiner("&");
        if (!nz(f.court()).isBlank()) j.add("court=" + Links.enc(f.court().strip()));
        if (!nz(f.cause()).isBlank()) j.add("cause=" + Links.enc(f.cause().strip()));
        if (!nz(f.q()).isBlank()) j.add("q=" + Links.enc(f.q().strip()));
        if (!nz(f.from()).isBlank()) j.add("from=" + Links.enc(f.from().strip()));
        if (!nz(f.to()).isBlank()) j.add("to=" + Links.enc(f.to().strip()));
        return j.toString();
    }

    /** "法院 京0105 · 案由 借款 · 2026-12-01 至 2026-12-31" */
    static String feedTitle(HearingService.Filter f) {
        java.util.StringJoiner j = new java.util.StringJoiner(" · ");
        var msg = Texts.msg();
        if (!nz(f.court()).isBlank()) j.add(msg.feed_f_court(f.court().strip()));
        if (!nz(f.cause()).isBlank()) j.add(msg.feed_f_cause(f.cause().strip()));
        if (!nz(f.q()).isBlank()) j.add(msg.feed_f_q(f.q().strip()));
        if (!nz(f.from()).isBlank() || !nz(f.to()).isBlank())
            j.add(msg.feed_f_dates(nz(f.from()).strip(), nz(f.to()).strip()));
        return j.toString();
    }

    @GET
    @Path("/{file}")
    @Operation(hidden = true)
    public Response courtFeed(@PathParam("file") String file) {
        int dot = file.lastIndexOf('.');
        String ext = dot < 0 ? "" : file.substring(dot + 1);
        Court court = dot < 0 ? null : hearings.court(file.substring(0, dot)).orElse(null);
        if (court == null || !(ext.equals("atom") || ext.equals("ics"))) {
            throw ProblemException.notFound(org.gongkai.platform.Texts.txt().err_no_hearing_feed(file));
        }
        var list = hearings.forFeed(court.code());
        if (ext.equals("atom")) {
            return Response.ok(
                            ProcessFeeds.hearingsAtom(
                                    "urn:gongkai:hearings:" + court.code(),
                                    Texts.msg().feed_court_hearings(court.name()),
                                    Links.courtHearingsAtom(court.code()),
                                    list,
                                    clock.instant()),
                            AtomFeed.MEDIA_TYPE + ";charset=UTF-8")
                    .build();
        }
        return Response.ok(
                        ProcessFeeds.hearingsIcs(Texts.msg().feed_court_hearings(court.name()), list, clock.instant()),
                        "text/calendar;charset=UTF-8")
                .build();
    }

    static Pager pager(HearingPage page, HearingForm form, long upto) {
        String base = "/hearings?"
                + feedQuery(
                        new HearingService.Filter(form.court(), form.from(), form.to(), form.q(), form.cause(), null));
        String prefix = base.endsWith("?") ? base : base + "&";
        List<Pager.Hidden> hidden = new ArrayList<>();
        // a size asked for stays on the other pages (their offsets count in it)
        boolean sized = page.pageSize() != HearingService.PAGE_SIZE;
        String pages = sized ? prefix + "size=" + page.pageSize() + "&" : prefix;
        if (sized) {
            hidden.add(new Pager.Hidden("size", Integer.toString(page.pageSize())));
        }
        for (String[] kv : new String[][] {
            {"court", form.court()}, {"cause", form.cause()}, {"q", form.q()}, {"from", form.from()}, {"to", form.to()}
        }) {
            if (!kv[1].isBlank()) {
                hidden.add(new Pager.Hidden(kv[0], kv[1]));
            }
        }
        hidden.add(new Pager.Hidden("upto", Long.toString(upto)));
        return Pager.of(
                page.page(),
                page.total(),
                page.pageSize(),
                n -> pages + "page=" + n + "&upto=" + upto,
                "/hearings",
                hidden);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
