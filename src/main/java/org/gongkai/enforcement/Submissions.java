package org.gongkai.enforcement;

import java.math.BigDecimal;
import java.util.List;

/**
 * Request bodies of the enforcement publishing API (and of bulk-import records
 * {@code {"kind": "dishonest"|"restriction"|"termination", "data": {…}}}). Dates are ISO
 * yyyy-MM-dd strings so that a malformed one is a 400 naming the field.
 */
public final class Submissions {
    private Submissions() {}

    /**
     * @param kind      PERSON or ORGANISATION
     * @param idNumber  a person's resident ID number (matched, stored hashed, shown masked)
     * @param creditCode an organisation's unified social credit code (or organisation code)
     * @param minor     true marks a minor: rejected
     */
    public record DebtorSubmission(
            String name,
            String kind,
            String idNumber,
            String creditCode,
            String sex,
            String birthDate,
            String legalRepresentative,
            Boolean minor) {}

    /**
     * A dishonest-debtor listing (rules §3.1, §3.2). {@code amount} (optional) is the money
     * obligation in yuan; when absent it is read from {@code obligation} ("…12,345.67元").
     * {@code reason} is used by corrections only.
     */
    public record DishonestSubmission(
            String caseNumber,
            String court,
            DebtorSubmission debtor,
            Integer ground,
            String decisionDate,
            Integer termMonths,
            String basisDocumentNumber,
            String basisIssuer,
            String obligation,
            String performance,
            String conduct,
            String filingDate,
            BigDecimal amount,
            String reason) {}

    public record RestrictionSubmission(
            String caseNumber,
            String court,
            DebtorSubmission debtor,
            String restrictedPerson,
            String filingDate,
            String issueDate,
            List<String> restrictedActs,
            String basisDocumentNumber) {}

    public record TerminationSubmission(
            String caseNumber,
            String court,
            DebtorSubmission debtor,
            String filingDate,
            String terminationDate,
            BigDecimal amountUnperformed,
            String basisDocumentNumber) {}

    /** Removal, revocation or lifting: why, and the date the ground arose (default today). */
    public record StateChange(String reason, String date) {}
}
