package org.gongkai.publishing.deid;

import java.text.Normalizer;
import java.util.BitSet;

/**
 * The copy of a text that detection runs on, with a map from every character of the copy back to
 * the span of the original it came from (spec 1.6: a value must be deleted however it is written,
 * and always where it stands in the original).
 * <ul>
 * <li>Width and compatibility forms are folded (NFKC, character by character): full-width digits
 * and letters, mathematical bold letters, compatibility ideographs and Kangxi radicals. Enclosed
 * and superscript numbers (①, ²) are left alone: they are list markers, not digits of a number.</li>
 * <li>Every other Unicode decimal digit ({@link Character#DECIMAL_DIGIT_NUMBER}: Arabic-Indic,
 * Devanagari, mathematical bold …) becomes its ASCII digit.</li>
 * <li>Invisible characters are dropped: format characters (Cf: U+200B–U+200F, U+2060, U+FEFF,
 * U+00AD soft hyphen, bidi controls …), combining and enclosing marks and variation selectors,
 * Hangul fillers. Inside a value they are covered by the original span of the finding.</li>
 * <li>Dashes of every kind (Pd, U+2212 minus, U+FE63, U+FF0D) become '-'; every space becomes ' ';
 * line and paragraph separators become '\n'.</li>
 * <li>With {@code joinHan}: whitespace (spaces, tabs, line breaks) between two Han characters is
 * dropped, so that 张 三 丰 and 张\n三丰 read as one name and 身 份 证 号 as one label; where that
 * happened, {@link Normalized#gapBefore(int)} still tells the name rules that a boundary may be
 * there (审判长 李明 / 审判员 赵刚).</li>
 * </ul>
 * Chinese numerals stay what they are in the copy — 张三 must stay a name — and are read as digits
 * by {@link #digitValue(char)} where a run of them forms a number (see {@link NumberRuns}).
 */
final class TextNormalizer {
    private TextNormalizer() {}

    /** The detection copy of {@code original} and where each of its characters came from. */
    static final class Normalized {
        final String original;
        final String text;
        /** For copy character i: the original span [from[i], to[i]). */
        private final int[] from;

        private final int[] to;
        /** Copy positions before which whitespace between Han characters was dropped. */
        private final BitSet gaps;
        /** The subset of {@link #gaps} that contained a line break. */
        private final BitSet lineGaps;

        private Normalized(String original, String text, int[] from, int[] to, BitSet gaps, BitSet lineGaps) {
            this.original = original;
            this.text = text;
            this.from = from;
            this.to = to;
            this.gaps = gaps;
            this.lineGaps = lineGaps;
        }

        /** Original offset where the copy span starting at {@code i} starts. */
        int originalStart(int i) {
            return i >= text.length() ? original.length() : from[i];
        }

        /** Original offset where the copy span ending (exclusive) at {@code j} ends. */
        int originalEnd(int j) {
            return j <= 0 ? 0 : to[j - 1];
        }

        /** Whether whitespace between two Han characters was dropped right before copy position i. */
        boolean gapBefore(int i) {
            return gaps.get(i);
        }

        /** Whether a line break between two Han characters was dropped right before copy position i. */
        boolean lineGapBefore(int i) {
            return lineGaps.get(i);
        }

        boolean hasGaps() {
            return !gaps.isEmpty();
        }

        /**
         * The edit for the original text. A crossed-out value gets one × per visible character of
         * its original span (spec 1.6: the sentence keeps its shape, nothing of the value is left).
         */
        Edit toOriginal(Edit e) {
            int s = originalStart(e.start());
            int end = e.end() <= e.start() ? s : originalEnd(e.end());
            String replacement = e.replacement();
            if (e.crossOut()) {
                replacement = String.valueOf(PersonalDataFinder.X).repeat(visibleLength(original, s, end));
            }
            return new Edit(s, end, replacement, e.kind(), false);
        }
    }

    /** Detection copy without joining Han characters across whitespace. */
    static String normalize(String s) {
        return of(s, false).text;
    }

    /** A name or label as the detection copy writes it: folded, invisible characters and inner whitespace gone. */
    static String nameKey(String s) {
        return s == null ? "" : of(s.strip(), true).text.strip();
    }

