package org.gongkai.process;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongkai.platform.RequestValues;
import org.gongkai.platform.Texts;
import org.gongkai.process.ProcessViews.HearingPage;

/** Public hearing announcements (开庭公告). */
@Path("/api/hearings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "case process", description = "Hearing announcements, public timelines, parties' access to their case")
public class HearingsApiResource {
    /** Query parameters shared by the JSON list and the /hearings page. */
    public static class HearingQuery {
        @QueryParam("court")
        public String court;

        @QueryParam("from")
        public String from;

        @QueryParam("to")
        public String to;

        @QueryParam("q")
        public String q;

        @QueryParam("cause")
        public String cause;

        @QueryParam("page")
        public String page;

        @QueryParam("size")
        public String size;

        HearingService.Filter filter() {
            return new HearingService.Filter(court, from, to, q, cause, page(), size());
        }

        /** The page number as sent (its range is checked by the search), null when not given. */
        private Integer page() {
            return RequestValues.integer(
                    page, "page", () -> Texts.txt().err_not_page(page, String.valueOf(HearingService.MAX_PAGE)));
        }

        /** Hearings a page as sent (its range is checked by the search), the default when not given. */
        private int size() {
            Integer n = RequestValues.integer(
                    size, "size", () -> Texts.txt().err_not_size(size, String.valueOf(HearingService.MAX_SIZE)));
            return n == null ? HearingService.PAGE_SIZE : n;
        }
    }

    @Inject
    HearingService hearings;

    @GET
    @Operation(
            summary =
                    "Open hearings: the coming ones first (or from `from` on, in time order; a search shows the latest first); q = case number (any variant) or party name as published; pages by `cursor` (the `next` of the page before; stable while courts announce more) or by page number from 1; `size` hearings a page, 1 to 100 (20 if not given)")
    public HearingPage list(@BeanParam HearingQuery query, @QueryParam("cursor") String cursor) {
        return hearings.search(query.filter(), 0, cursor);
    }
}
