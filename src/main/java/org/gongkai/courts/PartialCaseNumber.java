package org.gongkai.courts;

/**
 * The parts of a case number a search filter was given (京0105民初, 2023 民终, （2023）京0105).
 * Every field is null when absent.
 */
public record PartialCaseNumber(Integer year, String courtCode, String specialCode, String typeCode) {

    public static final PartialCaseNumber NONE = new PartialCaseNumber(null, null, null, null);

    public boolean isEmpty() {
        return year == null && courtCode == null && specialCode == null && typeCode == null;
    }

    /** True when every part given here agrees with the case number. */
    public boolean matches(CaseNumber number) {
        return (year == null || year == number.year())
                && (courtCode == null || courtCode.equals(number.courtCode()))
                && (specialCode == null || specialCode.equals(number.specialCode()))
                && (typeCode == null || typeCode.equals(number.typeCode()));
    }
}
