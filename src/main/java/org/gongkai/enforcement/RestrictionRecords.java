package org.gongkai.enforcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.gongkai.changes.PublicRecordSource;
import org.gongkai.platform.Json;

/** Consumption restrictions in force as canonical public records (rules §3.5: a lifted order leaves the public list). */
@ApplicationScoped
public class RestrictionRecords implements PublicRecordSource {
    public static final String CHANNEL = "restrictions";

    @Inject
    EnforcementSearch search;

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public Optional<String> publicRecord(long id) {
        return search.canonicalRestriction(id).map(Json::write);
    }

    @Override
    public java.util.List<Long> publicIds(long afterId, int limit) {
        return search.publicIds(EnforcementQueries.Register.RESTRICTION, afterId, limit);
    }
}
