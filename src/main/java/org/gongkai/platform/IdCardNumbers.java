package org.gongkai.platform;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of a resident identity number (公民身份号码, GB 11643—1999): 6 digits of the address
 * code, 8 of the birth date, 3 of the sequence (odd for men), and a check digit 0–9 or X computed
 * by ISO 7064 MOD 11-2; the legacy 15-digit form (before 1999) has a 6-digit birth date 19YYMMDD and
 * no check digit. Every intake checks the numbers it is sent (issue 9: a wrong check digit is a 400
 * naming the field): a typo caught on intake cannot later make a person unfindable by the number
 * they type, or mark an adult as a minor. Pure: no state, no I/O.
 */
public final class IdCardNumbers {
    private static final Pattern FORM_18 = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern FORM_15 = Pattern.compile("\\d{15}");
    /** Separators and invisible characters a number may be typed or pasted with. */
    private static final Pattern NOISE =
            Pattern.compile("[\\s\\-‐‑‒–—―−.·_\\u00AD\\u200B-\\u200F\\u2060-\\u206F\\uFEFF]");

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1880, 1, 1);

    /** What is wrong with a number of resident-ID shape. */
    public enum Defect {
        CHECK_DIGIT("身份证号码校验位错误（GB 11643），请核对后重新提交", "the check digit of the resident ID number is wrong (GB 11643)"),
        BIRTH_DATE(
                "身份证号码中的出生日期不存在或晚于今天",
                "the birth date in the resident ID number is not a real date or lies in the future");

        private final String chinese;
        private final String english;

        Defect(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }

        /** Chinese first, then English; never the number itself (it is personal data). */
        public String message() {
            return chinese + " / " + english;
        }
    }

    private IdCardNumbers() {}

    /** Width folded (NFKC), separators and invisible characters removed, x as X. */
    public static String canonical(String raw) {
        if (raw == null) {
            return "";
        }
        return NOISE.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC))
                .replaceAll("")
                .toUpperCase(Locale.ROOT);
    }

    /** Whether the value is meant as a resident ID number: 17 digits and a digit or X, or 15 digits. */
    public static boolean isResidentIdForm(String raw) {
        String n = canonical(raw);
        return FORM_18.matcher(n).matches() || FORM_15.matcher(n).matches();
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    public static char checkDigit(CharSequence first17) {
        if (first17 == null || first17.length() < 17) {
            throw new IllegalArgumentException("17 digits needed");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("17 digits needed");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The birth date the number encodes, when it is a real date. */
    public static Optional<LocalDate> birthDate(String raw) {
        String n = canonical(raw);
        try {
            if (FORM_18.matcher(n).matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(n.substring(6, 10)),
                        Integer.parseInt(n.substring(10, 12)),
                        Integer.parseInt(n.substring(12, 14))));
            }
            if (FORM_15.matcher(n).matches()) {
                return Optional.of(LocalDate.of(
                        1900 + Integer.parseInt(n.substring(6, 8)),
                        Integer.parseInt(n.substring(8, 10)),
                        Integer.parseInt(n.substring(10, 12))));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * What is wrong with a number of resident-ID shape on {@code today}; empty when it is sound or is not
     * of that shape at all (a passport, a lawyer's licence, a credit code: other checks apply to those).
     */
    public static Optional<Defect> defect(String raw, LocalDate today) {
        String n = canonical(raw);
        boolean eighteen = FORM_18.matcher(n).matches();
        if (!eighteen && !FORM_15.matcher(n).matches()) {
            return Optional.empty();
        }
        Optional<LocalDate> birth = birthDate(n);
        if (birth.isEmpty()
                || birth.get().isBefore(EARLIEST_BIRTH)
                || (today != null && birth.get().isAfter(today))) {
            return Optional.of(Defect.BIRTH_DATE);
        }
        if (eighteen && checkDigit(n) != n.charAt(17)) {
            return Optional.of(Defect.CHECK_DIGIT);
        }
        return Optional.empty();
    }

    /** A 400 naming the field when the number has resident-ID shape and a {@link Defect}. */
    public static void requireSound(String field, String raw, LocalDate today) {
        defect(raw, today).ifPresent(d -> {
            throw ProblemException.invalidField(field, d.message());
        });
    }

    /** Whether the person born as the number says was under 18 on {@code on} (false when it has no sound date). */
    public static boolean minorOn(String raw, LocalDate on) {
        if (on == null) {
            return false;
        }
        return birthDate(raw).map(b -> b.plusYears(18).isAfter(on)).orElse(false);
    }
}
