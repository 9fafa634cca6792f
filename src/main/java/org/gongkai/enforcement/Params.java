package org.gongkai.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.gongkai.platform.ProblemException;

/** Parsing of request values with 400s that name the field. */
final class Params {
    private Params() {}

    /** yyyy-MM-dd, or null when blank. */
    static LocalDate date(String value, String field) {
        return org.gongkai.platform.RequestValues.date(value, field);
    }

    /** An amount in yuan, or null when blank. */
    static BigDecimal amount(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(
                    field, org.gongkai.platform.Texts.txt().err_not_amount(value));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
