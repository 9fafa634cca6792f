package org.gongkai.search.query;

import java.util.List;

/**
 * The query text cannot be understood: what is wrong ({@link Reason}), the parts of the query it is
 * about and where ({@link #position()}, the 0-based character offset, or -1). The text for the
 * person who typed the query is in the message bundle ({@code err:query_<REASON>}), rendered in the
 * request's language by {@link QueryProblems}.
 */
public class QuerySyntaxException extends IllegalArgumentException {

    /** What is wrong with a query; the names are those of the message's parameters, in order. */
    public enum Reason {
        TOO_LONG("max", "length"),
        PROSE_TOO_LONG("max", "length"),
        TOO_COMPLEX,
        TOO_MANY_CLAUSES("max"),
        QUOTE_CLOSE_WITHOUT_OPEN("close", "open"),
        QUOTE_UNCLOSED("close"),
        EMPTY_QUOTES,
        UNKNOWN_FIELD("name"),
        FIELD_EMPTY("name"),
        FIELD_NOT("name"),
        UNKNOWN_FILTER("key"),
        EXTRA_CLOSE_PAREN,
        UNCLOSED_PAREN,
        EMPTY_PARENS,
        NOT_UNDERSTOOD("text"),
        NOT_HERE("text"),
        INCOMPLETE,
        NEEDS_TERM_AFTER("operator"),
        NEEDS_TERM_BEFORE("operator"),
        NOT_NEEDS_TERM("operator"),
        LEADING_WILDCARD,
        WILDCARD_NOT_AT_END,
        WILDCARD_PREFIX_SHORT,
        RANGE_UNCLOSED,
        RANGE_FORM,
        RANGE_REVERSED("from", "to"),
        DATE_UNRECOGNISED("text"),
        DATE_INVALID("text");

        private final List<String> params;

        Reason(String... params) {
            this.params = List.of(params);
        }

        public List<String> params() {
            return params;
        }
    }

    private final Reason reason;
    private final List<String> args;
    private final int position;

    public QuerySyntaxException(Reason reason, int position, String... args) {
        super(reason.name()
                + (args.length == 0 ? "" : " " + List.of(args))
                + (position >= 0 ? " at " + (position + 1) : ""));
        if (args.length != reason.params().size()) {
            throw new IllegalArgumentException(reason + " takes " + reason.params() + ", given " + List.of(args));
        }
        this.reason = reason;
        this.args = List.of(args);
        this.position = position;
    }

    public Reason reason() {
        return reason;
    }

    /** The parts of the query the reason is about. */
    public List<String> args() {
        return args;
    }

    public int position() {
        return position;
    }
}
