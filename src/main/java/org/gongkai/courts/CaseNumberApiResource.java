package org.gongkai.courts;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;

/** Case-number parsing for clients: {@code GET /api/case-numbers/parse?q=（2023）京0105民初12345号}. */
@Path("/api/case-numbers")
@Produces(MediaType.APPLICATION_JSON)
public class CaseNumberApiResource {

    private final Clock clock;

    /** The application clock (platform {@code ClockProducer}) decides the latest valid year. */
    public CaseNumberApiResource(Clock clock) {
        this.clock = clock;
    }

    @GET
    @Path("/parse")
    public CaseNumberView parse(@QueryParam("q") String q) {
        try {
            return CaseNumberView.of(CaseNumberParser.parse(q, clock), CourtDirectory.standard());
        } catch (InvalidCaseNumberException e) {
            throw CaseNumberProblems.problem(e, "q", false);
        }
    }
}
