package org.gongkai.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongkai.platform.AtomFeed;
import org.gongkai.platform.MutableClock;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Pure logic: session signing, query codes, iCalendar and Atom formatting. */
class ProcessFormatsTest {
    static final Instant T0 = Instant.parse("2026-03-01T01:30:00Z");

    @Test
    void sessionValuesAreSignedBoundAndExpire() {
        MutableClock clock = new MutableClock(Clock.fixed(T0, ZoneOffset.UTC));
        SessionCodec codec = new SessionCodec("secret-1", Duration.ofHours(2), clock);
        String sid = SessionCodec.newSessionId();
        String v = codec.issue(sid, 7, 42, "42:hashA");
        assertTrue(v.matches("[0-9a-f]{32}\\.7\\.42\\.\\d+\\.[A-Za-z0-9_-]{43}"), v);
        assertEquals(42, codec.verify(v, id -> "42:hashA").orElseThrow().partyId());
        assertEquals(sid, codec.verify(v, id -> "42:hashA").orElseThrow().sessionId());
        String otherSid = SessionCodec.newSessionId();
        assertTrue(
                codec.verify(otherSid + v.substring(sid.length()), id -> "42:hashA")
                        .isEmpty(),
                "tampered session id");
        assertTrue(codec.verify(v, id -> "42:hashB").isEmpty(), "reissued code ends the session");
        assertTrue(codec.verify(v, id -> null).isEmpty(), "departed party");
        assertTrue(codec.verify(v.replace(".7.42.", ".7.43."), id -> "42:hashA").isEmpty(), "tampered party id");
        assertTrue(new SessionCodec("secret-2", Duration.ofHours(2), clock)
                .verify(v, id -> "42:hashA")
                .isEmpty());
        assertTrue(codec.verify("garbage", id -> "x").isEmpty());
        assertTrue(codec.verify(null, id -> "x").isEmpty());
        clock.fixAt(T0.plus(Duration.ofHours(2)));
        assertTrue(codec.verify(v, id -> "42:hashA").isEmpty(), "expired");
    }

    @Test
    void queryCodesAreSaltedAndForgiving() {
        String code = QueryCodes.generate();
        assertEquals(12, code.length());
        String h1 = QueryCodes.hash(code);
        String h2 = QueryCodes.hash(code);
        assertFalse(h1.equals(h2), "per-party salt");
        assertFalse(h1.contains(code));
        assertTrue(QueryCodes.matches(code.toLowerCase().substring(0, 4) + "-" + code.substring(4), h1));
        assertFalse(QueryCodes.matches("AAAAAAAAAAAA", h1));
        assertFalse(QueryCodes.matches(code, null));
    }

    @Test
    void iCalendarEscapesFoldsAndUsesCrlf() {
        String longText = "当事人：" + "某某有限公司、".repeat(20);
        String ics = ICalendar.write(
                "日历",
                List.of(
                        new ICalendar.Event("h-1@gongkai", T0, null, "开庭; a, b\\c", "第一法庭", longText, null),
                        new ICalendar.Event(
                                "d-1@gongkai", null, LocalDate.of(2026, 7, 10), "审限届满", null, "line1\nline2", null)),
                T0);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "only CRLF line ends");
        assertTrue(ics.contains("DTSTART:20260301T013000Z\r\n"));
        assertTrue(ics.contains("DTSTAMP:20260301T013000Z\r\n"));
        assertTrue(ics.contains("UID:h-1@gongkai\r\n"));
        assertTrue(ics.contains("SUMMARY:开庭\\; a\\, b\\\\c\r\n"));
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20260710\r\nDTEND;VALUE=DATE:20260711\r\n"));
        assertTrue(ics.contains("DESCRIPTION:line1\\nline2"));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "line over 75 octets: " + line);
        }
        // unfolding restores the text
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("DESCRIPTION:" + ICalendar.escape(longText) + "\r\n"));
    }

    @Test
    void foldingNeverSplitsACharacter() {
        String line = "X".repeat(74) + "法院法院";
        String folded = ICalendar.fold(line);
        assertEquals("X".repeat(74) + "\r\n 法院法院", folded);
    }

    @Test
    void atomIsWellFormedXmlWithEscapedText() throws Exception {
        String xml = AtomFeed.write(
                "urn:x:feed",
                "开庭公告 <测试>",
                "/hearings.atom",
                T0,
                List.of(
                        new AtomFeed.Entry("urn:x:1", "A & B", T0, "summary <b>", "/hearings?q=1"),
                        new AtomFeed.Entry("urn:x:2", "第二条", T0.plusSeconds(60), null, null)));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("http://www.w3.org/2005/Atom", doc.getDocumentElement().getNamespaceURI());
        assertEquals("feed", doc.getDocumentElement().getLocalName());
        assertEquals(
                2,
                doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")
                        .getLength());
        assertEquals(
                "A & B",
                doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")
                        .item(0)
                        .getFirstChild()
                        .getNextSibling()
                        .getTextContent());
        assertTrue(xml.contains("<updated>2026-03-01T01:30:00Z</updated>"));
    }

    @Test
    void publishedNamesMaskPersonsOnly() {
        assertEquals("张某", PublishedNames.ofBareName("张三丰"));
        assertEquals("欧阳某", PublishedNames.ofBareName("欧阳娜娜"));
        assertEquals("北京某某科技有限公司", PublishedNames.ofBareName("北京某某科技有限公司"));
        assertEquals(List.of("收案", "结案"), List.of(EventType.FILING_RECEIVED.label(), EventType.CLOSED.label()));
        assertTrue(EventType.PRESERVATION.hiddenUntilCarriedOut());
        assertFalse(EventType.ACCEPTED.hiddenUntilCarriedOut());
    }
}