    static Normalized of(String s, boolean joinHan) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        int[] from = new int[n + 1];
        int[] to = new int[n + 1];
        BitSet gaps = new BitSet();
        BitSet lineGaps = new BitSet();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            // fast path: printable ASCII, common Han and CJK punctuation map to themselves
            if ((c >= 0x21 && c <= 0x7E)
                    || (c >= 0x4E00 && c <= 0x9FFF)
                    || (c >= 0x3001 && c <= 0x303F && c != 0x3000)) {
                append(out, c, i, i + 1, from, to);
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (isWhitespace(cp)) {
                // a run of whitespace (and invisible characters) between two Han characters is dropped when joining
                int j = i;
                boolean line = false;
                while (j < n) {
                    int q = s.codePointAt(j);
                    if (isWhitespace(q)) {
                        line |= q == '\n'
                                || q == '\r'
                                || q == 0x2028
                                || q == 0x2029
                                || q == 0x85
                                || q == 0x0B
                                || q == 0x0C;
                    } else if (!isInvisible(q)) {
                        break;
                    }
                    j += Character.charCount(q);
                }
                if (joinHan
                        && out.length() > 0
                        && isHan(out.charAt(out.length() - 1))
                        && j < n
                        && isHan(fold(s.codePointAt(j)))) {
                    gaps.set(out.length());
                    if (line) {
                        lineGaps.set(out.length());
                    }
                    i = j;
                    continue;
                }
                append(out, isLineBreak(cp) ? '\n' : ' ', i, i + len, from, to);
                i += len;
                continue;
            }
            if (isInvisible(cp)) {
                i += len;
                continue;
            }
            int f = fold(cp);
            if (f >= 0) {
                append(out, (char) f, i, i + len, from, to);
            } else if (len == 2) {
                // a supplementary character without an ASCII or Han form: kept as its two chars
                append(out, s.charAt(i), i, i + 1, from, to);
                append(out, s.charAt(i + 1), i + 1, i + 2, from, to);
            } else {
                append(out, c, i, i + 1, from, to);
            }
            i += len;
        }
        return new Normalized(s, out.toString(), from, to, gaps, lineGaps);
    }

    private static void append(StringBuilder out, char c, int start, int end, int[] from, int[] to) {
        int k = out.length();
        from[k] = start;
        to[k] = end;
        out.append(c);
    }

    /**
     * The single BMP character a code point is read as in the copy (ASCII digit, ASCII letter or
     * number punctuation, Han), or -1 when it is kept as it is.
     */
    static int fold(int cp) {
        if (cp < 0x80) {
            return cp;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return cp;
        }
        if (cp >= 0xFF01 && cp <= 0xFF5E) {
            char ascii = (char) (cp - 0xFEE0);
            // full-width digits, letters and the punctuation of numbers, e-mail addresses and ids;
            // full-width Chinese punctuation (，；：！？) stays as the rules expect it
            return Character.isLetterOrDigit(ascii) || "()+-:.#/@_[]*".indexOf(ascii) >= 0 ? ascii : -1;
        }
        int type = Character.getType(cp);
        if (type == Character.DECIMAL_DIGIT_NUMBER) {
            return '0' + Character.digit(cp, 10);
        }
        if (type == Character.DASH_PUNCTUATION || cp == 0x2212 || cp == 0xFE63) {
            return cp == 0x301C || cp == 0x3030 ? -1 : '-'; // 〜 and 〰 are wave dashes of ranges, kept
        }
        if (type == Character.OTHER_NUMBER || type == Character.LETTER_NUMBER) {
            return -1; // ①, ², Ⅱ: list markers and numbering, not digits of a value
        }
        if (cp < 0x2100 && type != Character.UPPERCASE_LETTER && type != Character.LOWERCASE_LETTER) {
            return -1; // Latin-1 and general punctuation (·, •, ‧) keep their identity
        }
        String nfkc = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        if (nfkc.length() == 1) {
            char c = nfkc.charAt(0);
            if ((c < 0x80 && Character.isLetterOrDigit(c)) || isHan(c)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean isWhitespace(int cp) {
        return cp == ' '
                || cp == '\t'
                || cp == '\n'
                || cp == '\r'
                || cp == 0x0B
                || cp == 0x0C
                || cp == 0x85
                || cp == 0x2028
                || cp == 0x2029
                || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    private static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85 || cp == 0x0B || cp == 0x0C;
    }

    /** Characters that show nothing: format characters, combining marks, variation selectors, fillers. */
    static boolean isInvisible(int cp) {
        if (cp < 0xAD) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.FORMAT
                || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || cp == 0x115F
                || cp == 0x1160
                || cp == 0x3164
                || cp == 0xFFA0
                || cp == 0x2800;
    }

    /** Han characters for joining and name rules (CJK unified ideographs, extension A, 〇). */
    static boolean isHan(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == 0x3007;
    }

    /** Visible length (code points that are not invisible) of original[start, end). */
    static int visibleLength(String s, int start, int end) {
        int count = 0;
        for (int i = start; i < end; ) {
            int cp = s.codePointAt(i);
            if (!isInvisible(cp)) {
                count++;
            }
            i += Character.charCount(cp);
        }
        return count;
    }

    /**
     * The digit a character stands for inside a number: ASCII digits, Chinese numerals
     * (〇○零一二三四五六七八九), their capital forms (壹贰叁肆伍陆柒捌玖) and 幺 (1, as read out in
     * phone numbers); -1 for anything else. Positional characters (十百千万, 拾佰仟) are not
     * digits: 第一百三十三条 and 叁万元 never form a digit string.
     */
    static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return switch (c) {
            case '〇', '○', '零' -> 0;
            case '一', '壹', '幺' -> 1;
            case '二', '贰', '貳' -> 2;
            case '三', '叁', '參' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆', '陸' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    static boolean isChineseDigit(char c) {
        return c > 0x7F && digitValue(c) >= 0;
    }
}
