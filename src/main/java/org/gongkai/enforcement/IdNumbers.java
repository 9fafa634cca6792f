package org.gongkai.enforcement;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.platform.Hashing;

/**
 * Resident ID numbers (居民身份证号码) of natural-person debtors: normalised, digested for the
 * keyed hash ({@link IdHashes}), masked for display. The full number is never displayed (rules
 * §3.2, §4): only {@link #mask(String)} output leaves the service, and the age beside it is
 * {@link #publicAge(LocalDate, LocalDate)}.
 *
 * <p>What is shown was chosen against an attacker who reads everything public about a listed
 * person and then confirms guesses through the lookup (issue 9). An 18-character number is
 * region (6) + date of birth (8) + sequence (3, odd for men) + check character. The rules' example
 * 3303**********1234 with the age in full years shows the sequence and the check character; with
 * the age the date of birth falls in one year, the check character keeps one guess in eleven,
 * and a prefecture with few counties is left with a few dozen candidates (东莞 4419 has one
 * county code: about 33). So only the region prefix is shown, the sequence and check character
 * are starred (the sex, which the rules publish, still fixes the parity of the sequence: 500
 * sequences), and the age counts calendar years, so that it changes on 1 January for everyone
 * instead of on the person's birthday (a visitor who watched the age change would learn the
 * birthday). {@code CandidateFloorTest} enumerates what is left: at least 1,000 numbers.
 */
public final class IdNumbers {
    private static final Pattern ID_18 = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern ID_15 = Pattern.compile("\\d{15}");
    /** Province + prefecture: the part of the region code that is shown. */
    static final int SHOWN_PREFIX = 4;

    private IdNumbers() {}

    /** Upper case, no spaces, full-width digits and X folded to ASCII. */
    public static String normalise(String input) {
        if (input == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(input.length());
        for (char c : input.toCharArray()) {
            if (c >= '０' && c <= '９') {
                sb.append((char) (c - '０' + '0'));
            } else if (c == 'ｘ' || c == 'Ｘ') {
                sb.append('X');
            } else if (!Character.isWhitespace(c) && c != '\u3000') {
                sb.append(c);
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /** A full 18-digit (or legacy 15-digit) resident ID number. */
    public static boolean isFull(String normalised) {
        return normalised != null
                && (ID_18.matcher(normalised).matches()
                        || ID_15.matcher(normalised).matches());
    }

    /**
     * 3303**************: the region prefix (province and prefecture) kept, every other
     * character a star, the length kept (18 or 15). Idempotent, so an already masked value of
     * an older form (3303**********1234) is masked again to this one. Anything that is not at
     * least 15 characters long is starred completely.
     */
    public static String mask(String id) {
        if (id == null || id.isEmpty()) {
            return id;
        }
        String n = normalise(id);
        int keep = n.length() >= 15 ? SHOWN_PREFIX : 0;
        return n.substring(0, keep) + "*".repeat(n.length() - keep);
    }

    /**
     * The age shown beside a masked number: the calendar year of {@code today} minus the year of
     * birth. It is the same on every listing of the person and on every surface on a given day,
     * and it reveals the year of birth but not the day (see the class comment).
     */
    public static Integer publicAge(LocalDate birthDate, LocalDate today) {
        return birthDate == null ? null : today.getYear() - birthDate.getYear();
    }

    /**
     * The unkeyed digest of a normalised number: the input of the keyed hash, never stored on
     * its own since V5 (it was the stored hash before, which is why rows hashed then can be
     * upgraded in place: {@link IdHashes}).
     */
    static String digest(String normalised) {
        return Hashing.sha256("gongkai-enforcement-id:" + normalised);
    }

    /** Date of birth encoded in the number (digits 7–14, or 7–12 of a 15-digit number). */
    public static Optional<LocalDate> birthDate(String normalised) {
        if (normalised == null) {
            return Optional.empty();
        }
        try {
            if (ID_18.matcher(normalised).matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(normalised.substring(6, 10)),
                        Integer.parseInt(normalised.substring(10, 12)),
                        Integer.parseInt(normalised.substring(12, 14))));
            }
            if (ID_15.matcher(normalised).matches()) {
                return Optional.of(LocalDate.of(
                        1900 + Integer.parseInt(normalised.substring(6, 8)),
                        Integer.parseInt(normalised.substring(8, 10)),
                        Integer.parseInt(normalised.substring(10, 12))));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** 男 / 女 from the sequence digit (odd = male). */
    public static Optional<String> sex(String normalised) {
        if (normalised == null || !isFull(normalised)) {
            return Optional.empty();
        }
        char c = normalised.length() == 18 ? normalised.charAt(16) : normalised.charAt(14);
        return Optional.of((c - '0') % 2 == 1 ? "男" : "女");
    }
}
