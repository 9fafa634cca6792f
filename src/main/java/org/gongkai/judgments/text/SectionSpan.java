package org.gongkai.judgments.text;

import java.util.Objects;

/** A section of a judgment text: {@code text.substring(start, end)}. */
public record SectionSpan(Section section, int start, int end) {

    public SectionSpan {
        Objects.requireNonNull(section, "section");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " for " + section);
        }
    }

    public String text(String judgmentText) {
        return judgmentText.substring(start, end);
    }

    public int length() {
        return end - start;
    }
}
