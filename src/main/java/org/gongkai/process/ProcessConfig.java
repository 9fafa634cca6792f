package org.gongkai.process;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Settings of the case-process channel ({@code gongkai.process.*}). */
@ConfigMapping(prefix = "gongkai.process")
public interface ProcessConfig {
    Lockout lockout();

    /** Failed litigant logins before a pause (see {@link AccessLockout}). */
    interface Lockout {
        @WithName("case-client-failures")
        @WithDefault("5")
        int caseClientFailures();

        @WithName("client-failures")
        @WithDefault("20")
        int clientFailures();

        @WithName("case-budget")
        @WithDefault("10")
        int caseBudget();

        @WithName("slow-client-failures")
        @WithDefault("2")
        int slowClientFailures();

        @WithDefault("PT15M")
        Duration window();
    }
}
