package org.gongkai.courts;

/**
 * A parsed case number with its court resolved, as the API returns it. {@code court},
 * {@code courtLevel} and {@code province} are null when the court code is not in the directory
 * (legacy short names, specialised courts not listed).
 */
public record CaseNumberView(
        String canonical,
        int year,
        String courtCode,
        String court,
        String courtLevel,
        String province,
        String specialCode,
        String typeCode,
        String typeName,
        String category,
        String procedure,
        long serial,
        boolean legacy) {

    public static CaseNumberView of(CaseNumber number, CourtDirectory courts) {
        Court court = number.legacy() ? null : courts.byCode(number.courtCode()).orElse(null);
        return new CaseNumberView(
                number.canonical(),
                number.year(),
                number.courtCode(),
                court == null ? null : court.name(),
                court == null ? null : court.level().label(),
                court == null || court.province().isEmpty() ? null : court.province(),
                number.specialCode(),
                number.typeCode(),
                number.typeName(),
                number.category(),
                number.procedure(),
                number.serial(),
                number.legacy());
    }
}
