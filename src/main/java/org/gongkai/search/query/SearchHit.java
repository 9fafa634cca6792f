package org.gongkai.search.query;

import java.time.LocalDate;

/**
 * One result.
 *
 * @param snippet HTML: escaped document text with {@code <mark>…</mark>} around matches; safe to
 *     insert into a page as is. The start of the facts when nothing matched in the text.
 */
public record SearchHit(
        long id,
        String caseNumber,
        String title,
        String court,
        LocalDate decisionDate,
        String documentKind,
        String snippet) {}
