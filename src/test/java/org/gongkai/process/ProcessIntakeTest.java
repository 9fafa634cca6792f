package org.gongkai.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.gongkai.platform.Caller;
import org.gongkai.process.Submissions.CaseSubmission;
import org.gongkai.process.Submissions.EventSubmission;
import org.gongkai.process.Submissions.HearingSubmission;
import org.gongkai.process.Submissions.PartySubmission;
import org.junit.jupiter.api.Test;

/** The bulk-import hooks: same calls as the API, idempotent on re-import. */
@QuarkusTest
class ProcessIntakeTest {
    @Inject
    ProcessIntake intake;

    @Test
    void reimportCreatesNothingTwice() {
        Caller importer = new Caller();
        importer.asAdmin("import");
        String cn = ProcessFixtures.caseNumber("京0114");
        CaseSubmission c = new CaseSubmission(cn, "京0114", "民间借贷纠纷", "2026-02-01", false,
                List.of(new PartySubmission("吴十", "原告", "PERSON", "110114199001011111", "DEMO-CODE-0001")));
        EventSubmission e = new EventSubmission(cn, "ACCEPTED", "2026-02-02T09:00", "立案庭", "决定立案受理", List.of("受理通知书"),
                null, null, null);
        HearingSubmission h = new HearingSubmission(cn, "京0114", "第一法庭", "2027-01-05T09:00", "郑审判", true, null, null);

        var first = QuarkusTransaction.requiringNew().call(() -> List.of(intake.registerCase(c, importer).created(),
                intake.addEvent(cn, e, importer), intake.addHearing(h, importer)));
        var second = QuarkusTransaction.requiringNew().call(() -> List.of(intake.registerCase(c, importer).created(),
                intake.addEvent(cn, e, importer), intake.addHearing(h, importer)));
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
        ProcessFixtures.login(cn, "110114199001011111", "democode0001");
    }
}
