package org.gongkai.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.platform.ClockProducer;

/** Display formatting for templates: Chinese dates, paragraphs, counts. */
@TemplateExtension
public class Formats {
    private static final DateTimeFormatter CN_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter CN_DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    static String cn(LocalDate d) {
        return d == null ? "" : CN_DATE.format(d);
    }

    static String cn(LocalDateTime t) {
        return t == null ? "" : CN_DATE_TIME.format(t);
    }

    static String cn(Instant t) {
        return t == null ? "" : CN_DATE_TIME.format(t.atZone(ClockProducer.CHINA));
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

    /** 1591000 → 1,591,000.00 (amounts in yuan; null → —) */
    static String grouped(java.math.BigDecimal n) {
        return n == null ? "—" : String.format("%,.2f", n.setScale(2, java.math.RoundingMode.HALF_UP));
    }

    /** 12345 → 12,345 */
    static String grouped(long n) {
        return String.format("%,d", n);
    }
}
