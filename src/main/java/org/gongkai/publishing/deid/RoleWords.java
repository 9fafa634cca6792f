package org.gongkai.publishing.deid;

import java.util.HashMap;
import java.util.Map;

/**
 * The role words of {@link Role#WORDS} as a trie: one pass over a text finds every role word
 * (leftmost, then longest, not overlapping), the same matches {@link Role#PATTERN} finds, without
 * trying each of the words at every character (issue 16, "one pass of a multi-pattern matcher").
 * {@link #endsAt} answers "does a role word end exactly here" by walking back from the end.
 */
final class RoleWords {
    /** A role word found at [start, end). */
    record Match(int start, int end, String word) {}

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        String word;
    }

    private static final Node ROOT = new Node();
    /** The first characters of any role word: most characters of a text start none. */
    private static final java.util.BitSet FIRST = new java.util.BitSet(65536);

    static {
        for (String w : Role.WORDS.keySet()) {
            Node n = ROOT;
            for (int i = 0; i < w.length(); i++) {
                n = n.next.computeIfAbsent(w.charAt(i), c -> new Node());
            }
            n.word = w;
            FIRST.set(w.charAt(0));
        }
    }

    private RoleWords() {}

    /** The longest role word starting at {@code pos} and ending by {@code limit}, or null. */
    static String longestAt(CharSequence s, int pos, int limit) {
        if (pos >= limit || !FIRST.get(s.charAt(pos))) {
            return null;
        }
        Node n = ROOT;
        String best = null;
        for (int i = pos; i < limit; i++) {
            n = n.next.get(s.charAt(i));
            if (n == null) {
                break;
            }
            if (n.word != null) {
                best = n.word;
            }
        }
        return best;
    }

    /** The first role word at or after {@code from} (before {@code limit}), as Role.PATTERN's find() would return it. */
    static Match next(CharSequence s, int from, int limit) {
        for (int i = from; i < limit; i++) {
            String w = longestAt(s, i, limit);
            if (w != null) {
                return new Match(i, i + w.length(), w);
            }
        }
        return null;
    }

    /** Every role word in s, in order, as repeated Role.PATTERN find() calls return them. */
    static java.util.List<Match> all(CharSequence s) {
        java.util.List<Match> out = new java.util.ArrayList<>();
        int limit = s.length();
        for (Match m = next(s, 0, limit); m != null; m = next(s, m.end(), limit)) {
            out.add(m);
        }
        return out;
    }

    /** Whether the scan of s[from, to) finds a role word that ends exactly at {@code to}. */
    static boolean scanEndsAt(CharSequence s, int from, int to) {
        for (Match m = next(s, from, to); m != null; m = next(s, m.end(), to)) {
            if (m.end() == to) {
                return true;
            }
        }
        return false;
    }
}
