/**
 * The demo corpus a fresh clone starts with: a deterministic, seeded generator of cases, process
 * events, hearing announcements, judgments and enforcement records, written as JSON Lines
 * ({@code {"kind": "...", "data": {...}}}) in the payload shapes of the publishing API's bulk import.
 *
 * <p>Pure Java, no CDI. Court names and codes come from {@link org.gongkai.courts.CourtDirectory};
 * nothing is read from {@code ../shared/data}. Entry points: {@link org.gongkai.demo.DemoCorpusGenerator}
 * and {@link org.gongkai.demo.DemoCorpusMain} ({@code out.jsonl [judgments] [seed]}).
 *
 * <p>Line order (issue 14): the demo case of the litigant login, then the judgments in blocks (50, then 200),
 * each block after the cases it needs; then the cases without a judgment, every case's process events and
 * hearings, and the enforcement records (listings, restriction orders, terminations).
 *
 * <h2>Payloads (keys in the order emitted)</h2>
 * <ul>
 * <li>case: caseNumber, court (code), cause, filingDate, publicInterest,
 *     parties[name, role, kind PERSON|ORGANISATION, idNumber, queryCode]. Lawyers, statutory
 *     representatives and the procuratorate are parties too (idNumber = licence number / ID /
 *     credit code).</li>
 * <li>event: caseNumber, type, time (yyyy-MM-ddTHH:mm, China time), actor, description,
 *     documents[], secret, then deadline (TIME_LIMIT_SET and TIME_LIMIT_EXTENDED) or carriedOut
 *     (PRESERVATION and PRELIMINARY_ENFORCEMENT only).</li>
 * <li>hearing: caseNumber, court, courtroom, time, presidingJudge, open, cause, parties[names].
 *     Only hearings between today−60 and today+60 days are announced.</li>
 * <li>judgment: caseNumber, court, documentKind (判决书|裁定书|调解书), decisionDate,
 *     effectiveDate, cause, parties[name, role, kind, idNumber, minor], text, stateSecret,
 *     mediation, withholdReason (null unless the court withheld it).</li>
 * <li>dishonest: caseNumber, court, debtor, ground, decisionDate, termMonths, basisDocumentNumber,
 *     basisIssuer, obligation, performance, conduct, filingDate.</li>
 * <li>restriction: caseNumber, court, debtor, restrictedPerson (legal representative of an
 *     organisation, null for a natural person), filingDate, issueDate, restrictedActs[],
 *     basisDocumentNumber.</li>
 * <li>termination: caseNumber, court, debtor, filingDate, terminationDate, amountUnperformed
 *     (yuan, 2 decimals), basisDocumentNumber.</li>
 * </ul>
 * debtor: a person is {name, kind, idNumber, sex, birthDate}; an organisation is
 * {name, kind, creditCode, legalRepresentative}.
 *
 * <h2>Demo login</h2>
 * Case {@value org.gongkai.demo.DemoCorpusGenerator#DEMO_CASE_NUMBER} (北京市朝阳区人民法院, 民间借贷纠纷,
 * open, hearing on today + 3 days at 09:30 in 第三法庭), plaintiff
 * {@value org.gongkai.demo.DemoCorpusGenerator#DEMO_PLAINTIFF}, ID number
 * {@value org.gongkai.demo.DemoCorpusGenerator#DEMO_ID_NUMBER}, query code
 * {@value org.gongkai.demo.DemoCorpusGenerator#DEMO_QUERY_CODE}.
 */
package org.gongkai.demo;
