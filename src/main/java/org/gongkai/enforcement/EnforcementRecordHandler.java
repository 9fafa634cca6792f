package org.gongkai.enforcement;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.gongkai.enforcement.Submissions.DishonestSubmission;
import org.gongkai.enforcement.Submissions.RestrictionSubmission;
import org.gongkai.enforcement.Submissions.TerminationSubmission;
import org.gongkai.platform.Caller;
import org.gongkai.platform.Json;
import org.gongkai.platform.RecordHandler;

/**
 * Bulk-import records {@code {"kind": "dishonest"|"restriction"|"termination", "data": {…}}},
 * the same payloads as the publishing API, through {@link EnforcementIntake}.
 */
@ApplicationScoped
public class EnforcementRecordHandler implements RecordHandler {
    @Inject
    EnforcementIntake intake;

    @Override
    public Set<String> kinds() {
        return Set.of("dishonest", "restriction", "termination");
    }

    @Override
    public boolean handle(String kind, JsonNode data, Caller caller) throws Exception {
        return switch (kind) {
            case "dishonest" ->
                intake.listDishonest(Json.MAPPER.treeToValue(data, DishonestSubmission.class), caller)
                        .created();
            case "restriction" ->
                intake.addRestriction(Json.MAPPER.treeToValue(data, RestrictionSubmission.class), caller)
                        .created();
            case "termination" ->
                intake.addTermination(Json.MAPPER.treeToValue(data, TerminationSubmission.class), caller)
                        .created();
            default -> throw new IllegalArgumentException("not an enforcement record kind: " + kind);
        };
    }

    /**
     * A court's restriction order for a debtor it listed as dishonest arrives after the listing, which
     * created a provisional restriction (rules §3.5): the order replaces it (its date, acts and person),
     * which is neither a new record nor a duplicate.
     */
    @Override
    public Result apply(String kind, JsonNode data, Caller caller) throws Exception {
        if (kind.equals("restriction")) {
            var o = intake.addRestriction(Json.MAPPER.treeToValue(data, RestrictionSubmission.class), caller);
            return o.created() ? Result.CREATED : o.completed() ? Result.COMPLETED : Result.DUPLICATE;
        }
        return RecordHandler.super.apply(kind, data, caller);
    }
}
