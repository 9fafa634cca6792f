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
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.ProblemException;
import org.gongkai.process.ProcessTemplates.HearingForm;
import org.gongkai.process.ProcessTemplates.PageLink;
import org.gongkai.process.ProcessViews.HearingPage;
import org.gongkai.web.Links;
import org.gongkai.web.Texts;

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
    public Response list(@BeanParam HearingsApiResource.HearingQuery query) {
        HearingForm form = new HearingForm(nz(query.court), nz(query.from), nz(query.to), nz(query.q), nz(query.cause));
        HearingPage page;
        String error = null;
        try {
            page = hearings.search(query.filter());
        } catch (ProblemException e) {
            error = e.detail();
            page = new HearingPage(List.of(), 0, 1, HearingService.PAGE_SIZE, 1);
        }
        String courtName = null;
        String atom = "/hearings.atom";
        String ics = null;
        if (!form.court().isBlank()) {
            Court c = hearings.court(form.court()).orElse(null);
            if (c != null) {
                courtName = c.name();
                atom = Links.courtHearingsAtom(c.code());
                ics = Links.courtHearingsIcs(c.code());
            }
        }
        int status = error == null ? 200 : 400;
        return Response.status(status).entity(ProcessTemplates.Hearings.list(page, form, error, pager(page, form), atom, ics,
                courtName)).type(HTML).build();
    }

    @GET
    @Path("/{file}")
    @Operation(hidden = true)
    public Response courtFeed(@PathParam("file") String file) {
        int dot = file.lastIndexOf('.');
        String ext = dot < 0 ? "" : file.substring(dot + 1);
        Court court = dot < 0 ? null : hearings.court(file.substring(0, dot)).orElse(null);
        if (court == null || !(ext.equals("atom") || ext.equals("ics"))) {
            throw ProblemException.notFound("no hearing feed at /hearings/" + file);
        }
        var list = hearings.forFeed(court.code());
        if (ext.equals("atom")) {
            return Response.ok(ProcessFeeds.hearingsAtom("urn:gongkai:hearings:" + court.code(), Texts.msg().feed_court_hearings(court.name()),
                    Links.courtHearingsAtom(court.code()), list, clock.instant()), AtomFeed.MEDIA_TYPE + ";charset=UTF-8").build();
        }
        return Response.ok(ProcessFeeds.hearingsIcs(Texts.msg().feed_court_hearings(court.name()), list, clock.instant()),
                "text/calendar;charset=UTF-8").build();
    }

    static List<PageLink> pager(HearingPage page, HearingForm form) {
        List<PageLink> links = new ArrayList<>();
        if (page.pages() <= 1) {
            return links;
        }
        String base = "/hearings?court=" + Links.enc(form.court()) + "&from=" + Links.enc(form.from()) + "&to="
                + Links.enc(form.to()) + "&q=" + Links.enc(form.q()) + "&cause=" + Links.enc(form.cause()) + "&page=";
        if (page.page() > 1) {
            links.add(new PageLink(Texts.msg().previous_page(), base + (page.page() - 1), false));
        }
        links.add(new PageLink(Texts.msg().page_of(page.page(), page.pages()), base + page.page(), true));
        if (page.page() < page.pages()) {
            links.add(new PageLink(Texts.msg().next_page(), base + (page.page() + 1), false));
        }
        return links;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
