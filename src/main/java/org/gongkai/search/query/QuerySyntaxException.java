package org.gongkai.search.query;

/**
 * The query text cannot be understood. The message is written for the person who typed the query:
 * Chinese first, then what was wrong; {@link #position()} is the 0-based character offset, or -1.
 */
public class QuerySyntaxException extends IllegalArgumentException {
    private final int position;

    public QuerySyntaxException(String message, int position) {
        super(position >= 0 ? message + "（位置 " + (position + 1) + "）" : message);
        this.position = position;
    }

    public QuerySyntaxException(String message) {
        this(message, -1);
    }

    public int position() {
        return position;
    }
}
