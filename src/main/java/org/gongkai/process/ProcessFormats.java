package org.gongkai.process;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.gongkai.web.Formats;
import org.gongkai.web.Texts;

/** Display formats of the process pages: {@code {proc:time(t)}}, {@code {proc:date(d)}}, {@code {proc:days(n)}}. */
@TemplateExtension(namespace = "proc")
public final class ProcessFormats {
    private static final DateTimeFormatter ISO_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private ProcessFormats() {}

    static String time(OffsetDateTime t) {
        return Formats.cn(t);
    }

    /** Machine-readable value for {@code <time datetime>}. */
    static String iso(OffsetDateTime t) {
        return t == null ? "" : ISO_MINUTES.format(t) + t.getOffset().getId();
    }

    static String date(LocalDate d) {
        return Formats.cn(d);
    }

    static String days(long n) {
        var msg = Texts.msg();
        if (n > 0) {
            return msg.days_remaining(n);
        }
        return n == 0 ? msg.days_due_today() : msg.days_overdue(-n);
    }

    /** The glossary entry (anchor on /glossary) that explains an event type, or null. */
    static String term(String type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "FILING_RECEIVED", "ACCEPTED" -> "li-an";
            case "TIME_LIMIT_SET", "TIME_LIMIT_EXTENDED", "TIME_LIMIT_SUSPENDED" -> "shenxian";
            case "EVIDENCE_EXCHANGE" -> "zhengju-jiaohuan";
            case "HEARING_SCHEDULED", "HEARING_POSTPONED", "HEARING_HELD" -> "kaiting";
            case "SUMMONS_SERVED", "NOTICE_SERVED", "DOCUMENT_SERVED" -> "songda";
            case "APPEAL_FILED" -> "shangsu";
            default -> null;
        };
    }

    /** The label of a process event type ({@link EventType}) in the page's language. */
    static String event(String type) {
        return Texts.label("event", type);
    }
}
