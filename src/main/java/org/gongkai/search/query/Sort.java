package org.gongkai.search.query;

/** Result orders. Every order ends with the judgment id ascending, so pages are stable. */
public enum Sort {
    /** Score, then id. */
    RELEVANCE,
    /** Decision date newest first, then id. */
    DATE_DESC,
    /** Decision date oldest first, then id. */
    DATE_ASC,
    /** 最高 > 高级 > 中级 > 基层 > 专门, then date newest first, then id. */
    COURT_LEVEL
}
