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

    @Override
    public java.util.List<Long> publicIds(long afterId, int limit) {
        // the statuses canonical() serves: published, republished, stub
        return Judgment.getEntityManager()
                .createQuery("select j.id from Judgment j where j.id > ?1 and j.status in ?2 order by j.id", Long.class)
                .setParameter(1, afterId)
                .setParameter(
                        2,
                        java.util.List.of(Judgment.Status.PUBLISHED, Judgment.Status.REPUBLISHED, Judgment.Status.STUB))
                .setMaxResults(limit)
                .getResultList();
    }
}
