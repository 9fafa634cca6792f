package org.gongkai.judgments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the search index: UP only when a real full-text query works (issue 10: the
 * portal must not claim readiness while every search fails). DOWN while the index is being
 * repaired, is held by another process or failed; a failing query also starts a check and repair.
 */
@Readiness
@ApplicationScoped
public class IndexHealthCheck implements HealthCheck {
    @Inject
    SearchIndexService index;

    @Override
    public HealthCheckResponse call() {
        var b = HealthCheckResponse.named("Search index")
                .withData("state", index.state().name());
        String failure = index.probe();
        if (failure != null) {
            return b.down().withData("reason", failure).build();
        }
        try {
            return b.up().withData("documents", index.index().count()).build();
        } catch (RuntimeException e) {
            return b.down().withData("reason", e.getClass().getSimpleName()).build();
        }
    }
}
