package org.gongkai.publishing.deid;

/**
 * Shape and check-digit rules of the identifiers spec 1.6 (Art. 10) deletes. Pure functions on
 * normalised values (ASCII digits, upper-case letters); the finders decide where a value stands.
 * A check digit raises confidence where a value has no label; a labelled value is deleted even
 * with a wrong check digit (a typo in an ID number is still that person's ID number).
 */
final class Identifiers {
    private Identifiers() {}

    /**
     * Mainland resident identity number, 18 characters (GB 11643-1999): region code, birth date
     * yyyymmdd (1800–2099), sequence, check character. The foreigners' permanent-residence card
     * of 2023 has the same layout and starts with 9. The check character is not required.
     */
    static boolean isId18(String d) {
        if (d.length() != 18
                || d.charAt(0) == '0'
                || !digits(d, 0, 17)
                || !(isDigit(d.charAt(17)) || d.charAt(17) == 'X')) {
            return false;
        }
        int century = num(d, 6, 8);
        return (century == 18 || century == 19 || century == 20) && isDate(num(d, 10, 12), num(d, 12, 14));
    }

    /** The legacy 15-digit identity number: region, yymmdd, sequence, no check digit. */
    static boolean isId15(String d) {
        return d.length() == 15 && d.charAt(0) != '0' && digits(d, 0, 15) && isDate(num(d, 8, 10), num(d, 10, 12));
    }

    /** Mainland mobile number, 1[3-9] + 9 digits, after an optional 86 / 0086 country code. */
    static boolean isMobile(String d) {
        String m = withoutCountryCode(d);
        return m.length() == 11 && m.charAt(0) == '1' && m.charAt(1) >= '3' && digits(m, 0, 11);
    }

    static String withoutCountryCode(String d) {
        if (d.startsWith("0086") && d.length() > 13) {
            return d.substring(4);
        }
        if (d.startsWith("86") && d.length() > 11) {
            return d.substring(2);
        }
        return d;
    }

    /**
     * A landline with its area code: 0 + 2–3 digit area code + 7–8 digit local number (10–12
     * digits), or the same after the country code 86 without the trunk 0.
     */
    static boolean isLandline(String d) {
        if (!digits(d, 0, d.length())) {
            return false;
        }
        if (d.startsWith("86") && !d.startsWith("860")) {
            d = "0" + withoutCountryCode(d);
        } else if (d.startsWith("0086")) {
            d = "0" + d.substring(4);
        }
        return d.length() >= 10 && d.length() <= 12 && d.charAt(0) == '0' && d.charAt(1) != '0';
    }

    /** The Luhn check of payment card numbers (ISO/IEC 7812). */
    static boolean luhn(String d) {
        int sum = 0;
        boolean dbl = false;
        for (int i = d.length() - 1; i >= 0; i--) {
            int v = d.charAt(i) - '0';
            if (v < 0 || v > 9) {
                return false;
            }
            if (dbl) {
                v *= 2;
                if (v > 9) {
                    v -= 9;
                }
            }
            sum += v;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    /**
     * A payment card number recognised without any label: 13–19 digits, an issuer prefix of the
     * card schemes (3 American Express/JCB/Diners, 4 Visa, 5 Mastercard, 6 UnionPay/Discover) and a
     * valid Luhn check digit; 15 digits only for American Express (34/37).
     */
    static boolean isCardNumber(String d) {
        if (d.length() == 15 && !(d.startsWith("34") || d.startsWith("37"))) {
            return false; // 15 digits with a Luhn digit and another prefix are phone IMEIs (串号), not cards
        }
        return d.length() >= 13
                && d.length() <= 19
                && d.charAt(0) >= '3'
                && d.charAt(0) <= '6'
                && digits(d, 0, d.length())
                && luhn(d);
    }

    /**
     * Hong Kong identity card: one or two letters, six digits and a check character (0–9 or A),
     * usually written A123456(3). The check is mod 11 with weights 9…2, a missing second letter
     * counting as 36.
     */
    static boolean hkIdCheckOk(String letters, String sixDigits, char check) {
        if (letters.isEmpty() || letters.length() > 2 || sixDigits.length() != 6) {
            return false;
        }
        int sum = letters.length() == 1
                ? 36 * 9 + letterValue(letters.charAt(0)) * 8
                : letterValue(letters.charAt(0)) * 9 + letterValue(letters.charAt(1)) * 8;
        for (int i = 0; i < 6; i++) {
            sum += (sixDigits.charAt(i) - '0') * (7 - i);
        }
        int r = (11 - sum % 11) % 11;
        char expected = r == 10 ? 'A' : (char) ('0' + r);
        return Character.toUpperCase(check) == expected;
    }

    private static final String TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

    /**
     * Taiwan identity card (and the resident certificate of 2021, second digit 8/9): a letter, a
     * digit 1/2/8/9 and eight digits; the letter's two-digit code (A=10 … O=35) and the digits
     * weighted 1,9,8,7…1,1 sum to a multiple of 10.
     */
    static boolean isTaiwanIdShape(String t) {
        return t.length() == 10
                && t.charAt(0) >= 'A'
                && t.charAt(0) <= 'Z'
                && "1289".indexOf(t.charAt(1)) >= 0
                && digits(t, 1, 10);
    }

    static boolean taiwanIdCheckOk(String t) {
        int code = TW_LETTERS.indexOf(t.charAt(0)) + 10;
        int sum = code / 10 + (code % 10) * 9;
        for (int i = 1; i <= 8; i++) {
            sum += (t.charAt(i) - '0') * (9 - i);
        }
        sum += t.charAt(9) - '0';
        return sum % 10 == 0;
    }

    private static int letterValue(char c) {
        return Character.toUpperCase(c) - 'A' + 10;
    }

    static boolean isDate(int month, int day) {
        return month >= 1
                && month <= 12
                && day >= 1
                && day <= (month == 2 ? 29 : month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31);
    }

    static boolean digits(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int num(String d, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + d.charAt(i) - '0';
        }
        return v;
    }
}
