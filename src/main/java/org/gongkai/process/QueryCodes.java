package org.gongkai.process;

import java.util.Locale;
import org.gongkai.platform.Hashing;

/**
 * Query codes (查询码): 12 characters of {@link Hashing#randomCode}, stored as
 * {@code salt$sha256(salt:CODE)} with a per-party random salt, compared in constant time.
 */
public final class QueryCodes {
    public static final int LENGTH = 12;

    private QueryCodes() {}

    public static String generate() {
        return Hashing.randomCode(LENGTH);
    }

    /** Upper case without spaces or hyphens: codes are typed off paper. */
    public static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s\\-－]", "").toUpperCase(Locale.ROOT);
    }

    public static String hash(String code) {
        String salt = Hashing.randomToken("", 16);
        return salt + "$" + Hashing.sha256(salt + ":" + normalise(code));
    }

    public static boolean matches(String code, String stored) {
        if (stored == null || stored.indexOf('$') < 0) {
            // burn the same time as a real comparison
            Hashing.constantTimeEquals(Hashing.sha256("x:" + normalise(code)), Hashing.sha256("y"));
            return false;
        }
        String salt = stored.substring(0, stored.indexOf('$'));
        String expected = stored.substring(stored.indexOf('$') + 1);
        return Hashing.constantTimeEquals(Hashing.sha256(salt + ":" + normalise(code)), expected);
    }

    /** Identity numbers are compared without spaces and in upper case (the X of ID cards). */
    public static String normaliseId(String id) {
        return id == null ? "" : id.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }
}
