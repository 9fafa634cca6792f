package org.gongkai.testdata;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The one way tests find the shared data ({@code ../shared/data}: real judgments, labelled facts,
 * reference tables), which stays outside the repository. Its folder is {@code -Dshared.data}, else
 * the environment variable {@code GONGKAI_DATA}, else {@code ../shared/data} next to the project.
 *
 * <p>A test that needs a file calls {@link #require}: without the file it is skipped with a message
 * naming the path, unless {@code GONGKAI_REQUIRE_DATA=1} (CI sets it), then it fails, so that CI
 * cannot pass by skipping the checks on real data.
 */
public final class SharedData {
    private SharedData() {}

    public static final String JUDGMENTS = "judgments/criminal-judgment-excerpts.jsonl";
    public static final String CIVIL_FACTS = "facts/civil-facts-by-cause.jsonl";
    public static final String CRIMINAL_FACTS = "facts/criminal-facts-labelled.jsonl";

    /** The shared data folder (it may not exist). */
    public static Path dir() {
        String configured = System.getProperty("shared.data", System.getenv("GONGKAI_DATA"));
        return Path.of(configured == null || configured.isBlank() ? "../shared/data" : configured)
                .toAbsolutePath()
                .normalize();
    }

    /** A file of the shared data by its relative path (it may not exist). */
    public static Path file(String relative) {
        return dir().resolve(relative);
    }

    public static boolean present(String... relatives) {
        for (String relative : relatives) {
            if (!Files.isReadable(file(relative))) {
                return false;
            }
        }
        return true;
    }

    /** Skips the calling test (or fails it with GONGKAI_REQUIRE_DATA=1) when a file is missing; returns the first. */
    public static Path require(String... relatives) {
        for (String relative : relatives) {
            Path file = file(relative);
            if (!Files.isReadable(file)) {
                String why = "shared data not found: " + file
                        + " (set -Dshared.data or GONGKAI_DATA to the shared data folder)";
                if ("1".equals(System.getenv("GONGKAI_REQUIRE_DATA"))) {
                    throw new IllegalStateException("GONGKAI_REQUIRE_DATA=1 but " + why);
                }
                Assumptions.assumeTrue(false, why + "; skipped (GONGKAI_REQUIRE_DATA=1 makes this fail)");
            }
        }
        return file(relatives[0]);
    }
}
