package org.gongkai.process;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Display formats of the process pages: {@code {proc:time(t)}}, {@code {proc:date(d)}}, {@code {proc:days(n)}}. */
@TemplateExtension(namespace = "proc")
public final class ProcessFormats {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter ISO_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private ProcessFormats() {}

    static String time(OffsetDateTime t) {
        return t == null ? "" : TIME.format(t);
    }

    /** Machine-readable value for {@code <time datetime>}. */
    static String iso(OffsetDateTime t) {
        return t == null ? "" : ISO_MINUTES.format(t) + t.getOffset().getId();
    }

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    static String days(long n) {
        if (n > 0) {
            return "剩余 " + n + " 天";
        }
        return n == 0 ? "今日届满" : "已届满 " + (-n) + " 天";
    }
}
