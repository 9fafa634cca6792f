package org.gongkai.process;

import org.gongkai.web.Links;

/** URLs of the process channel, built in one place. */
public final class ProcessLinks {
    private ProcessLinks() {}

    public static String access() { return "/process"; }
    public static String caseHome() { return "/process/case"; }
    public static String document(long id) { return "/process/documents/" + id; }
    public static String feedAtom(String token) { return "/process/feed/" + token + ".atom"; }
    public static String feedIcs(String token) { return "/process/feed/" + token + ".ics"; }
    public static String hearings() { return "/hearings"; }
    public static String courtHearingsAtom(String court) { return "/hearings/" + Links.enc(court).replace("+", "%20") + ".atom"; }
    public static String courtHearingsIcs(String court) { return "/hearings/" + Links.enc(court).replace("+", "%20") + ".ics"; }
    public static String publicCase(String caseNumber) { return "/cases/" + Links.enc(caseNumber).replace("+", "%20"); }
}
