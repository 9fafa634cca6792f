package org.gongkai.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/** Query-string values parsed with a 400 that names the field (problem details, the caller's language). */
public final class RequestValues {
    private RequestValues() {}

    /** yyyy-MM-dd, or null when blank. */
    public static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, Texts.txt().err_not_date(value));
        }
    }

    /** A whole number, or null when blank; not a number: 400 with {@code notANumber}'s message. */
    public static Integer integer(String value, String field, Supplier<String> notANumber) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, notANumber.get());
        }
    }
}
