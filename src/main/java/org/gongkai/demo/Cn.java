package org.gongkai.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Chinese numerals, dates as written in documents, and court fees. */
final class Cn {
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String SMALL = "零一二三四五六七八九";

    private Cn() {}

    /** 2023-05-06 → 二〇二三年五月六日 (signature dates). */
    static String signatureDate(LocalDate d) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(d.getYear()).toCharArray()) sb.append(DIGITS.charAt(c - '0'));
        return sb.append('年')
                .append(number(d.getMonthValue()))
                .append('月')
                .append(number(d.getDayOfMonth()))
                .append('日')
                .toString();
    }

    /** 2021-03-05 → 2021年3月5日 (dates in the body). */
    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    static String dateTime(LocalDateTime t) {
        return date(t.toLocalDate()) + t.getHour() + "时" + pad(t.getMinute(), 2) + "分";
    }

    static String iso(LocalDateTime t) {
        return t.toLocalDate() + "T" + pad(t.getHour(), 2) + ":" + pad(t.getMinute(), 2);
    }

    /** Zero-padded decimal (String.format is too slow for tens of thousands of identifiers). */
    static String pad(long n, int width) {
        String s = Long.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /** 667 → 六百六十七, 10 → 十, 1079 → 一千零七十九, 50000 → 五万. */
    static String number(long n) {
        if (n == 0) return "零";
        if (n >= 100_000_000L) throw new IllegalArgumentException("too large: " + n);
        if (n >= 10_000) {
            long high = n / 10_000, low = n % 10_000;
            String s = below10k((int) high, false) + "万";
            if (low == 0) return s;
            return s + (low < 1000 ? "零" : "") + below10k((int) low, true);
        }
        return below10k((int) n, false);
    }

    private static String below10k(int n, boolean inner) {
        int[] units = {1000, 100, 10, 1};
        String[] names = {"千", "百", "十", ""};
        StringBuilder sb = new StringBuilder();
        boolean zero = false;
        boolean started = false;
        for (int i = 0; i < 4; i++) {
            int d = n / units[i] % 10;
            if (d == 0) {
                if (started) zero = true;
                continue;
            }
            if (zero) sb.append('零');
            zero = false;
            // 10..19 at the start of a number are written 十, 十五 (not 一十五)
            if (!(i == 2 && d == 1 && !started && !inner)) sb.append(SMALL.charAt(d));
            sb.append(names[i]);
            started = true;
        }
        return sb.toString();
    }

    /** 第六百六十七条 */
    static String article(int n) {
        return "第" + number(n) + "条";
    }

    /** 18 → 一年六个月, 8 → 八个月, 24 → 二年 (prison terms are written in Chinese). */
    static String months(int m) {
        int y = m / 12, r = m % 12;
        String s = y > 0 ? number(y) + "年" : "";
        if (r > 0) s += (r == 2 && y == 0 ? "二" : number(r)) + "个月";
        return s;
    }

    /** Plain yuan amount as written in the text: 52000元, 1234.5元. */
    static String yuan(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString() + "元";
    }

    static String yuan(long amount) {
        return amount + "元";
    }

    /** Acceptance fee for a property claim (诉讼费用交纳办法 Art. 13). */
    static BigDecimal acceptanceFee(long claim) {
        long[][] bands = {
            {10_000, 0},
            {100_000, 250},
            {200_000, 200},
            {500_000, 150},
            {1_000_000, 100},
            {2_000_000, 90},
            {5_000_000, 80},
            {10_000_000, 70},
            {20_000_000, 60},
            {Long.MAX_VALUE, 50}
        };
        BigDecimal fee = BigDecimal.valueOf(50);
        long lower = 10_000;
        for (int i = 1; i < bands.length && claim > lower; i++) {
            long upper = Math.min(claim, bands[i][0]);
            fee = fee.add(BigDecimal.valueOf(upper - lower)
                    .multiply(BigDecimal.valueOf(bands[i][1]))
                    .divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP));
            lower = bands[i][0];
        }
        return fee.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static BigDecimal half(BigDecimal fee) {
        return fee.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
