package org.gongkai.process;

import io.quarkus.qute.TemplateExtension;
import java.util.List;
import org.gongkai.platform.Texts;
import org.gongkai.process.ProcessViews.CaseView;
import org.gongkai.process.ProcessViews.EventView;
import org.gongkai.process.ProcessViews.HearingView;

/**
 * Where a case stands, for the plain-language box of the litigant's page: what this stage means,
 * what usually happens next and what the party can do (messages {@code stage_<what>_<STAGE>}).
 * Decided from what the party sees: the closing date, the hearings and the timeline.
 */
public enum CaseStage {
    FILED("li-an", "shenxian", "songda", "zhengju-jiaohuan"),
    HEARING_SCHEDULED("kaiting", "songda", "zhengju-jiaohuan"),
    HEARD("kaiting", "shenxian", "songda"),
    DECIDED("songda", "shangsu", "zaishen"),
    APPEALED("shangsu", "shenxian"),
    CLOSED("zhixing-yiju", "zaishen");

    /**
     * The glossary entries ({@code /glossary#<anchor>}) of the terms this stage's texts use, linked
     * beside them (issue 14: glossary links from every place a term appears).
     */
    private final List<String> terms;

    CaseStage(String... terms) {
        this.terms = List.of(terms);
    }

    /** A glossary entry to link: its anchor and its name in the page's language. */
    public record Term(String anchor, String name) {}

    static CaseStage of(java.time.LocalDate closingDate, List<EventView> timeline, List<HearingView> hearings) {
        if (closingDate != null || has(timeline, EventType.CLOSED)) {
            return CLOSED;
        }
        if (has(timeline, EventType.APPEAL_FILED)) {
            return APPEALED;
        }
        if (has(timeline, EventType.JUDGMENT_ANNOUNCED)) {
            return DECIDED;
        }
        if (hearings.stream().anyMatch(HearingView::upcoming)) {
            return HEARING_SCHEDULED;
        }
        if (has(timeline, EventType.HEARING_HELD) || !hearings.isEmpty()) {
            return HEARD;
        }
        return FILED;
    }

    private static boolean has(List<EventView> timeline, EventType type) {
        return timeline.stream().anyMatch(e -> type.name().equals(e.type()));
    }

    /** Template extensions: {@code {view.stage}}, {@code {view.stageMeaning}} … */
    @TemplateExtension
    static final class Texts_ {
        private Texts_() {}

        static CaseStage stage(CaseView v) {
            return of(v.caseInfo().closingDate(), v.timeline(), v.hearings());
        }

        static String stageName(CaseView v) {
            return Texts.label("stage_name", stage(v).name());
        }

        static String stageMeaning(CaseView v) {
            return Texts.label("stage_meaning", stage(v).name());
        }

        static String stageNext(CaseView v) {
            return Texts.label("stage_next", stage(v).name());
        }

        static String stageCanDo(CaseView v) {
            return Texts.label("stage_can", stage(v).name());
        }

        static List<Term> stageTerms(CaseView v) {
            return stage(v).terms.stream()
                    .map(a -> new Term(a, Texts.label("gl_name", a.replace('-', '_'))))
                    .toList();
        }
    }
}
