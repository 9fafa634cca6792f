package org.gongkai.process;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.gongkai.process.ProcessViews.CaseView;
import org.gongkai.process.ProcessViews.DocumentView;
import org.gongkai.process.ProcessViews.HearingPage;
import org.gongkai.process.ProcessViews.PublicCaseView;

/** Type-safe templates of the process channel (templates/process/… and templates/hearings/…). */
final class ProcessTemplates {
    private ProcessTemplates() {}

    @CheckedTemplate(basePath = "process")
    static class Process {
        static native TemplateInstance access(String caseNumber, String error, boolean locked);

        static native TemplateInstance caseHome(CaseView view);

        static native TemplateInstance document(DocumentView doc);

        static native TemplateInstance publicCase(PublicCaseView view);
    }

    /** The filter form values echo what the user typed. */
    record HearingForm(String court, String from, String to, String q, String cause) {}

    /** A link to another page of results, with the filters kept. */
    record PageLink(String label, String url, boolean current) {}

    @CheckedTemplate(basePath = "hearings")
    static class Hearings {
        static native TemplateInstance list(
                HearingPage page,
                HearingForm form,
                String error,
                org.gongkai.platform.Pager pager,
                String atomUrl,
                String icsUrl,
                String courtName,
                String notice);
    }
}
