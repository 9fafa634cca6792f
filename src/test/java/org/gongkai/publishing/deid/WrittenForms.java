package org.gongkai.publishing.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The ways a careless clerk or an attacker writes a number, and the check that none of it
 * survives: used by the red-team corpus and by the property test (issue 9).
 */
final class WrittenForms {
    private WrittenForms() {}

    /** Digit alphabets: index = digit value. */
    static final String[] ALPHABETS = {
        "0123456789",
        "０１２３４５６７８９", // full width
        "〇一二三四五六七八九", // Chinese numerals
        "零壹贰叁肆伍陆柒捌玖", // capital forms
        "٠١٢٣٤٥٦٧٨٩", // Arabic-Indic
        "۰۱۲۳۴۵۶۷۸۹", // extended Arabic-Indic (Persian)
        "०१२३४५६७८९", // Devanagari
        "০১২৩৪৫৬৭৮৯", // Bengali
    };
    /** Mathematical bold digits, outside the BMP. */
    static final int MATH_BOLD_ZERO = 0x1D7CE;

    static final String[] INVISIBLE = {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u180E", "\u200E"};
    static final String[] SEPARATORS = {
        " ", "\u3000", "\t", "\n", "\u00A0", "-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212",
        "\uFE63", "\uFF0D", ".", "\uFF0E", "/", "\uFF0F", "·", " - ", "  ", "\r\n"
    };

    /** The digit (or X) in one alphabet; 0..7 index ALPHABETS, 8 = mathematical bold, 9 = 幺 for 1 (phones). */
    static String digit(char d, int alphabet) {
        if (d == 'X') {
            return alphabet == 1 ? "Ｘ" : "X";
        }
        int v = d - '0';
        if (alphabet == 8) {
            return new String(Character.toChars(MATH_BOLD_ZERO + v));
        }
        if (alphabet == 9) {
            return v == 1 ? "幺" : String.valueOf(ALPHABETS[2].charAt(v));
        }
        return String.valueOf(ALPHABETS[alphabet].charAt(v));
    }

    /** The whole value in one alphabet. */
    static String in(String value, int alphabet) {
        StringBuilder b = new StringBuilder();
        for (char c : value.toCharArray()) {
            b.append(digit(c, alphabet));
        }
        return b.toString();
    }

    /** The value with {@code between} between every two characters. */
    static String spread(String value, String between) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            if (i > 0) {
                b.append(between);
            }
            b.append(value.charAt(i));
        }
        return b.toString();
    }

    /** The value cut into groups of the given sizes, joined by a separator. */
    static String grouped(String value, String sep, int... sizes) {
        StringBuilder b = new StringBuilder();
        int pos = 0;
        for (int size : sizes) {
            if (pos >= value.length()) {
                break;
            }
            if (pos > 0) {
                b.append(sep);
            }
            b.append(value, pos, Math.min(value.length(), pos + size));
            pos += size;
        }
        if (pos < value.length()) {
            b.append(sep).append(value.substring(pos));
        }
        return b.toString();
    }

    /** A random written form: per character a random alphabet, between characters random separators and invisibles. */
    static String random(String value, Random rnd, boolean phone) {
        StringBuilder b = new StringBuilder();
        int mainAlphabet = rnd.nextInt(phone ? 10 : 9);
        for (int i = 0; i < value.length(); i++) {
            if (i > 0) {
                int r = rnd.nextInt(10);
                if (r < 3) {
                    b.append(SEPARATORS[rnd.nextInt(SEPARATORS.length)]);
                }
                if (r == 3 || r == 4) {
                    b.append(INVISIBLE[rnd.nextInt(INVISIBLE.length)]);
                }
            }
            int alphabet = rnd.nextInt(4) == 0 ? rnd.nextInt(phone ? 10 : 9) : mainAlphabet;
            b.append(digit(value.charAt(i), alphabet));
        }
        return b.toString();
    }

    /**
     * Digit runs of a published text as a reader would take them: every digit form read as its
     * digit, invisible characters ignored, separators between two digits ignored.
     */
    static List<String> digitRuns(String text) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int pendingSeparators = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int d = readDigit(cp);
            if (d >= 0) {
                run.append(d == 10 ? 'X' : (char) ('0' + d));
                pendingSeparators = 0;
                continue;
            }
            if (invisible(cp)) {
                continue;
            }
            if (run.length() > 0 && isSeparator(cp) && pendingSeparators < 3) {
                pendingSeparators++;
                continue;
            }
            if (run.length() > 0) {
                runs.add(run.toString());
                run.setLength(0);
            }
            pendingSeparators = 0;
        }
        if (run.length() > 0) {
            runs.add(run.toString());
        }
        return runs;
    }

    /** The reader's own table of numerals, independent of the engine's: a test oracle must not share the code it checks. */
    private static final java.util.Map<Character, Integer> NUMERALS = new java.util.HashMap<>();

    static {
        for (int v = 0; v <= 9; v++) {
            NUMERALS.put(ALPHABETS[2].charAt(v), v);
            NUMERALS.put(ALPHABETS[3].charAt(v), v);
        }
        NUMERALS.put('○', 0);
        NUMERALS.put('幺', 1);
        NUMERALS.put('貳', 2);
        NUMERALS.put('參', 3);
        NUMERALS.put('陸', 6);
    }

    private static int readDigit(int cp) {
        if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
            return Character.digit(cp, 10);
        }
        if (cp < 0x10000 && NUMERALS.containsKey((char) cp)) {
            return NUMERALS.get((char) cp);
        }
        return cp == 'X' || cp == 'x' || cp == 'Ｘ' ? 10 : -1;
    }

    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isSeparator(int cp) {
        return Character.isWhitespace(cp)
                || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.DASH_PUNCTUATION
                || "-.．/／·•・‧()（）,_~−﹣".indexOf(cp) >= 0;
    }

    /** The first window of six digits of the secret that a published text still shows, or null. */
    static String survivingSixDigits(String secret, String published) {
        List<String> runs = digitRuns(published);
        String digits = secret.replaceAll("[^0-9X]", "");
        for (int i = 0; i + 6 <= digits.length(); i++) {
            String window = digits.substring(i, i + 6);
            for (String run : runs) {
                if (run.contains(window)) {
                    return window;
                }
            }
        }
        return null;
    }

    /** A valid 18-character identity number (region, birth date, sequence, check character). */
    static String id18(Random rnd) {
        String region = String.valueOf(110000 + rnd.nextInt(540000));
        int year = 1930 + rnd.nextInt(90);
        int month = 1 + rnd.nextInt(12);
        int day = 1 + rnd.nextInt(28);
        String body = region + year + two(month) + two(day) + String.format("%03d", rnd.nextInt(1000));
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    static String mobile(Random rnd) {
        return "1" + (3 + rnd.nextInt(7)) + String.format("%09d", rnd.nextInt(1_000_000_000));
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }
}
