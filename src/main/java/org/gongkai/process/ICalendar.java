package org.gongkai.process;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal RFC 5545 iCalendar writer: CRLF line ends, TEXT escaping, lines folded at 75
 * octets without splitting a UTF-8 character, UTC date-times, all-day dates for deadlines.
 */
public final class ICalendar {
    /** One VEVENT; {@code start} or {@code allDay} is set. */
    public record Event(
            String uid,
            Instant start,
            LocalDate allDay,
            String summary,
            String location,
            String description,
            String url) {}

    static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private ICalendar() {}

    public static String write(String calendarName, List<Event> events, Instant stamp) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Gongkai//Case process//ZH");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.add("X-WR-CALNAME:" + escape(calendarName));
        lines.add("X-WR-TIMEZONE:Asia/Shanghai");
        for (Event e : events) {
            lines.add("BEGIN:VEVENT");
            lines.add("UID:" + e.uid());
            lines.add("DTSTAMP:" + UTC.format(stamp));
            if (e.start() != null) {
                lines.add("DTSTART:" + UTC.format(e.start()));
            } else {
                lines.add("DTSTART;VALUE=DATE:" + DATE.format(e.allDay()));
                lines.add("DTEND;VALUE=DATE:" + DATE.format(e.allDay().plusDays(1)));
            }
            lines.add("SUMMARY:" + escape(e.summary()));
            if (e.location() != null && !e.location().isBlank()) {
                lines.add("LOCATION:" + escape(e.location()));
            }
            if (e.description() != null && !e.description().isBlank()) {
                lines.add("DESCRIPTION:" + escape(e.description()));
            }
            if (e.url() != null) {
                lines.add("URL:" + e.url());
            }
            lines.add("END:VEVENT");
        }
        lines.add("END:VCALENDAR");
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            sb.append(fold(line)).append("\r\n");
        }
        return sb.toString();
    }

    /** TEXT value escaping (RFC 5545 3.3.11). */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Folds a content line into chunks of at most 75 octets; continuation lines start with a space. */
    public static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int len = ch.getBytes(StandardCharsets.UTF_8).length;
            if (octets + len > limit) {
                out.append("\r\n ");
                octets = 1; // the leading space counts
            }
            out.append(ch);
            octets += len;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
