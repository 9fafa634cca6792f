package org.gongkai.process;

import org.gongkai.platform.Links;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
            String title = e.label() + (e.corrected() ? "（已更正）" : "");
            StringBuilder summary = new StringBuilder();
            if (e.actor() != null) {
                summary.append(e.actor()).append("：");
            }
            if (e.description() != null) {
                summary.append(e.description());
            }
            if (!e.documents().isEmpty()) {
                summary.append(" 文书：").append(String.join("、", e.documents()));
            }
            if (e.deadline() != null) {
                summary.append(" 期限至 ").append(e.deadline());
            }
            Instant updated = e.correctedAt() != null ? e.correctedAt().toInstant() : e.time().toInstant();
            entries.add(new AtomFeed.Entry("urn:gongkai:process-event:" + e.id(), title, updated, summary.toString().strip(),
                    null));
        }
        return AtomFeed.write("urn:gongkai:process-feed:" + f.token(), f.caseNumber() + " 审判流程",
                Links.processFeedAtom(f.token()), f.updated(), entries);
    }

    public static String partyIcs(FeedData f, Instant now) {
        List<ICalendar.Event> events = new ArrayList<>();
        for (HearingView h : f.hearings()) {
            events.add(hearingEvent(h));
        }
        int i = 0;
        for (TimeLimit t : f.timeLimits()) {
            events.add(new ICalendar.Event("deadline-" + f.token().substring(0, 8) + "-" + (i++) + "-" + t.deadline()
                    + "@gongkai", null, t.deadline(), f.caseNumber() + " " + t.label() + "届满", null, null, null));
        }
        return ICalendar.write(f.caseNumber() + " 开庭与期限", events, now);
    }

    public static String hearingsAtom(String id, String title, String self, List<HearingView> hearings, Instant now) {
        List<AtomFeed.Entry> entries = new ArrayList<>();
        Instant updated = null;
        for (HearingView h : hearings) {
            // <updated> is when the announcement was published, not the (future) hearing time
            Instant t = h.announcedAt().toInstant();
            entries.add(new AtomFeed.Entry("urn:gongkai:hearing:" + h.id(), "开庭公告：" + h.caseNumber() + " " + nz(h.cause()),
                    t, announcement(h), Links.hearings() + "?q=" + org.gongkai.platform.Links.enc(h.caseNumber())));
            updated = updated == null || t.isAfter(updated) ? t : updated;
        }
        return AtomFeed.write(id, title, self, updated == null ? now : updated, entries);
    }

    public static String hearingsIcs(String name, List<HearingView> hearings, Instant now) {
        return ICalendar.write(name, hearings.stream().map(ProcessFeeds::hearingEvent).toList(), now);
    }

    static ICalendar.Event hearingEvent(HearingView h) {
        return new ICalendar.Event("hearing-" + h.id() + "@gongkai", h.time().toInstant(), null,
                "开庭：" + h.caseNumber() + " " + nz(h.cause()), h.courtName() + " " + h.courtroom(), announcement(h), null);
    }

    static String announcement(HearingView h) {
        return "案号：" + h.caseNumber() + "\n案由：" + nz(h.cause()) + "\n当事人：" + String.join("、", h.parties())
                + "\n时间：" + h.time().toLocalDateTime().toString().replace('T', ' ') + "\n法院：" + h.courtName()
                + "\n法庭：" + h.courtroom() + "\n审判长：" + h.presidingJudge() + (h.open() ? "" : "\n不公开审理");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
