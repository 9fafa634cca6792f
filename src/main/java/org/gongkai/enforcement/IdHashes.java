package org.gongkai.enforcement;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gongkai.platform.Secrets;
import org.jboss.logging.Logger;

/**
 * Keyed hashes (HMAC-SHA256 with a server secret) of what identifies a natural person in the
 * enforcement channel: the full ID number, matched but never stored (rules §3.2: "full numbers
 * are only matched, never displayed"), and the name that the wrong-number budget counts under.
 *
 * <p>An unkeyed SHA-256 of an 18-character ID number is reversed from a database dump in seconds:
 * the region, the date of birth and the sequence leave a few billion candidates at most, fewer
 * with the birth date stored beside them. With the key kept out of the database the dump alone
 * confirms nothing.
 *
 * <p>The key: {@code gongkai.enforcement.id-hash-key} (env GONGKAI_ID_HASH_KEY; at least 32
 * characters; the same on every node); when it is not set, a random key is generated once and
 * kept in {@code gongkai.enforcement.id-hash-key-file} (default {@code data/id-hash.key}, beside
 * the embedded database, never in the repository). Losing the key makes every stored hash
 * useless (lookups find nobody, a re-sent record is listed twice): {@link IdHashUpgrade} records
 * the key's fingerprint in the database and refuses to start with another key.
 *
 * <p>The hashed value is the old unkeyed digest ({@link IdNumbers#digest}), so that rows hashed
 * before V5 are upgraded in place ({@code HMAC(key, stored digest)}) without the full numbers,
 * which were never stored. The security rests on the key, not on the inner digest.
 */
@ApplicationScoped
public class IdHashes {
    private static final Logger LOG = Logger.getLogger(IdHashes.class);
    static final int MIN_KEY_CHARS = Secrets.MIN_CHARS;
    Optional<String> configuredKey;
    String keyFile;

    @jakarta.inject.Inject
    void configure(EnforcementConfig c) {
        configuredKey = c.idHashKey();
        keyFile = c.idHashKeyFile();
    }

    private SecretKeySpec key;

    @PostConstruct
    void init() {
        key = keySpec(resolveKey(configuredKey, Path.of(keyFile)));
    }

    /** The keyed hash of a normalised full ID number, as stored in {@code id_hash}. */
    public String hash(String normalisedId) {
        return normalisedId == null ? null : rehash(IdNumbers.digest(normalisedId));
    }

    /** The keyed hash of a digest stored before V5 (the in-place upgrade of old rows). */
    String rehash(String unkeyedDigest) {
        return hmac(unkeyedDigest);
    }

    /**
     * The key a name is counted under by {@link WrongNumberBudget}: width-folded (NFKC), without
     * spaces, invisible characters or name dots, lower case. Coarser than the exact match of the
     * lookup, so that writing a name another way never opens a fresh budget.
     */
    public String nameKey(String name) {
        return hmac("name:" + canonicalName(name));
    }

    /** Identifies the key in the database without revealing it. */
    String fingerprint() {
        return hmac("gongkai-id-hash-key-fingerprint");
    }

    static String canonicalName(String name) {
        String n = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean invisible = type == Character.FORMAT
                    || type == Character.CONTROL
                    || type == Character.SPACE_SEPARATOR
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR
                    || Character.isWhitespace(cp);
            boolean dot = cp == '·' || cp == '•' || cp == '‧' || cp == '・' || cp == '.' || cp == '．' || cp == '-';
            if (!invisible && !dot) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    static SecretKeySpec keySpec(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The configured key, else the one in {@code file}, else a new one written there once. */
    static String resolveKey(Optional<String> configured, Path file) {
        return Secrets.configuredOrFile("gongkai.enforcement.id-hash-key (GONGKAI_ID_HASH_KEY)", configured, file);
    }
}
