package org.gongkai.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

/** Typed configuration of the portal (application.properties, prefix {@code gongkai}). */
@ConfigMapping(prefix = "gongkai")
public interface GongkaiConfig {
    /** Administrator bearer token; empty = admin API disabled. */
    @WithName("admin-token")
    Optional<String> adminToken();

    Index index();

    Deid deid();

    Publish publish();

    Demo demo();

    Session session();

    interface Index {
        String dir();

        @WithName("refresh-interval")
        @WithDefault("0.5s")
        Duration refreshInterval();
    }

    interface Deid {
        @WithName("mask-all-natural-persons")
        @WithDefault("true")
        boolean maskAllNaturalPersons();
    }

    interface Publish {
        @WithName("max-body-bytes")
        @WithDefault("2000000")
        int maxBodyBytes();

        @WithName("rate-per-minute")
        @WithDefault("600")
        int ratePerMinute();
    }

    interface Demo {
        @WithName("load-on-start")
        @WithDefault("true")
        boolean loadOnStart();

        @WithDefault("3000")
        int judgments();

        @WithName("import-shared-data")
        @WithDefault("true")
        boolean importSharedData();
    }

    interface Session {
        /** HMAC secret for litigant session cookies, the same on every node (see LitigantAccess#sessionSecret). */
        Optional<String> secret();

        @WithDefault("PT2H")
        Duration ttl();
    }
}
