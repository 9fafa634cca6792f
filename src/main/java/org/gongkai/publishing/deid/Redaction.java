package org.gongkai.publishing.deid;

/** What was removed or masked, and how often. Never carries the original values. */
public record Redaction(Kind kind, int count) {
    /**
     * ID_NUMBER: mainland resident identity numbers (18 and 15 digits, also the 18-digit permanent
     * residence card of foreigners); IDENTITY_DOCUMENT: other identity and travel documents (Hong
     * Kong, Macau and Taiwan identity cards, mainland travel permits, passports, the old
     * permanent-residence card); CONTACT: e-mail addresses, WeChat and QQ ids (spec 1.6 "other
     * contact details").
     */
    public enum Kind {
        NAME,
        ID_NUMBER,
        IDENTITY_DOCUMENT,
        PHONE,
        CONTACT,
        BANK_ACCOUNT,
        VEHICLE_PLATE,
        ADDRESS,
        PROPERTY_CERTIFICATE
    }
}
