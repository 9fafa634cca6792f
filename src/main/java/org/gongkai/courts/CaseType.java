package org.gongkai.courts;

/**
 * A case type (类型代字) of the 2016 standard.
 *
 * @param code      类型代字, e.g. 民初
 * @param name      meaning, e.g. 民事一审案件
 * @param category  case category: 管辖, 刑事, 民事, 行政, 赔偿, 司法救助, 区际司法协助, 国际司法协助,
 *                  司法制裁, 非诉保全, 执行, 强制清算与破产
 * @param procedure 一审, 二审, 再审, 再审审查, 执行, 特别程序, 复议, 非诉审查 or 其他
 */
public record CaseType(String code, String name, String category, String procedure) {}
