package org.gongkai.publishing.deid;

/** What was removed or masked, and how often. Never carries the original values. */
public record Redaction(Kind kind, int count) {
    public enum Kind { NAME, ID_NUMBER, PHONE, BANK_ACCOUNT, VEHICLE_PLATE, ADDRESS, PROPERTY_CERTIFICATE }
}
