/**
 * Judgment texts as published: {@link org.gongkai.judgments.text.JudgmentTextParser} splits a text into
 * {@link org.gongkai.judgments.text.Section}s (for the section index and the page outline) and extracts
 * its metadata (for importing judgments that come only as text); {@link org.gongkai.judgments.text.ExtractionReport}
 * counts what could not be found in a batch. Pure Java, no CDI, no I/O; spans index the text as given.
 *
 * <p>Charges are read against the charge list (combined charges whole, two charges written as one split,
 * typos dropped when a known charge is named); in an appeal, the lower court's findings (原判认定…) belong to
 * {@code HISTORY}, the appeal's arguments (上诉人…上诉称, 辩护人提出) to {@code CLAIMS}, the appeal court's own
 * findings (本院经审理查明) to {@code FACTS}. Known limit: a civil cause of action is the text before 纠纷 once
 * party names and roles are stripped, not a lookup in the cause tree.
 */
package org.gongkai.judgments.text;
