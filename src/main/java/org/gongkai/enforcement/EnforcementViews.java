package org.gongkai.enforcement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What leaves the enforcement services. Built only from public fields: the ID number is the
 * masked one ({@code idNumber} holds 3303**********1234, never the full number).
 */
public final class EnforcementViews {
    private EnforcementViews() {}

    /** One page of results with the total and the cursor of the next page (null on the last). */
    public record ResultPage<T>(long total, List<T> hits, String next) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DishonestView(
            long id,
            String caseNumber,
            String court,
            String courtCode,
            String province,
            String debtorName,
            String debtorKind,
            String idNumber,
            String creditCode,
            String sex,
            Integer age,
            String legalRepresentative,
            int ground,
            String groundLabel,
            LocalDate decisionDate,
            Integer termMonths,
            LocalDate termEnd,
            String basisDocumentNumber,
            String basisIssuer,
            String obligation,
            String performance,
            String conduct,
            BigDecimal amount,
            LocalDate filingDate,
            LocalDate publishedDate,
            String state,
            String url) {
        public boolean organisation() {
            return Debtor.ORGANISATION.equals(debtorKind);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RestrictionView(
            long id,
            String caseNumber,
            String court,
            String courtCode,
            String province,
            String debtorName,
            String debtorKind,
            String idNumber,
            String creditCode,
            String restrictedPerson,
            LocalDate filingDate,
            LocalDate issueDate,
            LocalDate publishedDate,
            List<String> restrictedActs,
            String orderText,
            String basisDocumentNumber,
            String state) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TerminationView(
            long id,
            String caseNumber,
            String court,
            String courtCode,
            String province,
            String debtorName,
            String debtorKind,
            String idNumber,
            String creditCode,
            LocalDate filingDate,
            LocalDate terminationDate,
            BigDecimal amountUnperformed,
            String basisDocumentNumber,
            LocalDate publishedDate) {}

    public record HistoryView(
            Instant at, String actor, String fromState, String toState, String reason, String detail) {}

    /** The court's own view of a listing, in every state, with its history (never public). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CourtListingView(
            DishonestView listing,
            String state,
            String stateReason,
            LocalDate removalDate,
            boolean publicNow,
            String removalDueReason,
            LocalDate removalDueSince,
            Long restrictionId,
            List<HistoryView> history) {}

    /** A listing whose removal is overdue by the 3-working-day rule (rules §3.3). */
    public record OverdueView(
            long id,
            String caseNumber,
            String court,
            String debtorName,
            String state,
            String dueReason,
            LocalDate dueSince,
            LocalDate deadline,
            int workingDaysOverdue) {}
}
