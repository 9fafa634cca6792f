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

    Api api();

    /** Bulk import workers (0 = one per core, at least two). */
    @WithName("import.workers")
    @WithDefault("0")
    int importWorkers();

    /** Where the counters shared by the web nodes live: {@code database} (default) or {@code redis}. */
    @WithDefault("database")
    String state();

    Redis redis();

    /** The search backend: {@code embedded} (default, the Lucene index in {@link Index#dir()}) or {@code cluster}. */
    @WithDefault("embedded")
    String search();

    Solr solr();

    /** Published API usage limits per minute (0 = off), counted across the nodes. */
    interface Api {
        @WithName("anonymous-per-minute")
        @WithDefault("300")
        int anonymousPerMinute();

        @WithName("key-per-minute")
        @WithDefault("3000")
        int keyPerMinute();
    }

    interface Redis {
        @WithDefault("redis://127.0.0.1:6379")
        String url();

        @WithDefault("gongkai:")
        String prefix();
    }

    /** The SolrCloud collection (alias) of the cluster backend. */
    interface Solr {
        @WithDefault("http://127.0.0.1:8983/solr")
        String url();

        @WithDefault("judgments")
        String collection();

        @WithDefault("2")
        int shards();

        @WithDefault("2")
        int replicas();
    }

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

        /** How long a hole in the change log may stay open before it is passed (a transaction that never commits). */
        @WithName("changelog-gap-grace")
        @WithDefault("PT2M")
        Duration changelogGapGrace();

        /** A node not seen for this long no longer holds back the pruning of the change log. */
        @WithName("node-timeout")
        @WithDefault("PT30M")
        Duration nodeTimeout();
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

        /** Where the generated secret is kept when none is configured. */
        @WithName("secret-file")
        @WithDefault("data/session.key")
        String secretFile();
    }
}
