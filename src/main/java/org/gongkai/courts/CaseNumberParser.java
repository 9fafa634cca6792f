package org.gongkai.courts;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.courts.InvalidCaseNumberException.Reason;

/**
 * Parses case numbers (案号) as users type them into the canonical form of
 * {@code spec/case-numbers.md}: （年度）法院代字[专门审判代字]类型代字 编号 号.
 *
 * <p>Accepted variations: any bracket pair （）()〔〕[]【】, full-width digits and letters, spaces
 * anywhere, a missing 号, 第 before the serial, the aliases 贵 and 滇 (stored as 黔 and 云), a
 * bracketless year, and a stray 字 in numbers from 2016 on ((2016)辽0106刑初字70号). Numbers of
 * 2015 and earlier written with 字 are parsed as legacy numbers ((2015)成刑执字第853号): court short
 * name as written, type code best effort (the part from the first 刑/民/行/商/执/… on).
 *
 * <p>Type codes come from {@link CaseTypes#standard()}, matched longest first. Whether a court
 * code exists is not checked here: resolve it with {@link CourtDirectory}.
 */
public final class CaseNumberParser {

    public static final int MIN_YEAR = 1949;
    /** The year the 2016 numbering rules (法〔2015〕137号) came into force. */
    public static final int FIRST_MODERN_YEAR = 2016;

    static final String SUPREME_COURT = "最高法";
    /** One-character court codes of the high courts, aliases and the exceptions 内, 军, 兵. */
    static final String PROVINCE_CODES = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔贵滇云藏陕甘青宁新内军兵";

    static final String SPECIAL_CODES = "知";
    private static final String OPENING = "([{〔【〖〘";
    private static final String CLOSING = ")]}〕】〗〙";
    /** First characters of pre-2016 type codes, used to split 成刑执 into court 成 and type 刑执. */
    private static final String LEGACY_TYPE_INITIALS = "刑民行商执赔破委司清财证认协请";

    private static final Pattern BRACKETED_YEAR = Pattern.compile("\\((\\d{4})\\)");

    private CaseNumberParser() {}

    /** The clock of the convenience methods: system time in China, where the year of a case begins. */
    private static final Clock CHINA_CLOCK = Clock.system(ZoneId.of("Asia/Shanghai"));

    /** Parses with the system clock (China time) deciding the latest valid year. */
    public static CaseNumber parse(String input) {
        return parse(input, CHINA_CLOCK);
    }

    /**
     * Parses a case number.
     *
     * @throws InvalidCaseNumberException with the reason, what is wrong
     */
    public static CaseNumber parse(String input, Clock clock) {
        return new Parse(
                        input,
                        normalise(input),
                        CaseTypes.standard(),
                        LocalDate.now(clock).getYear())
                .caseNumber();
    }

    public static Optional<CaseNumber> tryParse(String input) {
        return tryParse(input, CHINA_CLOCK);
    }

    public static Optional<CaseNumber> tryParse(String input, Clock clock) {
        try {
            return Optional.of(parse(input, clock));
        } catch (InvalidCaseNumberException e) {
            return Optional.empty();
        }
    }

    public static PartialCaseNumber tryParsePartial(String input) {
        return tryParsePartial(input, CHINA_CLOCK);
    }

