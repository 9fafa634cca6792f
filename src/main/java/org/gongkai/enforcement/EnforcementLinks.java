package org.gongkai.enforcement;

import org.gongkai.web.Links;

/** URLs of the enforcement channel (to move into {@link Links} when the lead merges). */
public final class EnforcementLinks {
    private EnforcementLinks() {}

    public static String home() { return "/enforcement"; }

    public static String dishonest(long id) { return "/enforcement/dishonest/" + id; }

    public static String dishonestList() { return "/enforcement/dishonest"; }

    public static String restrictions() { return "/enforcement/restrictions"; }

    public static String terminations() { return "/enforcement/terminations"; }

    public static String stats() { return "/enforcement/stats"; }

    public static String feed(String courtCode) { return "/enforcement/dishonest/" + Links.enc(courtCode).replace("+", "%20") + ".atom"; }

    public static String forBasis(String caseNumber) { return "/enforcement?basis=" + Links.enc(caseNumber); }
}
