package org.gongkai.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the session signing key comes from: one key for every node, or a refusal that says what to set. */
class SessionSecretTest {
    static final String SECRET = "0123456789abcdef0123456789abcdef-node-secret";

    @Test
    void theConfiguredSecretSignsOnEveryDatabase(@TempDir Path dir) {
        assertEquals(SECRET, LitigantAccess.sessionSecret(Optional.of(SECRET), "postgresql", dir.resolve("k")));
        assertEquals(SECRET, LitigantAccess.sessionSecret(Optional.of(" " + SECRET + "\n"), "h2", dir.resolve("k")));
        assertFalse(Files.exists(dir.resolve("k")), "no key file when the secret is configured");
    }

    @Test
    void aShortSecretIsRefused(@TempDir Path dir) {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> LitigantAccess.sessionSecret(Optional.of("short"), "h2", dir.resolve("k")));
        assertTrue(
                e.getMessage().contains("GONGKAI_SESSION_SECRET")
                        && e.getMessage().contains("32"),
                e.getMessage());
    }

    @Test
    void postgresqlWithoutASecretRefusesToStartAndSaysWhatToSet(@TempDir Path dir) {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> LitigantAccess.sessionSecret(Optional.empty(), "postgresql", dir.resolve("k")));
        assertTrue(
                e.getMessage().contains("拒绝启动")
                        && e.getMessage().contains("GONGKAI_SESSION_SECRET")
                        && e.getMessage().contains("every node"),
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("k")), "no per-node key is generated on PostgreSQL");
    }

    @Test
    void theEmbeddedDatabaseKeepsAGeneratedKeySoSessionsSurviveARestart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data/session.key");
        String first = LitigantAccess.sessionSecret(Optional.empty(), "h2", file);
        assertTrue(first.length() >= 32);
        assertEquals(
                first, LitigantAccess.sessionSecret(Optional.of("  "), "h2", file), "the same key after a restart");
        assertEquals(
                "rw-------",
                java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
