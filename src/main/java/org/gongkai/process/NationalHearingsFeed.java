package org.gongkai.process;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.gongkai.platform.MutableClock;

/** The national feed of hearing announcements (/hearings.atom). */
@Path("/hearings.atom")
public class NationalHearingsFeed {
    @Inject
    HearingService hearings;
    @Inject
    MutableClock clock;

    @GET
    @Operation(hidden = true)
    public Response atom() {
        return Response.ok(ProcessFeeds.hearingsAtom("urn:gongkai:hearings", org.gongkai.web.Texts.msg().feed_national_hearings(), "/hearings.atom",
                hearings.forFeed(null), clock.instant()), AtomFeed.MEDIA_TYPE + ";charset=UTF-8").build();
    }
}
