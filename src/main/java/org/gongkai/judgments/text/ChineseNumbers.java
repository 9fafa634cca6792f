package org.gongkai.judgments.text;

import static org.gongkai.judgments.text.TextPatterns.compile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Chinese numerals as written in judgments: article numbers, dates, amounts. */
public final class ChineseNumbers {

    /** Characters that stand for zero in years: 〇 (U+3007), ○ (U+25CB), 零, O, Ｏ, 0, ０, ◯. */
    static final String ZEROS = "〇○零OＯ0０◯";

    private static final String DIGIT = "[0-9０-９" + ZEROS + "一二三四五六七八九]";
    private static final String SMALL = "(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})";

    /** A date such as 二〇二三年五月六日, 二○一九年十二月三十一日 or 2023年5月6日 (spaces allowed). */
    static final Pattern DATE =
            compile("(" + DIGIT + "(?:\\s*" + DIGIT + "){3})\\s*年\\s*(" + SMALL + ")\\s*月\\s*(" + SMALL + ")\\s*日");

    /** Only the Chinese-numeral form (the form of the decision date in a signature block). */
    static final Pattern CHINESE_DATE = compile("([" + ZEROS + "一二三四五六七八九](?:\\s*[" + ZEROS + "一二三四五六七八九]){3})\\s*年\\s*"
            + "([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日");

    private ChineseNumbers() {}

    /**
     * Parses a numeral: 五百七十七 → 577, 一百零九 → 109, 十 → 10, 两千 → 2000, 二〇二三 → 2023 (digit by
     * digit when there is no unit), 264 or ２６４ → 264.
     *
     * @throws NumberFormatException when the text is not a numeral
     */
    public static int parseInt(String numeral) {
        if (numeral == null) {
            throw new NumberFormatException("null");
        }
        String s = numeral.replaceAll("[\\s\\u3000]+", "");
        if (s.isEmpty()) {
            throw new NumberFormatException("empty numeral");
        }
        boolean hasUnit = false;
        for (int i = 0; i < s.length(); i++) {
            if (unit(s.charAt(i)) > 0) {
                hasUnit = true;
            } else if (digit(s.charAt(i)) < 0) {
                throw new NumberFormatException("not a numeral: " + numeral);
            }
        }
        if (!hasUnit) {
            long value = 0;
            for (int i = 0; i < s.length(); i++) {
                value = value * 10 + digit(s.charAt(i));
                if (value > Integer.MAX_VALUE) {
                    throw new NumberFormatException("too large: " + numeral);
                }
            }
            return (int) value;
        }
        long total = 0;
        long section = 0;
        int number = 0;
        boolean pendingDigit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int u = unit(c);
            if (u < 0) {
                number = digit(c);
                pendingDigit = number != 0;
            } else if (u < 10_000) {
                section += (long) (pendingDigit ? number : 1) * u;
                number = 0;
                pendingDigit = false;
            } else {
                section += number;
                total += (section == 0 ? 1 : section) * u;
                section = 0;
                number = 0;
                pendingDigit = false;
            }
            if (total + section > Integer.MAX_VALUE) {
                throw new NumberFormatException("too large: " + numeral);
            }
        }
        return (int) (total + section + number);
    }

    /** The numeral as written in legal texts: 10 → 十, 110 → 一百一十, 109 → 一百零九, 1001 → 一千零一. */
    public static String toChinese(int n) {
        if (n == 0) {
            return "零";
        }
        if (n < 0) {
            if (n == Integer.MIN_VALUE) {
                throw new IllegalArgumentException("out of range: " + n);
            }
            return "负" + toChinese(-n);
        }
        int[] groups = {n / 100_000_000, (n / 10_000) % 10_000, n % 10_000};
        String[] groupUnits = {"亿", "万", ""};
        StringBuilder sb = new StringBuilder();
        boolean zeroPending = false;
        for (int g = 0; g < groups.length; g++) {
            int value = groups[g];
            if (value == 0) {
                if (sb.length() > 0) {
                    zeroPending = true;
                }
                continue;
            }
            if (sb.length() > 0 && (zeroPending || value < 1000)) {
                sb.append('零');
            }
            zeroPending = false;
            sb.append(group(value)).append(groupUnits[g]);
        }
        String result = sb.toString();
        return result.startsWith("一十") ? result.substring(1) : result;
    }

    private static String group(int value) {
        String digits = "零一二三四五六七八九";
        String units = "千百十";
        int[] divisors = {1000, 100, 10};
        StringBuilder sb = new StringBuilder();
        boolean zero = false;
        for (int i = 0; i < 3; i++) {
            int d = (value / divisors[i]) % 10;
            if (d == 0) {
                zero = sb.length() > 0;
            } else {
                if (zero) {
                    sb.append('零');
                    zero = false;
                }
                sb.append(digits.charAt(d)).append(units.charAt(i));
            }
        }
        int ones = value % 10;
        if (ones != 0) {
            if (zero) {
                sb.append('零');
            }
            sb.append(digits.charAt(ones));
        }
        return sb.toString();
    }

    /**
     * The first date in the text: 二〇二三年五月六日, 二○一九年十二月三十一日, 二Ｏ一二年十一月十二日, 2023年5月6日.
     * Empty when there is none or it is not a calendar date.
     */
    public static Optional<LocalDate> parseChineseDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            Optional<LocalDate> date = toDate(m);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDate> toDate(Matcher m) {
        try {
            return Optional.of(LocalDate.of(parseInt(m.group(1)), parseInt(m.group(2)), parseInt(m.group(3))));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int digit(char c) {
        if (ZEROS.indexOf(c) >= 0) {
            return 0;
        }
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        int i = "一二三四五六七八九".indexOf(c);
        if (i >= 0) {
            return i + 1;
        }
        i = "壹贰叁肆伍陆柒捌玖".indexOf(c);
        if (i >= 0) {
            return i + 1;
        }
        return c == '两' ? 2 : -1;
    }

    private static int unit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000;
            default -> -1;
        };
    }
}
