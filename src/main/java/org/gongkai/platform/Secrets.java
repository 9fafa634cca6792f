package org.gongkai.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Keys the portal needs the same on every node (the ID hash key, the session signing secret):
 * from configuration, else generated once into a file beside the embedded database.
 */
public final class Secrets {
    private static final Logger LOG = Logger.getLogger(Secrets.class);
    public static final int MIN_CHARS = 32;

    private Secrets() {}

    /**
     * The configured value (at least {@link #MIN_CHARS} characters), else the one in {@code file},
     * else a new random one written there once. {@code what} names the setting in messages, e.g.
     * {@code "gongkai.session.secret (GONGKAI_SESSION_SECRET)"}.
     */
    public static String configuredOrFile(String what, Optional<String> configured, Path file) {
        Optional<String> given = configured(what, configured);
        if (given.isPresent()) {
            return given.get();
        }
        try {
            if (!Files.exists(file)) {
                create(what, file);
            }
            String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (stored.length() < MIN_CHARS) {
                throw new IllegalStateException("the key file " + file.toAbsolutePath() + " of " + what
                        + " is empty or too short; restore it from a backup or set the key");
            }
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read or create the key file " + file.toAbsolutePath() + " of " + what, e);
        }
    }

    /** The configured value when one is set; refuses one shorter than {@link #MIN_CHARS}. */
    public static Optional<String> configured(String what, Optional<String> configured) {
        Optional<String> given = configured.map(String::strip).filter(s -> !s.isEmpty());
        if (given.isPresent() && given.get().length() < MIN_CHARS) {
            throw new IllegalStateException(what + " is too short: use at least " + MIN_CHARS
                    + " random characters, e.g. the output of `openssl rand -hex 32`");
        }
        return given;
    }

    /**
     * Writes a new random key to {@code file}, readable by the owner only. The key is written to
     * a temporary file first and linked into place, so a second process starting at the same
     * moment (./gongkai import beside the portal) reads either no file or the whole key.
     */
    private static void create(String what, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".key", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's permissions protect it
            }
            Files.writeString(tmp, Hashing.randomToken("", 32) + "\n", StandardCharsets.UTF_8);
            try {
                Files.createLink(file, tmp);
            } catch (UnsupportedOperationException e) {
                Files.move(tmp, file);
            }
            LOG.infof(
                    "generated %s in %s: back it up with the database; every node needs the same key",
                    what, file.toAbsolutePath());
        } catch (FileAlreadyExistsException e) {
            // another process created it first: use that one
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
