package org.gongkai.judgments;

/**
 * A party as the public sees it: the name as published (natural persons masked, rule 1.7;
 * organisations in full), the role and the kind (PERSON, ORGANISATION). Written by the publishing
 * pipeline into {@code Judgment.publicParties}, read by the views.
 */
public record PublicParty(String name, String role, String kind) {}
