package org.gongkai.courts;

/**
 * A parsed case number (案号).
 *
 * @param canonical   canonical form: （2023）京0105民初12345号, or for legacy numbers （2015）成刑执字第853号
 * @param year        年度, the year the case was received
 * @param courtCode   法院代字 (最高法, 京, 粤07, 京0105); for legacy numbers the court short name as
 *                    written (成), null when the legacy number names no court
 * @param specialCode 专门审判代字 such as 知, or null
 * @param typeCode    类型代字, e.g. 民初; for legacy numbers best effort (刑执)
 * @param typeName    meaning of the type code, null when the code is not in the 2016 table
 * @param category    case category (民事, 刑事, 执行 …), best effort for legacy numbers
 * @param procedure   一审, 二审, 再审, 再审审查, 执行 … , best effort for legacy numbers
 * @param serial      编号
 * @param legacy      true for the pre-2016 form with 字第
 */
public record CaseNumber(
        String canonical,
        int year,
        String courtCode,
        String specialCode,
        String typeCode,
        String typeName,
        String category,
        String procedure,
        long serial,
        boolean legacy) {

    @Override
    public String toString() {
        return canonical;
    }
}
