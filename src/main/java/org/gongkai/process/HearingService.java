package org.gongkai.process;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.courts.CaseNumber;
import org.gongkai.courts.CaseNumberParser;
import org.gongkai.courts.Court;
import org.gongkai.courts.CourtService;
import org.gongkai.platform.ClockProducer;
import org.gongkai.platform.Cursor;
import org.gongkai.platform.Formats;
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.ProblemException;
import org.gongkai.platform.Texts;
import org.gongkai.process.ProcessViews.HearingPage;
import org.gongkai.process.ProcessViews.HearingView;

/**
 * Public hearing announcements (开庭公告): open hearings only, names as published. Ordered by
 * hearing time, latest first (upcoming hearings lead), ties broken by id.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HearingService {
    /** Hearings a page by default. */
    public static final int PAGE_SIZE = 20;
    /** Most hearings a page ({@code size}), as on the API's other lists (judgments, enforcement). */
    public static final int MAX_SIZE = 100;
    /** Deepest page by number on the API (the page for people stops at {@link org.gongkai.platform.Pager#MAX_PAGE}). */
    public static final int MAX_PAGE = 10_000;

    /**
     * The filters of GET /api/hearings and of the /hearings page (dates yyyy-MM-dd, page from 1,
     * size 1 to {@link #MAX_SIZE} hearings a page).
     */
    public record Filter(String court, String from, String to, String q, String cause, Integer page, int size) {
        public Filter(String court, String from, String to, String q, String cause, Integer page) {
            this(court, from, to, q, cause, page, PAGE_SIZE);
        }
    }

    @Inject
    CourtService courts;

    @Inject
    LitigantAccess views;

    @Inject
    MutableClock clock;

    public HearingPage search(Filter f) {
        return search(f, 0);
    }

    /**
     * One page of the hearings that match; {@code upto} > 0 keeps to the hearings announced up to
     * that id, the snapshot that keeps numbered pages stable while courts announce more.
     */
    public HearingPage search(Filter f, long upto) {
        return search(f, upto, null);
    }

    /**
     * One page of the hearings that match, after {@code cursor} (the {@code next} of the page before,
     * {@link Cursor}; keyset on time and id, so pages do not shift while courts announce more) or,
     * without one, at the page number of the filter.
     */
    public HearingPage search(Filter f, long upto, String cursor) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder q = where(f, params);
        if (upto > 0) {
            q.append(" and id <= :upto");
            params.put("upto", upto);
        }
        int page = f.page() == null ? 1 : f.page();
        if (page < 1 || page > MAX_PAGE) {
            throw ProblemException.invalidField("page", Texts.txt().err_number_range("1", String.valueOf(MAX_PAGE)));
        }
        int size = f.size();
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.invalidField("size", Texts.txt().err_number_range("1", String.valueOf(MAX_SIZE)));
        }
        // a calendar: with no date and no search, the coming hearings first; with a start date, in time order;
        // a search by case number or party shows the most recent first
        boolean calendar = !notBlank(f.q()) && !notBlank(f.to());
        if (calendar && !notBlank(f.from())) {
            q.append(" and time >= :today");
            params.put("today", clock.today().atStartOfDay(ClockProducer.CHINA).toInstant());
        }
        Sort order = calendar
                ? Sort.ascending("time").and("id", Sort.Direction.Ascending)
                : Sort.descending("time").and("id", Sort.Direction.Descending);
        long total = Hearing.count(q.toString(), params);
        String list = "hearings:" + (calendar ? "asc" : "desc");
        boolean keyset = cursor != null && !cursor.isBlank();
        if (keyset) {
            List<String> after = Cursor.decode(cursor, list, 2);
            params.put("ct", Instant.ofEpochMilli(Cursor.value(after.get(0), Long::parseLong)));
            params.put("cid", Cursor.value(after.get(1), Long::parseLong));
            String op = calendar ? ">" : "<";
            q.append(" and (time ")
                    .append(op)
                    .append(" :ct or (time = :ct and id ")
                    .append(op)
                    .append(" :cid))");
        }
        var query = Hearing.<Hearing>find(q.toString(), order, params);
        // one row more than a page (range is inclusive): whether a next page exists
        int first = keyset ? 0 : (page - 1) * size;
        List<Hearing> rows = query.range(first, first + size).list();
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            Hearing last = rows.get(size - 1);
            next = Cursor.encode(list, last.time.toEpochMilli(), last.id);
        }
        List<HearingView> items = rows.stream().map(views::hearingView).toList();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new HearingPage(items, total, keyset ? 0 : page, size, pages, next);
    }

    /** The largest hearing id so far (the snapshot of numbered pages). */
    public long latestId() {
        Long max = Hearing.getEntityManager()
                .createQuery("select max(h.id) from Hearing h", Long.class)
                .getSingleResult();
        return max == null ? 0 : max;
    }

    /**
     * The hearings of a filtered feed (issue 14: the page's Atom and calendar links follow its
     * filters): the latest 200 that match court, cause, party or case number and dates.
     */
    public List<HearingView> forFeed(Filter f) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder q = where(f, params);
        return Hearing.<Hearing>find(q.toString(), Sort.descending("time").and("id", Sort.Direction.Descending), params)
                .page(Page.of(0, 200))
                .list()
                .stream()
                .map(views::hearingView)
                .toList();
    }

    private StringBuilder where(Filter f, Map<String, Object> params) {
        StringBuilder q = new StringBuilder("open = true");
        if (notBlank(f.court())) {
            Court court = courts.require(f.court(), "court");
            q.append(" and courtCode = :court");
            params.put("court", court.code());
        }
        if (notBlank(f.from()) && notBlank(f.to()) && date(f.from(), "from").isAfter(date(f.to(), "to"))) {
            // a reversed range finds nothing: say so instead of showing an empty list
            throw ProblemException.invalidField(
                    "to",
                    Texts.msg()
                            .error_reversed_range(
                                    Formats.date(date(f.from(), "from")), Formats.date(date(f.to(), "to"))));
        }
        if (notBlank(f.from())) {
            q.append(" and time >= :from");
            params.put(
                    "from",
                    date(f.from(), "from").atStartOfDay(ClockProducer.CHINA).toInstant());
        }
        if (notBlank(f.to())) {
            q.append(" and time < :to");
            params.put(
                    "to",
                    date(f.to(), "to")
                            .plusDays(1)
                            .atStartOfDay(ClockProducer.CHINA)
                            .toInstant());
        }
        if (notBlank(f.cause())) {
            q.append(" and cause like :cause");
            params.put("cause", "%" + escapeLike(f.cause().strip()) + "%");
        }
        if (notBlank(f.q())) {
            Optional<CaseNumber> cn = CaseNumberParser.tryParse(f.q(), clock);
            if (cn.isPresent()) {
                q.append(" and courtCase.caseNumber = :cn");
                params.put("cn", cn.get().canonical());
            } else {
                q.append(" and (partyNames like :q or courtCase.caseNumber like :q)");
                params.put("q", "%" + escapeLike(f.q().strip()) + "%");
            }
        }
        return q;
    }

    /** The open hearings of one court (or all courts when null) for the feeds: latest 200. */
    public List<HearingView> forFeed(String courtCode) {
        var query = courtCode == null
                ? Hearing.<Hearing>find("open = true", Sort.descending("time").and("id", Sort.Direction.Descending))
                : Hearing.<Hearing>find(
                        "open = true and courtCode = ?1",
                        Sort.descending("time").and("id", Sort.Direction.Descending),
                        courtCode);
        return query.page(Page.of(0, 200)).list().stream()
                .map(views::hearingView)
                .toList();
    }

    public Optional<Court> court(String codeOrName) {
        return courts.resolve(codeOrName);
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, Texts.msg().error_not_a_date(value));
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String escapeLike(String s) {
        return s.replace("%", "").replace("_", "");
    }
}
