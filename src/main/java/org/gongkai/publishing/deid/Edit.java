package org.gongkai.publishing.deid;

/** One replacement of the span [start, end) of the original text. */
record Edit(int start, int end, String replacement, Redaction.Kind kind) {
    boolean overlaps(Edit o) {
        return start < o.end && o.start < end;
    }
}
