package org.gongkai.courts;

/**
 * A court and its code (法院代字) as used in case numbers.
 *
 * @param code         法院代字, e.g. 最高法, 京, 粤07, 京0105
 * @param name         official full name, e.g. 北京市朝阳区人民法院
 * @param level        place in the hierarchy
 * @param province     province-level division, e.g. 北京市; empty for 最高法 and 军
 * @param provinceCode two-digit GB/T 2260 province code, e.g. 11; empty when province is empty
 * @param city         prefecture the court sits in (for municipalities the municipality); may be empty
 * @param parentCode   code of the court that hears appeals, null for 最高法
 * @param region       macro-region (华北, 东北, 华东, 华中, 华南, 西南, 西北); empty for national courts
 */
public record Court(
        String code,
        String name,
        CourtLevel level,
        String province,
        String provinceCode,
        String city,
        String parentCode,
        String region) {}
