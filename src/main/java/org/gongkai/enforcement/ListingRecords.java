package org.gongkai.enforcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.gongkai.changes.PublicRecordSource;
import org.gongkai.platform.Json;

/** The dishonest-debtor listings' canonical public records (masked ID numbers only), hashed by the change feed. */
@ApplicationScoped
public class ListingRecords implements PublicRecordSource {
    public static final String CHANNEL = "dishonest";

    @Inject
    EnforcementSearch search;

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public Optional<String> publicRecord(long id) {
        return search.canonical(id).map(Json::write);
    }

    @Override
    public java.util.List<Long> publicIds(long afterId, int limit) {
        return search.publicIds(EnforcementQueries.Register.DISHONEST, afterId, limit);
    }
}
