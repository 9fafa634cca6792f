package org.gongkai.exports;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a {@code Range} header (RFC 9110 §14.1.2): {@code bytes=first-last}, {@code bytes=first-} or
 * {@code bytes=-suffix}. A header with several ranges, another unit or bad syntax is ignored (the whole file is sent,
 * as §14.2 allows); a range that starts past the end is unsatisfiable (416).
 */
record ByteRange(long first, long last) {
    private static final Pattern ONE = Pattern.compile("\\s*bytes\\s*=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*");

    static final class Unsatisfiable extends RuntimeException {
        Unsatisfiable() {
            super(null, null, false, false);
        }
    }

    long length() {
        return last - first + 1;
    }

    /** The range to send of a file of {@code size} bytes; empty = send it all. */
    static Optional<ByteRange> parse(String header, long size) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = ONE.matcher(header);
        if (!m.matches()
                || (m.group(1).isEmpty() && m.group(2).isEmpty())
                || m.group(1).length() > 18
                || m.group(2).length() > 18) {
            return Optional.empty();
        }
        if (m.group(1).isEmpty()) { // the last N bytes
            long suffix = Long.parseLong(m.group(2));
            if (suffix == 0) {
                throw new Unsatisfiable();
            }
            return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        long first = Long.parseLong(m.group(1));
        long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
        if (!m.group(2).isEmpty() && Long.parseLong(m.group(2)) < first) {
            return Optional.empty(); // invalid: ignored
        }
        if (first >= size) {
            throw new Unsatisfiable();
        }
        return Optional.of(new ByteRange(first, last));
    }
}
