package org.gongkai.enforcement;

import static org.gongkai.enforcement.Fixtures.list;
import static org.gongkai.enforcement.Fixtures.listing;
import static org.gongkai.enforcement.Fixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.gongkai.judgments.JudgmentService;
import org.gongkai.judgments.JudgmentView;
import org.gongkai.platform.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A judgment page learns what became of the judgment in enforcement. */
@QuarkusTest
class JudgmentLinkTest {
    static final String COURT = "豫0105";

    @Inject
    JudgmentService.EnforcementLookup lookup;

    @Inject
    MutableClock clock;

    @AfterEach
    void after() {
        clock.reset();
    }

    @Test
    void summaryFollowsTheRecordsOfTheBasis() {
        LocalDate d = clock.today().minusMonths(1);
        String basis = Fixtures.basisNumber(COURT);
        assertTrue(lookup.forBasis(basis).isEmpty());

        // a terminated case enforcing the judgment, the basis written with half-width brackets
        Map<String, Object> t = Fixtures.termination(COURT, person("执行甲", Fixtures.idNumber()), d, "300");
        t.put("basisDocumentNumber", basis.replace("（", "(").replace("）", ")"));
        Fixtures.create(COURT, "/terminations", t);
        JudgmentView.EnforcementSummary s = lookup.forBasis(basis).orElseThrow();
        assertEquals("TERMINATED", s.state());
        assertEquals("终结本次执行", s.label());
        assertEquals(java.util.List.of(t.get("caseNumber")), s.enforcementCaseNumbers());

        // a listing on the same basis comes first, with its restriction
        Map<String, Object> l = listing(COURT, person("执行甲", Fixtures.idNumber()), 1, d);
        l.put("basisDocumentNumber", basis);
        long id = list(COURT, l);
        s = lookup.forBasis(basis.replace("（", "[").replace("）", "]")).orElseThrow();
        assertEquals("DISHONEST", s.state());
        assertEquals("被列为失信被执行人；限制消费；终结本次执行", s.label());
        assertTrue(s.enforcementCaseNumbers().contains(l.get("caseNumber")));
        assertTrue(s.url().startsWith("/enforcement?basis="), s.url());

        // performed: the listing and its restriction leave, the summary says so
        Fixtures.post(COURT, "/dishonest/" + id + "/remove", Map.of("reason", "PERFORMED"))
                .statusCode(200);
        s = lookup.forBasis(basis).orElseThrow();
        assertEquals("PERFORMED", s.state());
        assertEquals("已履行；终结本次执行", s.label());

        // the page the summary links to lists the records of the basis
        String page = io.restassured.RestAssured.given()
                .urlEncodingEnabled(false)
                .get(s.url())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(page.contains((String) t.get("caseNumber")), page);
    }

    @Test
    void restrictionOnly() {
        String basis = Fixtures.basisNumber(COURT);
        Map<String, Object> r = Fixtures.restriction(
                COURT, person("执行乙", Fixtures.idNumber()), clock.today().minusDays(3));
        r.put("basisDocumentNumber", basis);
        Fixtures.create(COURT, "/restrictions", r);
        JudgmentView.EnforcementSummary s = lookup.forBasis(basis).orElseThrow();
        assertEquals("RESTRICTED", s.state());
        assertEquals("限制消费", s.label());
    }
}
