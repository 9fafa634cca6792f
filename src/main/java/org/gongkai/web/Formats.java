package org.gongkai.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gongkai.platform.ClockProducer;

/** Display formatting for templates and code: dates in the page's language, amounts, paragraphs, counts. The one formatting helper. */
@TemplateExtension
public class Formats {
    private static final DateTimeFormatter CN_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter CN_DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    /** A date in the prose of the page's language: 2026年11月30日, or 30 November 2026. */
    public static String cn(LocalDate d) {
        return d == null ? "" : (english() ? EN_DATE : CN_DATE).format(d);
    }

    public static String cn(LocalDateTime t) {
        return t == null ? "" : (english() ? EN_DATE_TIME : CN_DATE_TIME).format(t);
    }

    public static String cn(Instant t) {
        return t == null ? "" : cn(t.atZone(ClockProducer.CHINA).toLocalDateTime());
    }

    /** A date and time with its offset, in the page's language (time of day as on the court's clock). */
    public static String cn(OffsetDateTime t) {
        return t == null ? "" : cn(t.toLocalDateTime());
    }

    /** An ISO date string (2026-11-30) in prose; other text unchanged. */
    public static String prose(String isoDate) {
        if (isoDate == null) {
            return null;
        }
        try {
            return cn(LocalDate.parse(isoDate));
        } catch (java.time.format.DateTimeParseException e) {
            return isoDate;
        }
    }

    /** An amount of money: 1,591,000.00 元 (1,591,000.00 yuan in English). */
    public static String yuan(BigDecimal amount) {
        return amount == null ? "" : Texts.msg().amount_yuan(decimal(amount));
    }

    /** 1591000 → 1,591,000.00 */
    public static String decimal(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount.setScale(2, java.math.RoundingMode.HALF_UP));
    }

    private static boolean english() {
        return Languages.current() == Language.EN;
    }

    /** Non-empty lines of a text, for one &lt;p&gt; each. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\r?\\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    static String urlParam(String s) {
        return Links.enc(s);
    }

    /** 12345 → 12,345 */
    static String grouped(long n) {
        return String.format("%,d", n);
    }
}
