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

    Http http();

    Metrics metrics();

    Reads reads();

    Exports exports();

    Pdf pdf();

    /** The daily bulk export (issue 15): where, when (cron, China time; {@code off} disables it), how many days kept. */
    interface Exports {
        @WithDefault("data/exports")
        java.nio.file.Path dir();

        @WithDefault("0 30 3 * * ?")
        String cron();

        @WithName("keep-days")
        @WithDefault("7")
        int keepDays();
    }

    /** The CJK font embedded in judgment PDFs: a .ttf, .otf or .ttc (the first face of a collection). */
    interface Pdf {
        @WithDefault("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
        java.nio.file.Path font();
    }

    /** Limits on a request's size that the portal answers with a problem page itself (414, 431). */
    interface Http {
        @WithName("max-uri-chars")
        @WithDefault("24576")
        int maxUriChars();

        @WithName("max-header-bytes")
        @WithDefault("20480")
        int maxHeaderBytes();
    }

    /** Who may read /q/metrics: {@code token} (default), {@code open} or {@code off}. */
    interface Metrics {
        @WithDefault("token")
        String access();

        Optional<String> token();
    }

    /** Reads admitted at once (0 = the number of cores) and waiting at most before a 503. */
    interface Reads {
        @WithName("max-concurrent")
        @WithDefault("0")
        int maxConcurrent();

        @WithName("max-queued")
        @WithDefault("1000")
        int maxQueued();
    }

    interface Index {
        String dir();

        /** Compare the index with the database at start and repair what differs. */
        @WithName("reconcile-at-start")
        @WithDefault("true")
        boolean reconcileAtStart();

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

        /** Where the demo corpus and the import reports are kept. */
        @WithDefault("data/demo")
        String dir();

        /** Real judgments imported beside the demo corpus when present. */
        @WithName("shared-data")
        @WithDefault("../shared/data/judgments")
        String sharedData();
    }

    interface Session {
        /** HMAC secret for litigant session cookies, the same on every node (see LitigantAccess#sessionSecret). */
        Optional<String> secret();

        @WithDefault("PT2H")
        Duration ttl();
    }
}
