package org.gongkai.enforcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.gongkai.changes.PublicRecordSource;
import org.gongkai.platform.Json;

/** Terminated enforcement cases (终本, rules §3.6) as canonical public records. */
@ApplicationScoped
public class TerminationRecords implements PublicRecordSource {
    public static final String CHANNEL = "terminations";

    @Inject
    EnforcementSearch search;

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public Optional<String> publicRecord(long id) {
        return search.canonicalTermination(id).map(Json::write);
    }

    @Override
    public java.util.List<Long> publicIds(long afterId, int limit) {
        return search.publicIds(EnforcementQueries.Register.TERMINATION, afterId, limit);
    }
}
