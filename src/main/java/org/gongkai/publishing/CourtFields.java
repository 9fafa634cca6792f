package org.gongkai.publishing;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gongkai.judgments.Judgment;
import org.gongkai.platform.Json;

/**
 * The free-text values a court sent with a judgment, as it sent them (never public): a cause given as
 * free text, the reason for withholding, the correction note (with its date) and the withdrawal reason.
 * The public columns hold their de-identified forms; keeping what was sent lets a re-run after a rule
 * change ({@link JudgmentPublisher#redeidentify}) start from the court's words, as it does for the text.
 * Stored as JSON in {@code judgment.court_fields}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CourtFields(String cause, String withholdReason, String correctionNote, String withdrawReason) {
    static final CourtFields NONE = new CourtFields(null, null, null, null);

    static CourtFields of(Judgment j) {
        return j.courtFields == null || j.courtFields.isBlank() ? NONE : Json.read(j.courtFields, CourtFields.class);
    }

    CourtFields cause(String value) {
        return new CourtFields(value, withholdReason, correctionNote, withdrawReason);
    }

    CourtFields withholdReason(String value) {
        return new CourtFields(cause, value, correctionNote, withdrawReason);
    }

    CourtFields correctionNote(String value) {
        return new CourtFields(cause, withholdReason, value, withdrawReason);
    }

    CourtFields withdrawReason(String value) {
        return new CourtFields(cause, withholdReason, correctionNote, value);
    }

    void storeIn(Judgment j) {
        j.courtFields = equals(NONE) ? null : Json.write(this);
    }
}
