package org.gongkai.judgments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.changes.ChangeFeed;
import org.gongkai.platform.AtomFeed;
import org.gongkai.platform.Hashing;
import org.gongkai.platform.Links;
import org.gongkai.search.query.SearchHit;
import org.gongkai.search.query.SearchResult;

/**
 * The Atom feed of any judgment search (issue 15, "follow a search"): the newest matches of the same query,
 * filters and sort as the results page, one entry per document with the content hash and date of its latest
 * public change (so a correction shows as an update), RFC 5005 paging, and an ETag over what the feed says.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchFeed {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public record Rendered(String xml, String etag) {}

    @Inject
    JudgmentService service;

    @Inject
    ChangeFeed changes;

    /** {@code base}: the portal's absolute address (feed readers resolve entry links against it). */
    public Rendered render(SearchParams params, String base) {
        SearchResult r = service.search(params.toRequest()).result();
        Map<Long, ChangeFeed.Change> latest = changes.latest(
                JudgmentRecords.CHANNEL, r.hits().stream().map(SearchHit::id).toList());
        Map<String, List<String>> filters = params.filters();
        String self = SearchPage.feedUrl(params.q, filters, params.from, params.to, params.sort, params.cursor);
        List<AtomFeed.Link> links = new ArrayList<>();
        links.add(new AtomFeed.Link("self", base + self, AtomFeed.MEDIA_TYPE));
        links.add(new AtomFeed.Link(
                "alternate",
                base + SearchPage.url(params.q, filters, params.from, params.to, params.sort, null),
                "text/html"));
        links.add(new AtomFeed.Link(
                "first",
                base + SearchPage.feedUrl(params.q, filters, params.from, params.to, params.sort, null),
                AtomFeed.MEDIA_TYPE));
        if (r.next() != null) {
            links.add(new AtomFeed.Link(
                    "next",
                    base + SearchPage.feedUrl(params.q, filters, params.from, params.to, params.sort, r.next()),
                    AtomFeed.MEDIA_TYPE));
        }
        List<AtomFeed.Entry> entries = new ArrayList<>();
        Instant updated = null;
        StringBuilder state = new StringBuilder(self);
        for (SearchHit h : r.hits()) {
            ChangeFeed.Change c = latest.get(h.id());
            Instant at = c != null
                    ? c.at()
                    : h.decisionDate() != null
                            ? h.decisionDate().atStartOfDay(CHINA).toInstant()
                            : Instant.EPOCH;
            String hash = c == null ? null : c.hash();
            entries.add(new AtomFeed.Entry(
                    "urn:gongkai:judgment:" + h.id(),
                    h.title(),
                    at,
                    summary(h),
                    base + Links.judgment(h.id()),
                    hash,
                    List.of(new AtomFeed.Link(
                            "alternate", base + Links.judgmentDocumentJson(h.id()), "application/json"))));
            updated = updated == null || at.isAfter(updated) ? at : updated;
            state.append('\n')
                    .append(h.id())
                    .append(' ')
                    .append(hash)
                    .append(' ')
                    .append(at);
        }
        state.append('\n')
                .append(r.next())
                .append('\n')
                .append(org.gongkai.platform.Languages.current().code); // the title's language
        String query = SearchPage.url(params.q, filters, params.from, params.to, params.sort, null);
        var txt = org.gongkai.platform.Texts.txt();
        String title = txt.search_feed(
                        params.q == null || params.q.isBlank() ? txt.search_feed_all() : params.q.strip())
                + (filters.isEmpty()
                        ? ""
                        : " " + filters.values().stream().flatMap(List::stream).toList());
        String xml = AtomFeed.write(new AtomFeed.Feed(
                "urn:gongkai:search:" + Hashing.sha256(query),
                title,
                updated == null ? Instant.EPOCH : updated,
                null,
                links,
                entries));
        return new Rendered(xml, "W/\"" + Hashing.sha256(state.toString()) + "\"");
    }

    /** The hit's snippet as plain text (the snippet is HTML with {@code <mark>} around matches). */
    static String summary(SearchHit h) {
        String s = h.snippet();
        if (s == null) {
            return h.court() + " " + h.caseNumber();
        }
        return s.replaceAll("<[^>]+>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
