package org.gongkai.publishing.deid;

/**
 * A party (or representative) as submitted with a judgment, before de-identification.
 *
 * @param name     the name as written in the original document
 * @param role     the role word (原告, 被告人, 法定代表人, 委托诉讼代理人 …), may be null
 * @param kind     natural person or organisation; organisations are never masked
 * @param idNumber identity number if known (deleted from the text wherever it appears), may be null
 * @param minor    whether the person is a minor (always masked, also with the switch off)
 */
public record PartyInput(String name, String role, Kind kind, String idNumber, boolean minor) {
    public enum Kind {
        PERSON,
        ORGANISATION
    }

    public static PartyInput person(String name, String role) {
        return new PartyInput(name, role, Kind.PERSON, null, false);
    }

    public static PartyInput organisation(String name, String role) {
        return new PartyInput(name, role, Kind.ORGANISATION, null, false);
    }
}
