/**
 * Judgment texts as published: {@link org.gongkai.judgments.text.JudgmentTextParser} splits a text into
 * {@link org.gongkai.judgments.text.Section}s (for the section index and the page outline) and extracts
 * its metadata (for importing judgments that come only as text); {@link org.gongkai.judgments.text.ExtractionReport}
 * counts what could not be found in a batch. Pure Java, no CDI, no I/O; spans index the text as given.
 *
 * <p>Known limits: charges are recognised by shape (犯…罪), not against the charge table, so typos of
 * the source (寻衅滋罪) come through; in an appeal, the lower court's findings (原判认定…) are part of
 * {@code CLAIMS}, the appeal court's own findings (本院经审理查明) are {@code FACTS}; a civil cause of action is
 * the text before 纠纷 once party names and roles are stripped, not a lookup in the cause tree.
 */
package org.gongkai.judgments.text;
