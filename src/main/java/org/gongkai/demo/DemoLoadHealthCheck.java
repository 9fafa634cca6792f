package org.gongkai.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness reports the demo load (issue 14): "loading": true with "imported" and "total" while
 * it runs. It stays UP: the portal answers and searches what is already loaded, and the
 * lifecycle and crash scripts of bench/ wait for a ready portal with {@code curl -f}, which a DOWN
 * during the first minute would turn into a timeout.
 */
@Readiness
@ApplicationScoped
public class DemoLoadHealthCheck implements HealthCheck {
    @Inject
    DemoProgress progress;

    @Override
    public HealthCheckResponse call() {
        var b = HealthCheckResponse.named("Demo corpus").up().withData("loading", progress.active());
        if (progress.active()) {
            b.withData("imported", progress.done()).withData("total", progress.total());
        }
        return b.build();
    }
}
