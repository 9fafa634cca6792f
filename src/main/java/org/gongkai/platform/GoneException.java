package org.gongkai.platform;

/**
 * 410 Gone for a record that was public and is not any more (a withdrawn judgment, a removed listing): the
 * answer carries the takedown register's entry ({@code takedown} in the problem JSON, a link on the page and
 * in a {@code Link} header), so that the old URL says what happened instead of pretending nothing was there.
 */
public class GoneException extends ProblemException {
    /** A register entry that knows its own URL. */
    public interface Linked {
        String link();
    }

    private final Object entry;

    public GoneException(String detail, Object entry) {
        super(410, "Gone", detail);
        this.entry = entry;
    }

    public Object entry() {
        return entry;
    }

    public String link() {
        return entry instanceof Linked l ? l.link() : null;
    }
}
