package org.gongkai.enforcement;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.platform.Hashing;

/**
 * Resident ID numbers (居民身份证号码) of natural-person debtors: normalised, hashed for matching,
 * masked for display. The full number is never displayed (rules §3.2, §4): only
 * {@link #mask(String)} output leaves the service.
 */
public final class IdNumbers {
    private static final Pattern ID_18 = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern ID_15 = Pattern.compile("\\d{15}");
    private static final Pattern DIGITS = Pattern.compile("\\d{3}[\\dX]|\\d{5}[\\dX]");

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
        return normalised != null && (ID_18.matcher(normalised).matches() || ID_15.matcher(normalised).matches());
    }

    /** The last 4 or 6 characters of an ID number, as typed into a lookup. */
    public static boolean isSuffix(String normalised) {
        return normalised != null && DIGITS.matcher(normalised).matches();
    }

    /** 3303**********1234: the first 4 and the last 4 characters kept, every other one a star. */
    public static String mask(String id) {
        if (id == null || id.isEmpty()) {
            return id;
        }
        String n = normalise(id);
        int keepHead = n.length() >= 12 ? 4 : n.length() >= 8 ? 2 : 0;
        int keepTail = n.length() >= 12 ? 4 : n.length() >= 8 ? 2 : Math.min(2, n.length() / 2);
        StringBuilder sb = new StringBuilder(n.length());
        sb.append(n, 0, keepHead);
        sb.append("*".repeat(n.length() - keepHead - keepTail));
        sb.append(n, n.length() - keepTail, n.length());
        return sb.toString();
    }

    public static String hash(String normalised) {
        return normalised == null ? null : Hashing.sha256("gongkai-enforcement-id:" + normalised);
    }

    public static String last(String normalised, int n) {
        return normalised == null || normalised.length() < n ? null : normalised.substring(normalised.length() - n);
    }

    /** Date of birth encoded in the number (digits 7–14, or 7–12 of a 15-digit number). */
    public static Optional<LocalDate> birthDate(String normalised) {
        if (normalised == null) {
            return Optional.empty();
        }
        try {
            if (ID_18.matcher(normalised).matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(normalised.substring(6, 10)),
                        Integer.parseInt(normalised.substring(10, 12)), Integer.parseInt(normalised.substring(12, 14))));
            }
            if (ID_15.matcher(normalised).matches()) {
                return Optional.of(LocalDate.of(1900 + Integer.parseInt(normalised.substring(6, 8)),
                        Integer.parseInt(normalised.substring(8, 10)), Integer.parseInt(normalised.substring(10, 12))));
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
