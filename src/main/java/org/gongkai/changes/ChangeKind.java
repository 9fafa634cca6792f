package org.gongkai.changes;

/**
 * What happened to a public record. Judgments: published, corrected, stub (published as a stub under
 * rule 1.2), withdrawn, withheld (a correction made a public document non-public). Enforcement
 * listings: listed, corrected, removed (by the court, or revoked), expired (end of the term); consumption
 * restrictions: listed, corrected (the court's order replaces the one made with a listing), removed (lifted);
 * terminated enforcement cases: listed.
 */
public enum ChangeKind {
    PUBLISHED,
    CORRECTED,
    STUB,
    WITHDRAWN,
    WITHHELD,
    LISTED,
    REMOVED,
    EXPIRED;

    /** The record is no longer public after this change: a mirror deletes it. */
    public boolean removes() {
        return this == WITHDRAWN || this == WITHHELD || this == REMOVED || this == EXPIRED;
    }

    /** The name in the feed: lower case ({@code published}, {@code withdrawn}, …). */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** In the page's language (message {@code change_<KIND>}). */
    public String label() {
        return org.gongkai.platform.Texts.label("change", name());
    }
}
