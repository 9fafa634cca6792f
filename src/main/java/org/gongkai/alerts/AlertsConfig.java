package org.gongkai.alerts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Alerts by webhook (application.properties, prefix {@code gongkai.alerts}). */
@ConfigMapping(prefix = "gongkai.alerts")
public interface AlertsConfig {
    /** How often each node looks for new matches and due deliveries; {@code off} disables the worker. */
    @WithDefault("30s")
    String every();

    /** The wait after the first failed attempt; it doubles after each further failure. */
    @WithName("retry-first")
    @WithDefault("1m")
    Duration retryFirst();

    @WithName("retry-cap")
    @WithDefault("6h")
    Duration retryCap();

    /** Attempts before a delivery goes to the dead-letter list. */
    @WithName("max-attempts")
    @WithDefault("8")
    int maxAttempts();

    /** How long one node may hold a delivery it is sending before another may take it over. */
    @WithDefault("2m")
    Duration lease();

    @WithName("request-timeout")
    @WithDefault("10s")
    Duration requestTimeout();

    /**
     * Internal addresses that callbacks may use anyway (SSRF protection is on for every other one).
     * Empty in production; the tests allow 127.0.0.1 for their local receiver.
     */
    @WithName("allow-internal-addresses")
    Optional<Set<String>> allowInternalAddresses();

    /** Alerts one key may hold. */
    @WithName("max-per-key")
    @WithDefault("50")
    int maxPerKey();

    /** New API keys per client address and hour. */
    @WithName("keys-per-hour")
    @WithDefault("20")
    int keysPerHour();

    /** Requests per key and minute on the alert API. */
    @WithName("rate-per-minute")
    @WithDefault("120")
    int ratePerMinute();
}
