package org.gongkai.publishing.deid;

/**
 * A copy of the text for detection: full-width digits, Latin letters and punctuation that matter
 * for numbers are folded to ASCII. The mapping is one char to one char, so every offset found in
 * the copy is the same offset in the original.
 */
final class TextNormalizer {
    private TextNormalizer() {
    }

    static String normalize(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                char ascii = (char) (c - 0xFEE0);
                if (Character.isLetterOrDigit(ascii) || "()+-:.#/".indexOf(ascii) >= 0) {
                    out[i] = ascii;
                }
            } else if (c == '\u3000' || c == '\u00A0') {
                out[i] = ' ';
            } else if (c == '\u2014' || c == '\u2013' || c == '\u2212') {
                out[i] = '-';
            }
        }
        return new String(out);
    }
}
