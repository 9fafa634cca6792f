package org.gongkai.process;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongkai.platform.MutableClock;

/** The calendar (.ics) of the hearings the /hearings page shows with its filters (issue 14). */
@Path("/hearings.ics")
public class FilteredHearingsCalendar {
    @Inject
    HearingService hearings;

    @Inject
    MutableClock clock;

    @GET
    @Operation(hidden = true)
    public Response ics(@BeanParam HearingsApiResource.HearingQuery query) {
        HearingService.Filter f = HearingsPage.feedFilter(query);
        var msg = org.gongkai.platform.Texts.msg();
        String title = HearingsPage.feedQuery(f).isEmpty()
                ? msg.feed_national_hearings()
                : msg.feed_filtered_hearings(HearingsPage.feedTitle(f));
        return Response.ok(
                        ProcessFeeds.hearingsIcs(title, hearings.forFeed(f), clock.instant()),
                        "text/calendar;charset=UTF-8")
                .build();
    }
}
