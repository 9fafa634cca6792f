package org.gongkai.judgments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.gongkai.changes.PublicRecordSource;
import org.gongkai.platform.Json;

/** The judgments channel's canonical public records: the JSON served at {@code /judgments/{id}.json}, hashed by the change feed. */
@ApplicationScoped
public class JudgmentRecords implements PublicRecordSource {
    public static final String CHANNEL = "judgments";

    @Inject
    JudgmentService service;

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public Optional<String> publicRecord(long id) {
        return service.canonical(id).map(Json::write);
    }
}
