package org.gongkai.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.platform.AtomFeed;
import org.gongkai.platform.Formats;
import org.gongkai.platform.Links;
import org.gongkai.platform.Texts;
import org.gongkai.process.LitigantAccess.FeedData;
import org.gongkai.process.ProcessViews.EventView;
import org.gongkai.process.ProcessViews.HearingView;
import org.gongkai.process.ProcessViews.TimeLimit;

/** Turns timelines and hearing lists into Atom and iCalendar documents. */
public final class ProcessFeeds {
    private ProcessFeeds() {}

    public static String partyAtom(FeedData f) {
        List<AtomFeed.Entry> entries = new ArrayList<>();
        for (EventView e : f.timeline().reversed()) {
            var msg = Texts.msg();
            String title = Texts.label("event", e.type()) + (e.corrected() ? msg.feed_corrected() : "");
            StringBuilder summary = new StringBuilder();
            if (e.actor() != null) {
                summary.append(e.actor()).append("：");
            }
            if (e.description() != null) {
                summary.append(e.description());
            }
            if (!e.documents().isEmpty()) {
                summary.append(" ").append(msg.timeline_documents()).append(String.join("、", e.documents()));
            }
            if (e.deadline() != null) {
                summary.append(" ").append(msg.timeline_deadline(Formats.date(e.deadline())));
            }
            Instant updated = e.correctedAt() != null
                    ? e.correctedAt().toInstant()
                    : e.time().toInstant();
            entries.add(new AtomFeed.Entry(
                    "urn:gongkai:process-event:" + e.id(),
                    title,
                    updated,
                    summary.toString().strip(),
                    null));
        }
        return AtomFeed.write(
                "urn:gongkai:process-feed:" + f.token(),
                Texts.msg().feed_case_title(f.caseNumber()),
                Links.processFeedAtom(f.token()),
                f.updated(),
                entries);
    }

    public static String partyIcs(FeedData f, Instant now) {
        List<ICalendar.Event> events = new ArrayList<>();
        for (HearingView h : f.hearings()) {
            events.add(hearingEvent(h));
        }
        int i = 0;
        for (TimeLimit t : f.timeLimits()) {
            events.add(new ICalendar.Event(
                    "deadline-" + f.token().substring(0, 8) + "-" + (i++) + "-" + t.deadline() + "@gongkai",
                    null,
                    t.deadline(),
                    Texts.msg().feed_limit_ends(f.caseNumber(), t.label()),
                    null,
                    null,
                    null));
        }
        return ICalendar.write(Texts.msg().feed_case_calendar(f.caseNumber()), events, now);
    }

    public static String hearingsAtom(String id, String title, String self, List<HearingView> hearings, Instant now) {
        List<AtomFeed.Entry> entries = new ArrayList<>();
        Instant updated = null;
        for (HearingView h : hearings) {
            // <updated> is when the announcement was published, not the (future) hearing time
            Instant t = h.announcedAt().toInstant();
            entries.add(new AtomFeed.Entry(
                    "urn:gongkai:hearing:" + h.id(),
                    Texts.msg().feed_hearing_entry(h.caseNumber(), nz(h.cause())),
                    t,
                    announcement(h),
                    Links.hearings() + "?q=" + org.gongkai.platform.Links.enc(h.caseNumber())));
            updated = updated == null || t.isAfter(updated) ? t : updated;
        }
        return AtomFeed.write(id, title, self, updated == null ? now : updated, entries);
    }

    public static String hearingsIcs(String name, List<HearingView> hearings, Instant now) {
        return ICalendar.write(
                name, hearings.stream().map(ProcessFeeds::hearingEvent).toList(), now);
    }

    static ICalendar.Event hearingEvent(HearingView h) {
        return new ICalendar.Event(
                "hearing-" + h.id() + "@gongkai",
                h.time().toInstant(),
                null,
                Texts.msg().feed_hearing_event(h.caseNumber(), nz(h.cause())),
                h.courtName() + " " + h.courtroom(),
                announcement(h),
                null);
    }

    static String announcement(HearingView h) {
        var msg = Texts.msg();
        String colon = msg.colon();
        return msg.field_case_number() + colon + h.caseNumber() + "\n" + msg.field_cause() + colon + nz(h.cause())
                + "\n" + msg.field_parties() + colon + String.join("、", h.parties())
                + "\n" + msg.field_time() + colon
                + h.time().toLocalDateTime().toString().replace('T', ' ')
                + "\n" + msg.field_court() + colon + h.courtName() + "\n" + msg.field_courtroom() + colon
                + h.courtroom()
                + "\n" + msg.field_presiding() + colon + h.presidingJudge()
                + (h.open() ? "" : "\n" + msg.feed_private());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
