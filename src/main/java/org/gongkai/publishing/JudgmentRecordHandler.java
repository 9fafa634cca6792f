package org.gongkai.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.gongkai.platform.Caller;
import org.gongkai.platform.Json;
import org.gongkai.platform.RecordHandler;

/** Bulk-import records of kind "judgment" (the POST /api/publish/judgments payload). */
@ApplicationScoped
public class JudgmentRecordHandler implements RecordHandler {
    @Inject
    JudgmentPublisher publisher;

    @Override
    public Set<String> kinds() {
        return Set.of("judgment");
    }

    @Override
    public boolean handle(String kind, JsonNode data, Caller caller) throws Exception {
        JudgmentSubmission s = Json.MAPPER.treeToValue(data, JudgmentSubmission.class);
        return publisher.submit(s, caller, "IMPORT", null).created();
    }
}
