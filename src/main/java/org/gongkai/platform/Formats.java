package org.gongkai.platform;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one display-formatting helper of the templates, as the {@code fmt:} namespace, in the page's
 * language: {@code {fmt:date(d)}} 2026年3月1日 or 1 Mar 2026, {@code {fmt:time(t)}} 2026年3月1日 09:30
 * (China time), {@code {fmt:iso(t)}} for {@code <time datetime>}, {@code {fmt:days(n)}} a deadline's
 * days left, {@code {fmt:grouped(n)}} 12,345, {@code {fmt:yuan(a)}} 1,591,000.00 元, {@code
 * {fmt:percent(share)}} 25.6%, {@code {fmt:paragraphs(text)}}. Every function takes null and answers
 * an empty value. Java code (feeds, problem details) calls the public ones.
 */
@TemplateExtension(namespace = "fmt")
public final class Formats {
    private static final DateTimeFormatter CN_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter CN_DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter EN_DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ISO_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private Formats() {}

    /** 2026-03-01 → 2026年3月1日 (1 Mar 2026 in English). */
    public static String date(LocalDate d) {
        return d == null ? "" : (english() ? EN_DATE : CN_DATE).format(d);
    }

    /** A moment as 2026年3月1日 09:30: an Instant in China time, an offset or local time as it is. */
    public static String time(Object t) {
        return switch (t) {
            case null -> "";
            case Instant i -> dateTime(i.atZone(ClockProducer.CHINA));
            case OffsetDateTime o -> dateTime(o);
            case ZonedDateTime z -> dateTime(z);
            case LocalDateTime l -> dateTime(l);
            case LocalDate d -> date(d);
            default ->
                throw new IllegalArgumentException(
                        "not a date or time: " + t.getClass().getName());
        };
    }

    private static String dateTime(TemporalAccessor t) {
        return (english() ? EN_DATE_TIME : CN_DATE_TIME).format(t);
    }

    /** An ISO date string (2026-11-30) in prose; other text unchanged. */
    public static String prose(String isoDate) {
        if (isoDate == null) {
            return null;
        }
        try {
            return date(LocalDate.parse(isoDate));
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }

    /** Machine-readable value for {@code <time datetime>}: 2026-03-01T09:30+08:00. */
    static String iso(OffsetDateTime t) {
        return t == null ? "" : ISO_MINUTES.format(t) + t.getOffset().getId();
    }

    /** Days left until a deadline: 剩余 3 天, 今日届满, 已届满 2 天 (3 days left …). */
    static String days(long n) {
        Msg msg = Texts.msg();
        if (n > 0) {
            return msg.days_remaining(n);
        }
        return n == 0 ? msg.days_due_today() : msg.days_overdue(-n);
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

    /** 12345 → 12,345. */
    public static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** 0.256 → 25.6%. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** 1591000 → 1,591,000.00 (amounts in yuan; null → —) */
    public static String grouped(BigDecimal n) {
        return n == null ? "—" : String.format(Locale.ROOT, "%,.2f", n.setScale(2, RoundingMode.HALF_UP));
    }

    /** An amount of money: 1,591,000.00 元 (1,591,000.00 yuan in English); null → —. */
    public static String yuan(BigDecimal amount) {
        return amount == null ? "—" : Texts.msg().amount_yuan(grouped(amount));
    }

    private static boolean english() {
        return Languages.current() == Language.EN;
    }
}
