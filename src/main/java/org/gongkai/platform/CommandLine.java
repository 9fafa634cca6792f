package org.gongkai.platform;

/**
 * The command-line commands of the jar ({@code ./gongkai COMMAND …}), as the entry point sees
 * them. The implementation sits in a feature package above this one (it imports, reindexes and
 * manages tokens); the entry point, at the bottom, knows only this contract.
 */
public interface CommandLine {
    /** Runs one command; the result is the process exit code. Bad usage throws IllegalArgumentException. */
    int run(String... args);
}
