package org.gongkai.courts;

import java.util.List;

/**
 * A string that is not a case number: what is wrong ({@link Reason}) and the parts of the input it
 * is about. The text is in the message bundle ({@code err:caseNumber_<REASON>}, one parameter per
 * name of {@link Reason#params()}), rendered in the request's language by {@link CaseNumberProblems}.
 */
public class InvalidCaseNumberException extends RuntimeException {

    /** What is wrong with a case number; the names are those of the message's parameters, in order. */
    public enum Reason {
        EMPTY,
        YEAR_MISSING,
        LEADING_TEXT("text"),
        YEAR_UNCLOSED,
        YEAR_EMPTY,
        YEAR_NOT_FOUR_DIGITS("found"),
        YEAR_OUT_OF_RANGE("year", "min", "max"),
        TWO_YEARS("first", "second"),
        BRACKET_AFTER_YEAR,
        COURT_MISSING,
        SUPREME_WITH_DIGITS("court"),
        SUPREME_SHORT,
        COURT_DIGITS("court"),
        COURT_UNKNOWN("court"),
        TYPE_MISSING,
        TYPE_MISSING_AFTER_COURT("court"),
        JUNK_AFTER_COURT("court", "junk"),
        TYPE_UNKNOWN("type"),
        JUNK_AFTER_TYPE("type", "junk"),
        SERIAL_MISSING_AFTER_TYPE("type"),
        SERIAL_MISSING_LEGACY,
        SERIAL_NOT_DIGITS("found"),
        JUNK_AFTER_SERIAL("serial", "junk"),
        JUNK_AFTER_HAO("junk"),
        SERIAL_ZERO,
        SERIAL_TOO_LONG("serial"),
        LEGACY_HEAD_EMPTY,
        LEGACY_TYPE_MISSING("head");

        private final List<String> params;

        Reason(String... params) {
            this.params = List.of(params);
        }

        /** The names of the message's parameters, in the order of {@link #args()}. */
        public List<String> params() {
            return params;
        }
    }

    private final String input;
    private final Reason reason;
    private final List<String> args;

    public InvalidCaseNumberException(String input, Reason reason, String... args) {
        super(reason.name() + (args.length == 0 ? "" : " " + List.of(args)));
        if (args.length != reason.params().size()) {
            throw new IllegalArgumentException(reason + " takes " + reason.params() + ", given " + List.of(args));
        }
        this.input = input;
        this.reason = reason;
        this.args = List.of(args);
    }

    /** The string as the user gave it. */
    public String input() {
        return input;
    }

    public Reason reason() {
        return reason;
    }

    /** The parts of the input the reason is about (the year found, the unknown court code, …). */
    public List<String> args() {
        return args;
    }
}
