package org.gongkai.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.platform.Caller;
import org.gongkai.process.Submissions.CaseSubmission;
import org.gongkai.process.Submissions.EventSubmission;
import org.gongkai.process.Submissions.HearingSubmission;
import org.gongkai.process.Submissions.PartySubmission;
import org.gongkai.publishing.BulkImporter;
import org.junit.jupiter.api.Test;

/** The bulk-import hooks: same calls as the API, idempotent on re-import. */
@QuarkusTest
class ProcessIntakeTest {
    @Inject
    ProcessIntake intake;

    @Inject
    BulkImporter importer;

    @Test
    void reimportCreatesNothingTwice() {
        Caller importer = new Caller();
        importer.asAdmin("import");
        String cn = ProcessFixtures.caseNumber("京0114");
        CaseSubmission c = new CaseSubmission(
                cn,
                "京0114",
                "民间借贷纠纷",
                "2026-02-01",
                false,
                List.of(new PartySubmission("吴十", "原告", "PERSON", "110114199001011116", "DEMO-CODE-0001")),
                null);
        EventSubmission e = new EventSubmission(
                cn, "ACCEPTED", "2026-02-02T09:00", "立案庭", "决定立案受理", List.of("受理通知书"), null, null, null);
        HearingSubmission h =
                new HearingSubmission(cn, "京0114", "第一法庭", "2027-01-05T09:00", "郑审判", true, null, null, null);

        var first = QuarkusTransaction.requiringNew()
                .call(() -> List.of(
                        intake.registerCase(c, importer).created(),
                        intake.addEvent(cn, e, importer),
                        intake.addHearing(h, importer)));
        var second = QuarkusTransaction.requiringNew()
                .call(() -> List.of(
                        intake.registerCase(c, importer).created(),
                        intake.addEvent(cn, e, importer),
                        intake.addHearing(h, importer)));
        assertTrue((Boolean) first.get(0));
        assertFalse((Boolean) second.get(0));
        ProcessIntake.Created e1 = (ProcessIntake.Created) first.get(1);
        ProcessIntake.Created e2 = (ProcessIntake.Created) second.get(1);
        assertTrue(e1.created());
        assertFalse(e2.created());
        assertEquals(e1.id(), e2.id());
        ProcessIntake.Created h1 = (ProcessIntake.Created) first.get(2);
        ProcessIntake.Created h2 = (ProcessIntake.Created) second.get(2);
        assertTrue(h1.created());
        assertFalse(h2.created());
        assertEquals(h1.id(), h2.id());
        // the court-issued code of the import works
        ProcessFixtures.login(cn, "110114199001011116", "democode0001");
    }

    @Test
    void bulkImporterReadsProcessRecords() throws Exception {
        String cn = ProcessFixtures.caseNumber("京0114");
        String lines = String.join(
                "\n",
                "{\"kind\":\"case\",\"data\":{\"caseNumber\":\"" + cn + "\",\"court\":\"京0114\",\"cause\":\"劳动争议\","
                        + "\"filingDate\":\"2026-03-01\",\"publicInterest\":false,\"parties\":[{\"name\":\"冯十一\",\"role\":\"原告\","
                        + "\"kind\":\"PERSON\",\"idNumber\":\"110114199202020027\",\"queryCode\":\"IMPORTCODE22\"}]}}",
                "{\"kind\":\"event\",\"data\":{\"caseNumber\":\"" + cn
                        + "\",\"type\":\"ACCEPTED\",\"time\":\"2026-03-01T09:00:00\","
                        + "\"actor\":\"立案庭\",\"description\":\"决定立案受理\",\"documents\":[\"受理案件通知书\"],\"secret\":false}}",
                "{\"kind\":\"hearing\",\"data\":{\"caseNumber\":\"" + cn
                        + "\",\"court\":\"京0114\",\"courtroom\":\"第二法庭\","
                        + "\"time\":\"2027-02-02T09:00:00\",\"presidingJudge\":\"郑审判\",\"open\":true,\"cause\":\"劳动争议\",\"parties\":[\"冯十一\"]}}");
        Path dir = Files.createTempDirectory("process-import");
        Path file = dir.resolve("process.jsonl");
        Files.writeString(file, lines + "\n");
        var first = importer.importPath(file, System.out).get(0);
        assertEquals(3, first.imported(), first.format());
        Files.writeString(dir.resolve("again.jsonl"), lines + "\n");
        var second = importer.importPath(dir.resolve("again.jsonl"), System.out).get(0);
        assertEquals(0, second.imported(), second.format());
        assertEquals(3, second.duplicates(), second.format());
        String cookie = ProcessFixtures.login(cn, "110114199202020027", "IMPORTCODE22");
        io.restassured.RestAssured.given()
                .cookie(LitigantAccess.COOKIE, cookie)
                .get("/api/process/case")
                .then()
                .statusCode(200)
                .body("timeline[0].documents[0]", org.hamcrest.Matchers.equalTo("受理案件通知书"))
                .body("hearings[0].parties[0]", org.hamcrest.Matchers.equalTo("冯某"));
    }
}
