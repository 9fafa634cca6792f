package org.gongkai.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;

/**
 * Entry point of the jar: with no arguments it serves the portal; with a command it runs that
 * command and exits (see ./gongkai).
 */
@QuarkusMain
public class GongkaiMain implements QuarkusApplication {
    /** System property naming what this process runs: "serve" (the portal) or a command. */
    static final String COMMAND_PROPERTY =
            "gongkai-command"; // a marker of this process, not a setting (outside the gongkai.* namespace, which is
    // validated)

    @Inject
    CommandLine commands;

    public static void main(String... args) {
        // Known before start-up, so that start-up can tell a second portal (refused: one writer per
        // search index) from a command-line tool beside a running portal (allowed, see README).
        System.setProperty(COMMAND_PROPERTY, args.length == 0 ? "serve" : args[0]);
        // The embedded database's auto-server, which lets the command-line tools reach the portal's
        // H2 database, listens on the loopback interface only, never on all interfaces (issue 9).
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        // The embedded database keeps 8 parsed statements per connection by default; publishing one judgment
        // runs more distinct statements than that, so each was parsed again every time (issue 16).
        if (System.getProperty("h2.queryCacheSize") == null) {
            System.setProperty("h2.queryCacheSize", "64");
        }
        GracefulSignals.install();
        Quarkus.run(GongkaiMain.class, args);
    }

    /** The command this process runs; "serve" for the portal (and in tests, which start no main). */
    public static String command() {
        return System.getProperty(COMMAND_PROPERTY, "serve");
    }

    /** True for the portal, false for a command-line tool. */
    public static boolean servesPortal() {
        return "serve".equals(command());
    }

    @Override
    public int run(String... args) {
        if (args.length == 0 || args[0].equals("serve")) {
            Quarkus.waitForExit();
            return 0;
        }
        try {
            return commands.run(args);
        } catch (IllegalArgumentException e) {
            System.err.println("gongkai: " + e.getMessage());
            return 2;
        }
    }
}
