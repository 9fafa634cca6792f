package org.gongkai.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Parsed filters of a public enforcement query. {@code idNumber} is a normalised full ID number
 * (only ever with {@code name}); it is used for matching only, through its keyed hash.
 */
public record EnforcementFilter(
        String name,
        String idNumber,
        String creditCode,
        String courtCode,
        String province,
        LocalDate from,
        LocalDate to,
        Integer ground,
        String kind,
        String q,
        BigDecimal minAmount,
        BigDecimal maxAmount,
        String basis,
        SortOrder sort,
        String cursor,
        int size,
        int offset,
        long upto) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public EnforcementFilter(
            String name,
            String idNumber,
            String creditCode,
            String courtCode,
            String province,
            LocalDate from,
            LocalDate to,
            Integer ground,
            String kind,
            String q,
            BigDecimal minAmount,
            BigDecimal maxAmount,
            String basis,
            SortOrder sort,
            String cursor,
            int size) {
        this(
                name,
                idNumber,
                creditCode,
                courtCode,
                province,
                from,
                to,
                ground,
                kind,
                q,
                minAmount,
                maxAmount,
                basis,
                sort,
                cursor,
                size,
                0,
                0);
    }

    /**
     * A numbered page of the HTML lists: {@code offset} rows skipped, only records with an id up to
     * {@code upto} (0 = all), the snapshot that keeps the pages stable while courts publish more.
     */
    public EnforcementFilter withPage(int offset, long upto) {
        return new EnforcementFilter(
                name,
                idNumber,
                creditCode,
                courtCode,
                province,
                from,
                to,
                ground,
                kind,
                q,
                minAmount,
                maxAmount,
                basis,
                sort,
                cursor,
                size,
                offset,
                upto);
    }

    public static EnforcementFilter all() {
        return new EnforcementFilter(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                SortOrder.NEWEST,
                null,
                DEFAULT_SIZE);
    }

    public EnforcementFilter withCursor(String cursor, int size) {
        return new EnforcementFilter(
                name,
                idNumber,
                creditCode,
                courtCode,
                province,
                from,
                to,
                ground,
                kind,
                q,
                minAmount,
                maxAmount,
                basis,
                sort,
                cursor,
                size,
                offset,
                upto);
    }

    public EnforcementFilter withIdNumber(String id) {
        return new EnforcementFilter(
                name,
                id,
                creditCode,
                courtCode,
                province,
                from,
                to,
                ground,
                kind,
                q,
                minAmount,
                maxAmount,
                basis,
                sort,
                cursor,
                size,
                offset,
                upto);
    }

    public EnforcementFilter forCourt(String code) {
        return new EnforcementFilter(
                name,
                idNumber,
                creditCode,
                code,
                province,
                from,
                to,
                ground,
                kind,
                q,
                minAmount,
                maxAmount,
                basis,
                sort,
                cursor,
                size,
                offset,
                upto);
    }

    public EnforcementFilter forBasis(String basis) {
        return new EnforcementFilter(
                name,
                idNumber,
                creditCode,
                courtCode,
                province,
                from,
                to,
                ground,
                kind,
                q,
                minAmount,
                maxAmount,
                basis,
                sort,
                cursor,
                size,
                offset,
                upto);
    }

    /** Sort orders of the public lists; ties are broken by id so that pages are stable. */
    public enum SortOrder {
        /** Most recent decision / order / termination first. */
        NEWEST,
        OLDEST,
        /** Largest amount first (records without an amount last). */
        AMOUNT,
        /** By debtor name. */
        NAME;

        public String param() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
