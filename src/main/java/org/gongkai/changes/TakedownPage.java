package org.gongkai.changes;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The takedown register as a page: every withdrawal, correction and removal, newest first. */
@Path("/takedowns")
@Produces(MediaType.TEXT_HTML)
public class TakedownPage {
    @CheckedTemplate(basePath = "changes")
    static class Templates {
        static native TemplateInstance takedowns(ChangeFeed.Register register, String channel, String nextUrl);
    }

    @Inject
    ChangeFeed feed;

    @GET
    @Operation(hidden = true)
    public TemplateInstance page(@QueryParam("before") String before, @QueryParam("channel") String channel) {
        ChangeFeed.Register r = feed.register(before, 100, channel);
        String next = r.next() == null
                ? null
                : "/takedowns?before=" + r.next()
                        + (channel == null || channel.isBlank()
                                ? ""
                                : "&channel=" + org.gongkai.platform.Links.enc(channel));
        return Templates.takedowns(r, channel, next);
    }
}
