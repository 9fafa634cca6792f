package org.gongkai.alerts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.search.query.SearchHit;

/**
 * The JSON body of a delivery: which alert, whether it is a test, and the new matches with what the public
 * search API shows of them (the same public, de-identified view: masked names stay masked) plus the
 * content hash of the change feed entry that brought each document.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AlertPayload(long delivery, AlertRef alert, boolean test, List<Match> matches) {
    public record AlertRef(long id, String name, String search, String feed) {}

    public record Match(
            long id, String caseNumber, String title, String court, LocalDate date, String url, String hash) {
        static Match of(SearchHit h, String url, String hash) {
            return new Match(h.id(), h.caseNumber(), h.title(), h.court(), h.decisionDate(), url, hash);
        }
    }

    static AlertRef ref(Alert a) {
        SavedSearch s = SavedSearch.parse(a.searchJson);
        return new AlertRef(a.id, a.name, a.portalBase + s.pageUrl(), a.portalBase + s.feedUrl());
    }

    AlertPayload without(java.util.Set<Long> ids) {
        return new AlertPayload(
                delivery,
                alert,
                test,
                matches.stream().filter(m -> !ids.contains(m.id())).toList());
    }
}
