package org.gongkai.publishing.deid;

/**
 * One replacement of the span [start, end) of a text. A cross-out ({@code crossOut}) replaces the
 * value by one × per visible character of its span in the original (spec 1.6), whatever the
 * detection copy made of it.
 */
record Edit(int start, int end, String replacement, Redaction.Kind kind, boolean crossOut) {
    Edit(int start, int end, String replacement, Redaction.Kind kind) {
        this(start, end, replacement, kind, false);
    }

    static Edit crossOut(int start, int end, Redaction.Kind kind) {
        return new Edit(start, end, String.valueOf(PersonalDataFinder.X).repeat(end - start), kind, true);
    }

    boolean overlaps(Edit o) {
        return start < o.end && o.start < end;
    }
}
