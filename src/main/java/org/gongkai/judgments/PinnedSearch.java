package org.gongkai.judgments;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.changes.ChangeFeed;
import org.gongkai.changes.ChangeKind;
import org.gongkai.changes.ReasonCategory;
import org.gongkai.platform.ClockProducer;
import org.gongkai.platform.Links;
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.ProblemException;
import org.gongkai.search.index.IndexedJudgment;
import org.gongkai.search.index.JudgmentIndex;
import org.gongkai.search.query.SearchHit;
import org.gongkai.search.query.SearchRequest;
import org.gongkai.search.query.Sort;

/**
 * A search pinned to a date (issue 15, "reproducible searches"): how many documents it found at the end of that
 * day (China time) and finds now, and which were added and removed since.
 *
 * <p>Then = the current matches that were public at that moment ∪ the documents that were public then, have left
 * the public since (withdrawn, withheld) and would have matched. The change log says what was public when; the
 * documents that left are no longer in the index and are searched in a temporary in-memory index of their public
 * records, with the same analysis and query language. Only what the portal had published goes in: the de-identified
 * text, or — for a document withdrawn because of its content (privacy, not for publication) or no longer holding a
 * public text — its metadata alone, so that a query cannot probe the words of a text taken down for what it said.
 * Documents still public are matched as they read now (a correction since is not undone).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PinnedSearch {
    /** Records changed since the date beyond which a pinned search is refused (the window is read whole). */
    public static final int MAX_CHANGED = 20_000;
    /** Documents removed since the date beyond which a pinned search is refused (each is indexed for the query). */
    public static final int MAX_REMOVED = 1_000;
    /** Documents listed of each of added and removed. */
    public static final int LISTED = 50;
    /** Reasons for which a withdrawn document is matched by its metadata only (what its text said was the problem). */
    static final Set<String> CONTENT_REASONS =
            Set.of(ReasonCategory.PRIVACY.name(), ReasonCategory.NOT_FOR_PUBLICATION.name());

    public record Added(long id, String caseNumber, String title, String url) {}

    /** A document removed since: the takedown register's data only, never its text or parties. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Removed(
            long id,
            String caseNumber,
            Instant removedAt,
            String kind,
            String reasonCategory,
            String reason,
            String register) {}

    /**
     * {@code countThen = countNow − addedCount + removedCount}; {@code removedByMetadata}: how many of the documents
     * removed since were matched by their metadata only (see the class comment), explained in {@code note}.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AsOf(
            LocalDate date,
            long countThen,
            long countNow,
            long addedCount,
            List<Added> added,
            long removedCount,
            List<Removed> removed,
            int removedByMetadata,
            String note) {}

    @Inject
    JudgmentService service;

    @Inject
    ChangeFeed changes;

    @Inject
    MutableClock clock;

    /** The day of {@code asof} (yyyy-MM-dd, not after today in China), or null when none was given; else 400. */
    public LocalDate parse(String asof) {
        if (asof == null || asof.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(asof.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(
                    "asof",
                    "“" + (asof.length() > 40 ? asof.substring(0, 40) + "…" : asof)
                            + "”不是日期，应为 yyyy-MM-dd，例如 2026-12-01 (not a date in the form yyyy-MM-dd)");
        }
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.CHINA));
        if (date.isAfter(today)) {
            throw ProblemException.invalidField(
                    "asof",
                    date + " 是将来的日期，只能固定到今天（" + today + "）或以前" + " (a date in the future: pin to today or earlier)");
        }
        return date;
    }

    /** Today in China: what the "pin this search" link pins to. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.CHINA));
    }

    /** {@code request} as of the end of {@code date}, beside its current total {@code countNow} (counted exactly). */
    public AsOf asOf(SearchRequest request, long countNow, LocalDate date) {
        Instant end = date.plusDays(1).atStartOfDay(ClockProducer.CHINA).toInstant();
        var logBegins = changes.firstAt(JudgmentRecords.CHANNEL)
                .map(t -> t.atZone(ClockProducer.CHINA).toLocalDate());
        if (logBegins.isPresent() && date.isBefore(logBegins.get())) {
            // documents published before the change log began have no history: an earlier state cannot be told
            throw ProblemException.invalidField(
                    "asof",
                    "变更记录始于 " + logBegins.get() + "，无法固定到更早的日期" + " (the change log starts on " + logBegins.get()
                            + ": pin to that day or later)");
        }
        long changed = changes.countChangedSince(JudgmentRecords.CHANNEL, end);
        if (changed > MAX_CHANGED) {
            throw tooFarBack(date, changed + " 件文书有变动", changed + " documents changed");
        }
        List<Long> added = new ArrayList<>();
        List<ChangeFeed.Window> removed = new ArrayList<>();
        for (ChangeFeed.Window w : changes.changedSince(JudgmentRecords.CHANNEL, end)) {
            boolean then = searchable(w.before());
            boolean now = searchable(w.latest());
            if (now && !then) {
                added.add(w.id());
            } else if (then && !now) {
                removed.add(w);
            }
        }
        if (removed.size() > MAX_REMOVED) {
            throw tooFarBack(date, removed.size() + " 件文书已撤回或不再公开", removed.size() + " documents were removed");
        }
        SearchRequest first = new SearchRequest(
                request.q(), request.filters(), request.from(), request.to(), Sort.DATE_DESC, null, LISTED, true);
        JudgmentService.Among news = service.among(first, added, JudgmentService.AMONG_CHUNK, LISTED);
        Gone gone = gone(first, removed);
        return new AsOf(
                date,
                countNow - news.total() + gone.total,
                countNow,
                news.total(),
                news.hits().stream()
                        .map(h -> new Added(h.id(), h.caseNumber(), h.title(), Links.judgment(h.id())))
                        .toList(),
                gone.total,
                gone.listed,
                gone.byMetadata,
                gone.byMetadata == 0
                        ? null
                        : gone.byMetadata
                                + " 件此后撤回的文书因撤回理由涉及其内容（隐私、不宜公开）或已无公开文本，仅按案号、法院、案由、案件类型、文书类型和裁判日期等"
                                + "元数据比对，未检索其全文 (matched by metadata only, not by their text)");
    }

    private record Gone(long total, List<Removed> listed, int byMetadata) {}

    /** The documents of {@code removed} that {@code request} would have found, searched in a temporary index. */
    private Gone gone(SearchRequest request, List<ChangeFeed.Window> removed) {
        if (removed.isEmpty()) {
            return new Gone(0, List.of(), 0);
        }
        Map<Long, ChangeFeed.Window> byId = new java.util.HashMap<>();
        removed.forEach(w -> byId.put(w.id(), w));
        List<IndexedJudgment> docs = new ArrayList<>();
        int byMetadata = 0;
        Map<Long, String> caseNumbers = new java.util.HashMap<>();
        for (Judgment j : Judgment.listForIndexing(byId.keySet())) {
            caseNumbers.put(j.id, j.caseNumber);
            boolean text = j.status == Judgment.Status.WITHDRAWN
                    && j.publicText != null
                    && !CONTENT_REASONS.contains(byId.get(j.id).latest().reasonCategory());
            if (!text) {
                byMetadata++;
            }
            docs.add(text ? JudgmentDocuments.toIndexed(j) : JudgmentDocuments.metadataOnly(j));
        }
        try (JudgmentIndex temporary = JudgmentIndex.inMemory()) {
            docs.forEach(temporary::upsert);
            temporary.refreshBlocking();
            var result = service.search(temporary, request).result();
            List<Removed> listed = new ArrayList<>();
            for (SearchHit h : result.hits()) {
                ChangeFeed.Change c = byId.get(h.id()).latest();
                ReasonCategory r = ReasonCategory.parse(c.reasonCategory());
                listed.add(new Removed(
                        h.id(),
                        caseNumbers.get(h.id()),
                        c.at(),
                        c.kind(),
                        c.reasonCategory(),
                        r == null ? null : r.label(),
                        Links.takedown(c.seq())));
            }
            return new Gone(result.total(), listed, byMetadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Public and searchable after this change: published or corrected (a stub is public but not in the index). */
    private static boolean searchable(ChangeFeed.Change c) {
        return c != null && c.hash() != null && !ChangeKind.STUB.wire().equals(c.kind());
    }

    private static ProblemException tooFarBack(LocalDate date, String zh, String en) {
        return ProblemException.invalidField(
                "asof",
                "日期太早：" + date + " 之后已有 " + zh + "，固定检索最多比对 " + MAX_CHANGED + " 件变动、" + MAX_REMOVED
                        + " 件撤回的文书；请选一个较近的日期 (date too far back: " + en + ")");
    }
}
