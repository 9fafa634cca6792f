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
    @Inject
    CliCommands commands;

    public static void main(String... args) {
        Quarkus.run(GongkaiMain.class, args);
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
