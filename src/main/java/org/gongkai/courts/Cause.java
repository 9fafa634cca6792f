package org.gongkai.courts;

/**
 * A civil cause of action (民事案由) in one version of the 民事案件案由规定.
 *
 * @param version    version of the 规定, e.g. 2020
 * @param code       our stable code within the version (part.chapter.cause[.sub]), not the official number
 * @param name       name, e.g. 民间借贷纠纷
 * @param parentCode code of the parent, null for a part (第一部分 …)
 * @param level      1 part, 2 first-level cause, 3 second-level, 4 third-level
 */
public record Cause(String version, String code, String name, String parentCode, int level) {}
