package org.gongkai.process;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.gongkai.platform.Caller;
import org.gongkai.platform.Json;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.RecordHandler;
import org.gongkai.process.Submissions.CaseSubmission;
import org.gongkai.process.Submissions.EventSubmission;
import org.gongkai.process.Submissions.HearingSubmission;

/**
 * Bulk-import records of kinds "case", "event" (with "caseNumber" in its data) and "hearing":
 * the same payloads and the same {@link ProcessIntake} methods as the publishing API.
 */
@ApplicationScoped
public class ProcessRecordHandler implements RecordHandler {
    @Inject
    ProcessIntake intake;

    @Override
    public Set<String> kinds() {
        return Set.of("case", "event", "hearing");
    }

    @Override
    public boolean handle(String kind, JsonNode data, Caller caller) throws Exception {
        return switch (kind) {
            case "case" ->
                intake.registerCase(Json.MAPPER.treeToValue(data, CaseSubmission.class), caller)
                        .created();
            case "event" -> {
                EventSubmission e = Json.MAPPER.treeToValue(data, EventSubmission.class);
                if (e.caseNumber() == null) {
                    throw ProblemException.invalidField(
                            "caseNumber", org.gongkai.platform.Texts.txt().err_case_number_required());
                }
                yield intake.addEvent(e.caseNumber(), e, caller).created();
            }
            case "hearing" ->
                intake.addHearing(Json.MAPPER.treeToValue(data, HearingSubmission.class), caller)
                        .created();
            default -> throw new IllegalArgumentException("not a process record: " + kind);
        };
    }
}