    /**
     * The parts of a case number in a search filter: any of year, court code (with special code)
     * and type code, in that order, and nothing else (京0105民初, 2023 民终, （2023）京0105, 民初). A
     * complete case number gives all its parts. Anything else gives {@link PartialCaseNumber#NONE}.
     */
    public static PartialCaseNumber tryParsePartial(String input, Clock clock) {
        Optional<CaseNumber> full = tryParse(input, clock);
        if (full.isPresent()) {
            CaseNumber n = full.get();
            return new PartialCaseNumber(n.year(), n.courtCode(), n.specialCode(), n.typeCode());
        }
        String s = normalise(input);
        if (s.isEmpty()) {
            return PartialCaseNumber.NONE;
        }
        int i = 0;
        Integer year = null;
        Matcher bracketed = BRACKETED_YEAR.matcher(s);
        if (bracketed.lookingAt()) {
            year = Integer.parseInt(bracketed.group(1));
            i = bracketed.end();
        } else if (digitRun(s, 0) == 4) {
            year = Integer.parseInt(s.substring(0, 4));
            i = s.startsWith("年", 4) ? 5 : 4;
        }
        if (year != null && (year < MIN_YEAR || year > LocalDate.now(clock).getYear())) {
            return PartialCaseNumber.NONE;
        }
        String court = null;
        if (s.startsWith(SUPREME_COURT, i)) {
            court = SUPREME_COURT;
            i += SUPREME_COURT.length();
        } else if (i < s.length() && PROVINCE_CODES.indexOf(s.charAt(i)) >= 0) {
            int digits = digitRun(s, i + 1);
            if (digits != 0 && digits != 2 && digits != 4) {
                return PartialCaseNumber.NONE;
            }
            court = CourtDirectory.canonicalCode(s.substring(i, i + 1 + digits));
            i += 1 + digits;
        }
        String special = null;
        if (court != null && i < s.length() && SPECIAL_CODES.indexOf(s.charAt(i)) >= 0) {
            special = s.substring(i, i + 1);
            i++;
        }
        String type = null;
        Optional<CaseType> caseType = CaseTypes.standard().longestPrefix(s, i);
        if (caseType.isPresent() && caseType.get().code().length() == s.length() - i) {
            type = caseType.get().code();
            i = s.length();
        }
        return i == s.length() ? new PartialCaseNumber(year, court, special, type) : PartialCaseNumber.NONE;
    }

