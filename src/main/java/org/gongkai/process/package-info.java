/**
 * Case process (审判流程公开, spec/disclosure-rules.md section 2).
 *
 * <h2>Court side (bearer token of the court; the administrator may act for any court)</h2>
 * <ul>
 * <li>{@code POST /api/publish/cases} — register a case and its parties → 201 with each party's
 * query code in clear (only here; stored as salted SHA-256). Re-posting a registered case is a
 * <b>409</b> (a case created earlier only as a stub by the judgments channel is filled in). The
 * bulk import skips it instead.</li>
 * <li>{@code POST /api/publish/cases/{caseNumber}/parties} add a party (201);
 * {@code …/parties/{id}/query-code} reissue (old code, old sessions and old feed links stop);
 * {@code …/parties/{id}/leave} access ends.</li>
 * <li>{@code POST /api/publish/cases/{caseNumber}/events} → 201 {@code {"id"}}, or 200 with the
 * existing id for the same (type, time, description); {@code PUT …/events/{id}} correction (shown
 * as 已更正 with its time; the previous content goes to the audit log);
 * {@code POST …/events/{id}/carried-out}.</li>
 * <li>{@code POST /api/publish/hearings} → 201 {@code {"id"}}, 200 for the same case and time.</li>
 * <li>{@code POST /api/publish/cases/{caseNumber}/documents} electronic service (to
 * {@code partyId} or {@code "all": true}); {@code GET …/documents} proof of service per party
 * (deliveredAt, firstReadAt).</li>
 * </ul>
 * <h2>Parties</h2>
 * <ul>
 * <li>{@code POST /api/process/access} (JSON) and {@code POST /process/access} (form, 303 to
 * /process/case): case number in any variant + identity number + query code → signed session
 * cookie {@code gongkai_process} (HMAC-SHA256, HttpOnly, SameSite=Lax, Secure over https).
 * Every wrong value is the same 401; lockout (429 + Retry-After) after 5 failures per case or
 * 20 per client in 15 minutes ({@code gongkai.process.lockout.*}).</li>
 * <li>{@code GET /api/process/case}, {@code GET /api/process/documents/{id}} (records the first
 * read), {@code POST /api/process/logout}; pages /process, /process/case,
 * /process/documents/{id}, {@code POST /process/logout}.</li>
 * <li>Feeds: /process/feed/{token}.atom and .ics (timeline, hearings and deadlines; no document
 * text).</li>
 * </ul>
 * <h2>Public</h2>
 * <ul>
 * <li>{@code GET /api/hearings?court=&from=&to=&q=&cause=&page=} and the /hearings page: open
 * hearings only, latest first; feeds /hearings/{court}.atom, /hearings/{court}.ics,
 * /hearings.atom.</li>
 * <li>{@code GET /api/cases/{caseNumber}/timeline} and /cases/{caseNumber}: cases of major public
 * interest only, names masked; every other case number is the same 404.</li>
 * </ul>
 * Bulk import: {@link org.gongkai.process.ProcessRecordHandler} (kinds case, event, hearing) calls
 * {@link org.gongkai.process.ProcessIntake} like the API does.
 */
package org.gongkai.process;
