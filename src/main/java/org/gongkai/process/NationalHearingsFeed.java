package org.gongkai.process;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongkai.platform.AtomFeed;
import org.gongkai.platform.MutableClock;

/** The national feed of hearing announcements (/hearings.atom). */
@Path("/hearings.atom")
public class NationalHearingsFeed {
    @Inject
    HearingService hearings;

    @Inject
    MutableClock clock;

    /**
     * All courts, or the hearings that match the filters of the /hearings page (court, cause,
     * party or case number, dates): the page links to the feed of what it shows (issue 14).
     */
    @GET
    @Operation(hidden = true)
    public Response atom(@jakarta.ws.rs.BeanParam HearingsApiResource.HearingQuery query) {
        HearingService.Filter f = HearingsPage.feedFilter(query);
        String qs = HearingsPage.feedQuery(f);
        if (qs.isEmpty()) {
            return Response.ok(
                            ProcessFeeds.hearingsAtom(
                                    "urn:gongkai:hearings",
                                    org.gongkai.platform.Texts.msg().feed_national_hearings(),
                                    "/hearings.atom",
                                    hearings.forFeed((String) null),
                                    clock.instant()),
                            AtomFeed.MEDIA_TYPE + ";charset=UTF-8")
                    .build();
        }
        return Response.ok(
                        ProcessFeeds.hearingsAtom(
                                "urn:gongkai:hearings:"
                                        + org.gongkai.platform.Hashing.sha256(qs)
                                                .substring(0, 16),
                                org.gongkai.platform.Texts.msg().feed_filtered_hearings(HearingsPage.feedTitle(f)),
                                "/hearings.atom?" + qs,
                                hearings.forFeed(f),
                                clock.instant()),
                        AtomFeed.MEDIA_TYPE + ";charset=UTF-8")
                .build();
    }
}