    /**
     * Folds the width of digits, letters and brackets (NFKC), turns every bracket pair into
     * ASCII parentheses, 號 into 号, and removes all white space.
     */
    public static String normalise(String input) {
        if (input == null) {
            return "";
        }
        String folded = Normalizer.normalize(input, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || c == '\u200B'
                    || c == '\u200C'
                    || c == '\u200D'
                    || c == '\uFEFF') {
                continue;
            }
            if (OPENING.indexOf(c) >= 0) {
                out.append('(');
            } else if (CLOSING.indexOf(c) >= 0) {
                out.append(')');
            } else if (c == '號') {
                out.append('号');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitRun(String s, int from) {
        int i = from;
        while (i < s.length() && isAsciiDigit(s.charAt(i))) {
            i++;
        }
        return i - from;
    }

    /** One parse of one input; throws {@link InvalidCaseNumberException} at the first problem. */
    private static final class Parse {
        private final String input;
        private final String s;
        private final CaseTypes types;
        private final int currentYear;

        Parse(String input, String normalised, CaseTypes types, int currentYear) {
            this.input = input;
            this.s = normalised;
            this.types = types;
            this.currentYear = currentYear;
        }

        private InvalidCaseNumberException fail(Reason reason, String... args) {
            return new InvalidCaseNumberException(input, reason, args);
        }

        CaseNumber caseNumber() {
            if (s.isEmpty()) {
                throw fail(Reason.EMPTY);
            }
            Year parsed = year();
            int year = parsed.value();
            String rest = s.substring(parsed.end());
            if (rest.isEmpty()) {
                throw fail(Reason.COURT_MISSING);
            }
            // Numbers received before 2016 may use the old form with 字第; later ones never do, but
            // a stray 字 in a 2016 number is tolerated by the modern form.
            if (year < FIRST_MODERN_YEAR && rest.indexOf('字') >= 0) {
                return legacy(year, rest);
            }
            return modern(year, rest);
        }

        /** The year at the start of the input and the index after it. */
        private record Year(int value, int end) {}

        private Year year() {
            String digits;
            int end;
            if (s.charAt(0) == '(') {
                int close = s.indexOf(')');
                if (close < 0) {
                    throw fail(Reason.YEAR_UNCLOSED);
                }
                digits = s.substring(1, close);
                if (digits.isEmpty()) {
                    throw fail(Reason.YEAR_EMPTY);
                }
                end = close + 1;
            } else if (isAsciiDigit(s.charAt(0))) {
                digits = s.substring(0, digitRun(s, 0));
                end = digits.length();
            } else {
                Matcher later = BRACKETED_YEAR.matcher(s);
                if (later.find()) {
                    throw fail(Reason.LEADING_TEXT, s.substring(0, later.start()));
                }
                throw fail(Reason.YEAR_MISSING);
            }
            if (!digits.matches("\\d{4}")) {
                throw fail(Reason.YEAR_NOT_FOUR_DIGITS, digits);
            }
            int year = Integer.parseInt(digits);
            if (year < MIN_YEAR || year > currentYear) {
                throw fail(
                        Reason.YEAR_OUT_OF_RANGE,
                        String.valueOf(year),
                        String.valueOf(MIN_YEAR),
                        String.valueOf(currentYear));
            }
            Matcher second = BRACKETED_YEAR.matcher(s).region(end, s.length());
            if (second.lookingAt()) {
                throw fail(Reason.TWO_YEARS, digits, second.group(1));
            }
            if (s.startsWith("(", end)) {
                throw fail(Reason.BRACKET_AFTER_YEAR);
            }
            return new Year(year, end);
        }

        private CaseNumber modern(int year, String rest) {
            int i;
            String court;
            if (rest.startsWith(SUPREME_COURT)) {
                court = SUPREME_COURT;
                i = SUPREME_COURT.length();
                int digits = digitRun(rest, i);
                if (digits > 0) {
                    throw fail(Reason.SUPREME_WITH_DIGITS, rest.substring(0, i + digits));
                }
            } else if (rest.startsWith("最高")) {
                throw fail(Reason.SUPREME_SHORT);
            } else if (PROVINCE_CODES.indexOf(rest.charAt(0)) >= 0) {
                int digits = digitRun(rest, 1);
                String written = rest.substring(0, 1 + digits);
                i = 1 + digits;
                if (digits > 4 && (i == rest.length() || rest.charAt(i) == '号')) {
                    throw fail(Reason.TYPE_MISSING);
                }
                if (digits != 0 && digits != 2 && digits != 4) {
                    throw fail(Reason.COURT_DIGITS, written);
                }
                court = CourtDirectory.canonicalCode(written);
            } else if (isAsciiDigit(rest.charAt(0))
                    || rest.charAt(0) == '第'
                    || types.longestPrefix(rest, 0).isPresent()) {
                throw fail(Reason.COURT_MISSING);
            } else {
                int stop = 1;
                while (stop < rest.length()
                        && !isAsciiDigit(rest.charAt(stop))
                        && "字第号".indexOf(rest.charAt(stop)) < 0
                        && types.longestPrefix(rest, stop).isEmpty()) {
                    stop++;
                }
                stop += digitRun(rest, stop);
                throw fail(Reason.COURT_UNKNOWN, rest.substring(0, stop));
            }

            String special = null;
            if (i < rest.length() && SPECIAL_CODES.indexOf(rest.charAt(i)) >= 0) {
                special = rest.substring(i, i + 1);
                i++;
            }

            int typeEnd = i;
            while (typeEnd < rest.length() && !isAsciiDigit(rest.charAt(typeEnd))) {
                typeEnd++;
            }
            boolean serialFollows = typeEnd < rest.length();
            String typeText = rest.substring(i, typeEnd);
            if (!serialFollows && typeText.endsWith("号")) {
                typeText = typeText.substring(0, typeText.length() - 1);
            }
            String courtWritten = court + (special == null ? "" : special);
            if (typeText.isEmpty()) {
                throw fail(Reason.TYPE_MISSING_AFTER_COURT, courtWritten);
            }
            Optional<CaseType> match = types.longestPrefix(typeText, 0);
            if (match.isEmpty()) {
                for (int k = 1; k < typeText.length(); k++) {
                    if (types.longestPrefix(typeText, k).isPresent()) {
                        String junk = typeText.substring(0, k);
                        if (court.length() == 1) {
                            throw fail(Reason.COURT_DIGITS, court + junk);
                        }
                        throw fail(Reason.JUNK_AFTER_COURT, courtWritten, junk);
                    }
                }
                throw fail(Reason.TYPE_UNKNOWN, typeText);
            }
            CaseType type = match.get();
            String after = typeText.substring(type.code().length());
            if (!(after.isEmpty() || after.equals("第") || after.equals("字") || after.equals("字第"))) {
                if (!serialFollows) {
                    String serialText = after.startsWith("第") ? after.substring(1) : after;
                    throw fail(Reason.SERIAL_NOT_DIGITS, serialText);
                }
                if (isHan(after.charAt(0))) {
                    throw fail(Reason.TYPE_UNKNOWN, typeText);
                }
                throw fail(Reason.JUNK_AFTER_TYPE, type.code(), after);
            }
            long serial = serial(rest, typeEnd, type.code());
            String canonical = "（" + year + "）" + courtWritten + type.code() + serial + "号";
            return new CaseNumber(
                    canonical,
                    year,
                    court,
                    special,
                    type.code(),
                    type.name(),
                    type.category(),
                    type.procedure(),
                    serial,
                    false);
        }

        private CaseNumber legacy(int year, String rest) {
            int mark = rest.indexOf('字');
            String head = rest.substring(0, mark);
            int i = mark + 1;
            if (rest.startsWith("第", i)) {
                i++;
            }
            if (head.isEmpty()) {
                throw fail(Reason.LEGACY_HEAD_EMPTY);
            }
            int split = -1;
            for (int k = 0; k < head.length(); k++) {
                if (LEGACY_TYPE_INITIALS.indexOf(head.charAt(k)) >= 0) {
                    split = k;
                    break;
                }
            }
            if (split < 0) {
                throw fail(Reason.LEGACY_TYPE_MISSING, head);
            }
            String court = split == 0 ? null : head.substring(0, split);
            String typeCode = head.substring(split);
            long serial = serial(rest, i, null);
            Optional<CaseType> known = types.byCode(typeCode);
            String canonical = "（" + year + "）" + (court == null ? "" : court) + typeCode + "字第" + serial + "号";
            return new CaseNumber(
                    canonical,
                    year,
                    court,
                    null,
                    typeCode,
                    known.map(CaseType::name).orElse(null),
                    known.map(CaseType::category).orElseGet(() -> legacyCategory(typeCode)),
                    known.map(CaseType::procedure).orElseGet(() -> legacyProcedure(typeCode)),
                    serial,
                    true);
        }

        /**
         * Reads the serial at {@code from} up to the end, with an optional final 号; {@code afterType}
         * is the type code before it, null after the 字第 of a legacy number.
         */
        private long serial(String rest, int from, String afterType) {
            int digits = digitRun(rest, from);
            if (digits == 0) {
                String found = rest.substring(from);
                if (found.isEmpty() || found.equals("号")) {
                    throw (afterType == null
                            ? fail(Reason.SERIAL_MISSING_LEGACY)
                            : fail(Reason.SERIAL_MISSING_AFTER_TYPE, afterType));
                }
                throw fail(
                        Reason.SERIAL_NOT_DIGITS, found.endsWith("号") ? found.substring(0, found.length() - 1) : found);
            }
            String number = rest.substring(from, from + digits);
            int i = from + digits;
            if (i < rest.length()) {
                if (rest.charAt(i) == '号') {
                    if (i + 1 < rest.length()) {
                        throw fail(Reason.JUNK_AFTER_HAO, rest.substring(i + 1));
                    }
                } else {
                    throw fail(Reason.JUNK_AFTER_SERIAL, number, rest.substring(i));
                }
            }
            String significant = number.replaceFirst("^0+", "");
            if (significant.isEmpty()) {
                throw fail(Reason.SERIAL_ZERO);
            }
            if (significant.length() > 18) {
                throw fail(Reason.SERIAL_TOO_LONG, number);
            }
            return Long.parseLong(significant);
        }

        private static boolean isHan(char c) {
            return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }
    }

    /** Best-effort category of a pre-2016 type code that is not in the 2016 table. */
    static String legacyCategory(String typeCode) {
        if (typeCode.startsWith("司救")) {
            return "司法救助";
        }
        if (typeCode.startsWith("行赔") || typeCode.startsWith("委赔") || typeCode.startsWith("赔")) {
            return "赔偿";
        }
        return switch (typeCode.charAt(0)) {
            case '刑' -> "刑事";
            case '民', '商' -> "民事";
            case '行' -> "行政";
            case '执' -> "执行";
            case '破', '清' -> "强制清算与破产";
            default -> null;
        };
    }

    /** Best-effort procedure of a pre-2016 type code: the same suffix rule as the 2016 table. */
    static String legacyProcedure(String typeCode) {
        if (typeCode.startsWith("执")) {
            return "执行";
        }
        return switch (typeCode.charAt(typeCode.length() - 1)) {
            case '初' -> "一审";
            case '终' -> "二审";
            case '再', '提' -> "再审";
            case '申', '监', '抗' -> "再审审查";
            case '复' -> "复议";
            default -> "其他";
        };
    }
}
