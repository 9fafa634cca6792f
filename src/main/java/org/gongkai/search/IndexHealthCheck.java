package org.gongkai.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness of the search index: open, searchable, and how many documents it holds. */
@Readiness
@ApplicationScoped
public class IndexHealthCheck implements HealthCheck {
    @Inject
    SearchIndexService index;

    @Override
    public HealthCheckResponse call() {
        var b = HealthCheckResponse.named("Search index");
        if (!index.isReady()) {
            return b.down().withData("reason", "index not open").build();
        }
        try {
            return b.up().withData("documents", index.index().count()).build();
        } catch (RuntimeException e) {
            return b.down().withData("reason", e.getClass().getSimpleName()).build();
        }
    }
}
