package org.gongkai.process;

import static org.gongkai.process.ProcessFixtures.caseBody;
import static org.gongkai.process.ProcessFixtures.caseNumber;
import static org.gongkai.process.ProcessFixtures.event;
import static org.gongkai.process.ProcessFixtures.party;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.Race;
import org.gongkai.Race.Answer;
import org.gongkai.TestSupport;
import org.gongkai.cases.CourtCase;
import org.gongkai.cases.Party;
import org.gongkai.platform.Json;
import org.junit.jupiter.api.Test;

/**
 * Court requests racing each other on the process channel (issue 10): every write locks the
 * case first, so the same case, party, event, hearing or served document sent at once is
 * stored once, and the other requests get the existing receipt (200) or a 409 problem.
 */
@QuarkusTest
class ConcurrentProcessTest {
    private static final String COURT = "京0105";

    @TestHTTPResource("/")
    URI base;

    private static String token() {
        return TestSupport.courtToken(COURT);
    }

    private List<Answer> race(int n, String method, String path, Object body) {
        String json = Json.write(body);
        String token = token();
        return Race.at(n, i -> Race.json(base, method, path, token, json));
    }

    private static long count(String entity, String query, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> switch (entity) {
            case "case" -> CourtCase.count(query, params);
            case "party" -> Party.count(query, params);
            case "event" -> ProcessEvent.count(query, params);
            case "hearing" -> Hearing.count(query, params);
            case "document" -> ServedDocument.count(query, params);
            default -> throw new IllegalArgumentException(entity);
        });
    }

    private static Set<Long> ids(List<Answer> answers) {
        return answers.stream().filter(a -> a.status() < 300).map(Answer::id).collect(Collectors.toSet());
    }

    private static String newCase() {
        String cn = caseNumber(COURT);
        ProcessFixtures.register(
                COURT,
                caseBody(
                        cn,
                        COURT,
                        false,
                        List.of(
                                party("张三丰", "原告", "PERSON", ProcessApiTest.PERSON_ID),
                                party("北京某某科技有限公司", "被告", "ORGANISATION", ProcessApiTest.ORG_ID))));
        return cn;
    }

    @Test
    void theSameCaseRegisteredAtOnceIsStoredOnceWithItsParties() {
        String cn = caseNumber(COURT);
        var body = caseBody(
                cn,
                COURT,
                false,
                List.of(
                        party("李四", "原告", "PERSON", ProcessApiTest.PERSON_ID),
                        party("北京某某科技有限公司", "被告", "ORGANISATION", ProcessApiTest.ORG_ID)));
        List<Answer> answers = race(4, "POST", "/api/publish/cases", body);
        Race.assertStatuses(answers, 201, 409);
        assertEquals(1, Race.count(answers, 201), "one registration wins: " + Race.summary(answers));
        answers.stream()
                .filter(a -> a.status() == 409)
                .forEach(a -> assertTrue(a.body().contains("已登记"), a.body()));
        assertEquals(1L, count("case", "caseNumber", cn));
        assertEquals(2L, count("party", "courtCase.caseNumber", cn), "the parties are not registered twice");
    }

    @Test
    void theSameEventSentAtOnceIsStoredOnce() {
        String cn = newCase();
        List<Answer> answers = race(
                5,
                "POST",
                "/api/publish/cases/" + cn + "/events",
                event("ACCEPTED", "2026-01-11T09:00", "立案庭", "决定立案受理"));
        Race.assertStatuses(answers, 201, 200);
        assertEquals(1, Race.count(answers, 201), Race.summary(answers));
        assertEquals(1, ids(answers).size(), "every receipt names the same event");
        assertEquals(1L, count("event", "courtCase.caseNumber = ?1 and type = ?2", cn, EventType.ACCEPTED));
    }

    @Test
    void differentEventsSentAtOnceAreAllStored() {
        String cn = newCase();
        String token = token();
        List<Answer> answers = Race.at(
                6,
                i -> Race.json(
                        base,
                        "POST",
                        "/api/publish/cases/" + cn + "/events",
                        token,
                        Json.write(event("NOTICE_SERVED", "2026-01-1" + i + "T09:00", "民一庭", "第" + i + "份通知"))));
        Race.assertStatuses(answers, 201);
        assertEquals(6, ids(answers).size());
        assertEquals(6L, count("event", "courtCase.caseNumber", cn));
    }

    @Test
    void theSameHearingOfANewCaseSentAtOnceCreatesOneCaseAndOneHearing() {
        String cn = caseNumber(COURT);
        List<Answer> answers = race(
                4, "POST", "/api/publish/hearings", ProcessFixtures.hearing(COURT, cn, "2027-03-02T09:30", true, null));
        Race.assertStatuses(answers, 201, 200);
        assertEquals(1, Race.count(answers, 201), Race.summary(answers));
        assertEquals(1, ids(answers).size());
        assertEquals(1L, count("case", "caseNumber", cn));
        assertEquals(1L, count("hearing", "courtCase.caseNumber", cn));
    }

    @Test
    void theSamePartyAddedAtOnceIsAddedOnce() {
        String cn = newCase();
        Map<String, Object> p = party("欧阳娜娜", "第三人", "PERSON", "110101198001010010");
        List<Answer> answers = race(4, "POST", "/api/publish/cases/" + cn + "/parties", p);
        Race.assertStatuses(answers, 201, 409);
        assertEquals(1, Race.count(answers, 201), Race.summary(answers));
        long id = answers.stream()
                .filter(a -> a.status() == 201)
                .findFirst()
                .orElseThrow()
                .id();
        answers.stream().filter(a -> a.status() == 409).forEach(a -> {
            assertEquals("idNumber", a.json().getString("field"));
            assertTrue(a.body().contains("编号 " + id), "the 409 names the existing party: " + a.body());
        });
        assertEquals(
                1L,
                count(
                        "party",
                        "courtCase.caseNumber = ?1 and idNumber = ?2 and active = true",
                        cn,
                        "110101198001010010"));
    }

    @Test
    void theSameDocumentServedAtOnceLandsInTheInboxOnce() {
        String cn = newCase();
        Map<String, Object> d = new HashMap<>();
        d.put("all", true);
        d.put("title", "举证通知书");
        d.put("kind", "通知书");
        d.put("text", "请于十五日内提交证据。");
        List<Answer> answers = race(4, "POST", "/api/publish/cases/" + cn + "/documents", d);
        Race.assertStatuses(answers, 201, 200);
        assertEquals(1, Race.count(answers, 201), Race.summary(answers));
        assertEquals(1, ids(answers).size());
        answers.forEach(a -> assertEquals(2, a.json().getList("deliveries").size(), a.body()));
        assertEquals(1L, count("document", "courtCase.caseNumber", cn));
        // a different text is a different document
        d.put("text", "请于二十日内提交证据。");
        List<Answer> other = race(1, "POST", "/api/publish/cases/" + cn + "/documents", d);
        Race.assertStatuses(other, 201);
        assertEquals(2L, count("document", "courtCase.caseNumber", cn));
    }
}
