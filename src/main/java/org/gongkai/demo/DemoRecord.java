package org.gongkai.demo;

import java.util.Map;
import java.util.Objects;

/**
 * One line of the demo corpus: a publishing-API payload ({@code data}) and the kind of record it
 * is. Serialised as {@code {"kind": "...", "data": {...}}}; the maps keep insertion order so the
 * output is byte-stable.
 *
 * @param kind one of case, event, hearing, judgment, dishonest, restriction, termination
 */
public record DemoRecord(String kind, Map<String, Object> data) {
    public static final String CASE = "case";
    public static final String EVENT = "event";
    public static final String HEARING = "hearing";
    public static final String JUDGMENT = "judgment";
    public static final String DISHONEST = "dishonest";
    public static final String RESTRICTION = "restriction";
    public static final String TERMINATION = "termination";

    public DemoRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(data, "data");
    }
}
