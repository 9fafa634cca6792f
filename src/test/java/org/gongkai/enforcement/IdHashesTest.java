package org.gongkai.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gongkai.platform.Hashing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keyed ID hash: a database dump alone confirms no number (issue 9, item 6). */
class IdHashesTest {
    static final String KEY_A = "a".repeat(20) + "-key-number-one-0123456789";
    static final String KEY_B = "b".repeat(20) + "-key-number-two-0123456789";
    static final String ID = "330302198001011234";

    static IdHashes withKey(String key) {
        IdHashes h = new IdHashes();
        h.configuredKey = Optional.of(key);
        h.keyFile = "/nonexistent/never-used";
        h.init();
        return h;
    }

    @Test
    void theHashIsAnHmacWithTheServerKeyNotAPlainDigest() throws Exception {
        IdHashes a = withKey(KEY_A);
        String stored = a.hash(ID);
        // what an attacker with the dump and no key would compute for the right guess
        assertNotEquals(Hashing.sha256("gongkai-enforcement-id:" + ID), stored);
        assertNotEquals(Hashing.sha256(ID), stored);
        assertFalse(stored.contains(ID));
        // exactly HMAC-SHA256(key, unkeyed digest): computed independently here
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY_A.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of()
                .formatHex(mac.doFinal(
                        Hashing.sha256("gongkai-enforcement-id:" + ID).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, stored);
        // another key, another hash; the same key, the same hash (matching works)
        assertNotEquals(stored, withKey(KEY_B).hash(ID));
        assertEquals(stored, withKey(KEY_A).hash(ID));
        assertNotEquals(stored, a.hash("330302198001011235"));
        // a row hashed before V5 upgrades to the very same value
        assertEquals(stored, a.rehash(IdNumbers.digest(ID)));
    }

    @Test
    void nameKeysFoldTheWaysOfWritingOneName() {
        IdHashes a = withKey(KEY_A);
        String key = a.nameKey("买买提·艾力");
        for (String variant : new String[] {"买买提艾力", " 买买提 · 艾力 ", "买买提\u200b艾力", "买买提・艾力", "买买提\u3000艾力"}) {
            assertEquals(key, a.nameKey(variant), variant);
        }
        assertEquals(a.nameKey("JOHN SMITH"), a.nameKey("john smith"));
        assertEquals(a.nameKey("张三"), a.nameKey("张三\u2060"));
        assertNotEquals(a.nameKey("张三"), a.nameKey("张四"));
        assertFalse(key.contains("买"));
        assertNotEquals(key, withKey(KEY_B).nameKey("买买提·艾力"));
    }

    @Test
    void withoutConfigurationAKeyIsGeneratedOnceAndKeptInTheKeyFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data").resolve("id-hash.key");
        String first = IdHashes.resolveKey(Optional.empty(), file);
        assertTrue(Files.exists(file));
        assertTrue(first.length() >= IdHashes.MIN_KEY_CHARS);
        assertEquals(
                Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(file));
        // the next start reads the same key
        assertEquals(first, IdHashes.resolveKey(Optional.empty(), file));
        assertEquals(first, IdHashes.resolveKey(Optional.of("  "), file));
        // a configured key wins over the file
        assertEquals(KEY_B, IdHashes.resolveKey(Optional.of(KEY_B), file));
        // no temporary file left beside it
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count());
        }
        // another installation gets another key
        assertNotEquals(first, IdHashes.resolveKey(Optional.empty(), dir.resolve("other.key")));
    }

    @Test
    void weakOrEmptyKeysAreRefused(@TempDir Path dir) throws Exception {
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> IdHashes.resolveKey(Optional.of("short"), dir.resolve("k")));
        assertTrue(e.getMessage().contains("GONGKAI_ID_HASH_KEY"), e.getMessage());
        Path empty = dir.resolve("empty.key");
        Files.writeString(empty, "\n");
        assertThrows(IllegalStateException.class, () -> IdHashes.resolveKey(Optional.empty(), empty));
    }
}
