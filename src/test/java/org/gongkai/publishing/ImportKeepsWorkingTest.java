package org.gongkai.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.courts.CourtDirectory;
import org.gongkai.demo.DemoCorpusGenerator;
import org.gongkai.demo.DemoRecord;
import org.gongkai.platform.Json;
import org.gongkai.platform.ProblemException;
import org.gongkai.testdata.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The field checks of issue 9 (cause lists, person-like organisations, ID check digits) refuse no judgment
 * of the default demo corpus and none of the real judgments of ../shared/data. The checks are run as
 * the intake runs them ({@link JudgmentPublisher#validate}), without publishing: the other tests share
 * this application's index. (The corpus's case, hearing and enforcement records are imported in full by
 * DemoCorpusProcessTest and DemoRecordsTest.)
 */
@QuarkusTest
class ImportKeepsWorkingTest {
    static final Path REAL = SharedData.file(SharedData.JUDGMENTS);

    @Inject
    JudgmentPublisher publisher;

    @Inject
    TextImport textImport;

    @Test
    void everyJudgmentOfTheDefaultDemoCorpusPassesTheFieldChecks() throws Exception {
        int judgments = 0;
        List<String> refused = new ArrayList<>();
        for (DemoRecord r : (Iterable<DemoRecord>)
                new DemoCorpusGenerator(DemoCorpusGenerator.DEFAULT_SEED, CourtDirectory.standard()).generate()
                        ::iterator) {
            if (!r.kind().equals(DemoRecord.JUDGMENT)) {
                continue;
            }
            JsonNode data = Json.MAPPER.readTree(DemoCorpusGenerator.toJson(r)).path("data");
            judgments++;
            try {
                publisher.validate(Json.MAPPER.treeToValue(data, JudgmentSubmission.class), false);
            } catch (ProblemException e) {
                refused.add(data.path("caseNumber").asText() + ": " + e.detail());
            }
        }
        assertTrue(judgments > 1000, "judgments: " + judgments);
        assertEquals(List.of(), refused);
    }

    @Test
    void noRealJudgmentIsRefusedForItsCausePartiesOrIdNumbers() throws Exception {
        SharedData.require(SharedData.JUDGMENTS);
        Map<String, Integer> refused = new TreeMap<>();
        int texts = 0;
        int freeTextCauses = 0;
        for (String line : Files.readAllLines(REAL)) {
            if (line.isBlank()) {
                continue;
            }
            texts++;
            JudgmentSubmission s;
            try {
                s = textImport.toSubmission(
                        Json.MAPPER.readTree(line).path("text").asText());
            } catch (ProblemException e) {
                continue; // no court or case number in the text: refused as before, not by a field check
            }
            try {
                var v = publisher.validate(s, true);
                freeTextCauses += v.causeFreeText() ? 1 : 0;
            } catch (ProblemException e) {
                boolean fieldCheck = e.field() != null
                        && (e.field().equals("cause")
                                || e.field().endsWith(".name")
                                || e.field().endsWith(".idNumber"));
                refused.merge((fieldCheck ? "FIELD CHECK " : "") + e.detail(), 1, Integer::sum);
            }
        }
        System.out.printf(
                "real judgments: %d texts, %d causes on neither list (published de-identified)%n",
                texts, freeTextCauses);
        assertTrue(texts >= 200, "texts: " + texts);
        assertTrue(refused.keySet().stream().noneMatch(k -> k.startsWith("FIELD CHECK")), refused.toString());
    }
}
