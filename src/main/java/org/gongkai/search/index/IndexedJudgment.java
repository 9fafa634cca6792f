package org.gongkai.search.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One published, de-identified judgment as the search index sees it. Built by the application from
 * the database; everything in it is already public. Lists and the section map may be null or empty.
 *
 * @param caseNumber canonical case number, e.g. （2023）京0105民初12345号
 * @param courtLevel 最高 / 高级 / 中级 / 基层 / 专门
 * @param category 刑事 / 民事 / 行政 / 执行 / 赔偿
 * @param causePath civil cause with its ancestors, root first; for criminal cases the charges
 * @param sections section anchor (parties, history, claims, facts, reasoning, legal_basis, operative,
 *     closing, signatures) to its text
 */
public record IndexedJudgment(
        long id,
        String caseNumber,
        Integer caseYear,
        String courtCode,
        String typeCode,
        String court,
        String courtLevel,
        String province,
        String category,
        List<String> causePath,
        String procedure,
        String documentKind,
        LocalDate decisionDate,
        String title,
        List<String> parties,
        List<String> judges,
        List<String> lawyers,
        List<String> lawFirms,
        List<String> laws,
        List<String> lawArticles,
        Map<String, String> sections,
        String fullText) {}
