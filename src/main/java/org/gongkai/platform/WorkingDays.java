package org.gongkai.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The working-day calendar of the People's Republic of China: weekdays work, weekends rest,
 * with the official holiday and adjusted-working-day exceptions read from
 * {@code reference/calendar-cn.csv} (data, not code, so it can be extended every year).
 */
public final class WorkingDays {
    private static final WorkingDays STANDARD = load("/reference/calendar-cn.csv");

    private final Map<LocalDate, Boolean> exceptions;

    WorkingDays(Map<LocalDate, Boolean> exceptions) {
        this.exceptions = exceptions;
    }

    public static WorkingDays standard() {
        return STANDARD;
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean exception = exceptions.get(day);
        if (exception != null) {
            return exception;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The day on which a period of {@code n} working days that starts after {@code from} ends. */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days strictly after {@code from} up to and including {@code to} (0 when to ≤ from). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    static WorkingDays load(String resource) {
        Map<LocalDate, Boolean> map = new HashMap<>();
        try (InputStream in = WorkingDays.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("date,")) {
                    continue;
                }
                String[] f = line.split(",", 3);
                map.put(LocalDate.parse(f[0].trim()), Boolean.parseBoolean(f[1].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkingDays(Map.copyOf(map));
    }
}
