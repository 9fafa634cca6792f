package org.gongkai.changes;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongkai.courts.CourtService;
import org.gongkai.platform.GoneException;
import org.gongkai.platform.Links;
import org.gongkai.platform.ProblemException;

/**
 * Read side of the change feed and of the takedown register: what re-users see. Entries carry ids, kinds,
 * hashes and reason categories only; the records themselves are served in their canonical form, so that a
 * mirror can check each against the hash of its entry.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeFeed {
    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 1000;
    /** Kinds the takedown register lists: every correction and removal, none of the plain publications. */
    static final List<String> REGISTER_KINDS = List.of(
            ChangeKind.CORRECTED.wire(),
            ChangeKind.WITHDRAWN.wire(),
            ChangeKind.WITHHELD.wire(),
            ChangeKind.REMOVED.wire(),
            ChangeKind.EXPIRED.wire());

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Change(
            long seq,
            String kind,
            String channel,
            long id,
            Instant at,
            String hash,
            String reasonCategory,
            String url) {}

    /** {@code next}: the cursor to ask with next time (the last seq seen; the same one when nothing was new). */
    public record Page(List<Change> changes, String next) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Takedown(
            long seq,
            String channel,
            long id,
            String kind,
            String kindLabel,
            Instant at,
            String court,
            String courtCode,
            String caseLabel,
            String reasonCategory,
            String reason,
            String url,
            String link)
            implements GoneException.Linked {}

    public record Register(List<Takedown> takedowns, String next) {}

    @Inject
    Instance<PublicRecordSource> sources;

    @Inject
    CourtService courts;

    public Page changes(String since, Integer limit) {
        long after = cursor(since, "since");
        List<ChangeEntry> rows = ChangeEntry.listAfter(after, limit(limit));
        List<Change> out = rows.stream().map(ChangeFeed::change).toList();
        return new Page(out, String.valueOf(rows.isEmpty() ? after : rows.get(rows.size() - 1).seq));
    }

    /** The number of the newest change: a cursor from which {@code changes(since)} continues (0 when there is none). */
    public long lastSeq() {
        return ChangeEntry.<ChangeEntry>find("order by seq desc")
                .firstResultOptional()
                .map(e -> e.seq)
                .orElse(0L);
    }

    /** The channels of the feed (one per source of public records), in a fixed order: judgments first. */
    public List<PublicRecordSource> sources() {
        return sources.stream()
                .sorted(java.util.Comparator.comparingInt((PublicRecordSource s) -> {
                            int i = CHANNEL_ORDER.indexOf(s.channel());
                            return i < 0 ? CHANNEL_ORDER.size() : i;
                        })
                        .thenComparing(PublicRecordSource::channel))
                .toList();
    }

    private static final List<String> CHANNEL_ORDER = List.of("judgments", "dishonest", "restrictions", "terminations");

    /** The register, newest first; {@code before}: the cursor of the next (older) page. */
    public Register register(String before, Integer limit, String channel) {
        long upTo = before == null || before.isBlank() ? Long.MAX_VALUE : cursor(before, "before");
        if (channel != null
                && !channel.isBlank()
                && sources.stream().noneMatch(s -> s.channel().equals(channel))) {
            throw ProblemException.invalidField(
                    "channel", org.gongkai.platform.Texts.txt().err_unknown_channel(channel, channels()));
        }
        int n = limit(limit);
        String where = "kind in ?1 and seq < ?2" + (channel == null || channel.isBlank() ? "" : " and channel = ?3");
        var q = channel == null || channel.isBlank()
                ? ChangeEntry.<ChangeEntry>find(where + " order by seq desc", REGISTER_KINDS, upTo)
                : ChangeEntry.<ChangeEntry>find(where + " order by seq desc", REGISTER_KINDS, upTo, channel);
        List<ChangeEntry> rows = q.page(0, n + 1).list();
        boolean more = rows.size() > n;
        List<Takedown> out = rows.stream().limit(n).map(this::takedown).toList();
        return new Register(out, more ? String.valueOf(out.get(out.size() - 1).seq()) : null);
    }

    /** The latest change of each of {@code ids} in a channel (what a feed entry's hash and date come from). */
    public java.util.Map<Long, Change> latest(String channel, java.util.Collection<Long> ids) {
        java.util.Map<Long, Change> out = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<ChangeEntry> rows = ChangeEntry.list("channel = ?1 and recordId in ?2 order by seq", channel, ids);
        for (ChangeEntry e : rows) {
            out.put(e.recordId, change(e));
        }
        return out;
    }

    /**
     * A record that changed at or after a moment: its latest change before it ({@code before}, null when it was
     * never announced by then) and its latest change of all. {@code before} public and {@code latest} gone: removed
     * since; the other way round: added since.
     */
    public record Window(long id, Change before, Change latest) {}

    /** When the change log of a channel begins (its earliest entry), if it has one: no earlier state can be told. */
    public Optional<Instant> firstAt(String channel) {
        return Optional.ofNullable(ChangeEntry.getEntityManager()
                .createQuery("select min(e.at) from ChangeEntry e" + " where e.channel = :c", Instant.class)
                .setParameter("c", channel)
                .getSingleResult());
    }

    /** How many records of a channel changed at or after {@code t} (what bounds {@link #changedSince}). */
    public long countChangedSince(String channel, Instant t) {
        return ChangeEntry.getEntityManager()
                .createQuery(
                        "select count(distinct e.recordId) from ChangeEntry e" + " where e.channel = :c and e.at >= :t",
                        Long.class)
                .setParameter("c", channel)
                .setParameter("t", t)
                .getSingleResult();
    }

    /** Every record of a channel that changed at or after {@code t}, with its state before and now (by id). */
    public List<Window> changedSince(String channel, Instant t) {
        List<ChangeEntry> rows = ChangeEntry.list(
                "channel = ?1 and recordId in (select e.recordId from ChangeEntry e"
                        + " where e.channel = ?1 and e.at >= ?2) order by seq",
                channel,
                t);
        java.util.Map<Long, Change> before = new java.util.HashMap<>();
        java.util.Map<Long, Change> latest = new java.util.TreeMap<>();
        for (ChangeEntry e : rows) {
            Change c = change(e);
            if (e.at.isBefore(t)) {
                before.put(e.recordId, c);
            }
            latest.put(e.recordId, c);
        }
        return latest.values().stream()
                .map(c -> new Window(c.id(), before.get(c.id()), c))
                .toList();
    }

    /** The register entry that explains why a record is gone, if the record was public and is no longer. */
    public Optional<Takedown> removal(String channel, long id) {
        return ChangeEntry.findLatest(channel, id).filter(e -> e.hash == null).map(this::takedown);
    }

    /** The 410 of a record that left the public, with its register entry. */
    public GoneException gone(Takedown t) {
        return new GoneException(
                org.gongkai.platform.Texts.txt()
                        .td_gone(
                                t.caseLabel(),
                                org.gongkai.platform.Formats.date(
                                        t.at().atZone(org.gongkai.platform.ClockProducer.CHINA)
                                                .toLocalDate()),
                                t.kindLabel(),
                                String.valueOf(t.reason()),
                                t.link()),
                t);
    }

    /** The canonical public record and its hash; 410 with the register entry once it left the public, else 404. */
    public String record(String channel, long id) {
        PublicRecordSource source = sources.stream()
                .filter(s -> s.channel().equals(channel))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound(
                        org.gongkai.platform.Texts.txt().err_no_channel(channel, channels())));
        Optional<String> json = source.publicRecord(id);
        if (json.isPresent()) {
            return json.get();
        }
        throw removal(channel, id)
                .<ProblemException>map(this::gone)
                .orElseGet(() -> ProblemException.notFound(
                        org.gongkai.platform.Texts.txt().err_no_public_record(channel + "/" + id)));
    }

    /** The channels of the public records, for a problem detail: 'dishonest', 'judgments' … */
    private String channels() {
        return ProblemException.codes(
                sources.stream().map(PublicRecordSource::channel).sorted().toArray(String[]::new));
    }

    private static Change change(ChangeEntry e) {
        return new Change(
                e.seq,
                e.kind,
                e.channel,
                e.recordId,
                e.at,
                e.hash,
                e.reasonCategory,
                Links.record(e.channel, e.recordId));
    }

    private Takedown takedown(ChangeEntry e) {
        ChangeKind k = ChangeKind.valueOf(e.kind.toUpperCase(java.util.Locale.ROOT));
        ReasonCategory r = ReasonCategory.parse(e.reasonCategory);
        String court = e.courtCode == null
                ? null
                : courts.byCode(e.courtCode).map(c -> c.name()).orElse(e.courtCode);
        String url = e.hash != null ? Links.recordPage(e.channel, e.recordId) : null;
        return new Takedown(
                e.seq,
                e.channel,
                e.recordId,
                e.kind,
                k.label(),
                e.at,
                court,
                e.courtCode,
                e.label,
                e.reasonCategory,
                r == null ? null : r.label(),
                url,
                Links.takedown(e.seq));
    }

    private static long cursor(String value, String field) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            long v = Long.parseLong(value.strip());
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(
                    field,
                    org.gongkai.platform.Texts.txt()
                            .err_not_cursor(value.length() > 40 ? value.substring(0, 40) + "…" : value));
        }
    }

    private static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalidField(
                    "limit",
                    org.gongkai.platform.Texts.txt().err_limit_range(String.valueOf(MAX_LIMIT), String.valueOf(limit)));
        }
        return limit;
    }
}
