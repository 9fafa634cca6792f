package org.gongkai.enforcement;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

/** Settings of the enforcement channel ({@code gongkai.enforcement.*}). */
@ConfigMapping(prefix = "gongkai.enforcement")
public interface EnforcementConfig {
    /** HMAC key of the ID-number hashes (else generated once in {@link #idHashKeyFile()}). */
    @WithName("id-hash-key")
    Optional<String> idHashKey();

    @WithName("id-hash-key-file")
    @WithDefault("data/id-hash.key")
    String idHashKeyFile();

    /** Wrong ID numbers tried for one name within {@link #wrongNumberWindow()}, across all clients. */
    @WithName("wrong-numbers-per-name")
    @WithDefault("10")
    int wrongNumbersPerName();

    @WithName("wrong-number-window")
    @WithDefault("P1D")
    Duration wrongNumberWindow();

    @WithName("lookups-per-minute")
    @WithDefault("30")
    int lookupsPerMinute();

    @WithName("browse-per-minute")
    @WithDefault("120")
    int browsePerMinute();

    @WithName("exports-per-minute")
    @WithDefault("5")
    int exportsPerMinute();

    /** How often listings whose term ended leave the list (read by the scheduler). */
    @WithName("expiry-every")
    @WithDefault("1h")
    String expiryEvery();
}
