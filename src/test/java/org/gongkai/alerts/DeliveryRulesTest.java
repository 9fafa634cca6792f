package org.gongkai.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Set;
import org.gongkai.platform.ProblemException;
import org.junit.jupiter.api.Test;

/** The pure rules of delivery: signature, backoff, which callback addresses are internal. */
class DeliveryRulesTest {
    @Test
    void signatureIsHmacSha256OfTimestampDotBody() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertEquals(
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookSignature.hmac("Jefe", "what do ya want for nothing?"));
        String h = WebhookSignature.header("Jefe", 1765000000L, "{\"a\":1}");
        assertEquals("t=1765000000,v1=" + WebhookSignature.hmac("Jefe", "1765000000.{\"a\":1}"), h);
    }

    @Test
    void backoffDoublesFromOneMinuteUpToTheCap() {
        Backoff b = new Backoff(Duration.ofMinutes(1), Duration.ofHours(6), 8);
        assertEquals(Duration.ofMinutes(1), b.after(1));
        assertEquals(Duration.ofMinutes(2), b.after(2));
        assertEquals(Duration.ofMinutes(64), b.after(7));
        assertEquals(Duration.ofHours(6), b.after(20));
        assertEquals(Duration.ofHours(6), b.after(1000));
        assertFalse(b.exhausted(7));
        assertTrue(b.exhausted(8));
    }

    @Test
    void internalAddressesAreRefusedUnlessAllowed() throws Exception {
        for (String a : new String[] {
            "127.0.0.1",
            "10.0.0.1",
            "172.31.255.1",
            "192.168.1.1",
            "169.254.169.254",
            "0.0.0.0",
            "100.64.1.1",
            "224.0.0.1",
            "255.255.255.255",
            "::1",
            "fe80::1",
            "fd12:3456::1",
            "::ffff:127.0.0.1"
        }) {
            assertTrue(CallbackUrls.internal(InetAddress.getByName(a)), a);
        }
        for (String a : new String[] {"8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888"}) {
            assertFalse(CallbackUrls.internal(InetAddress.getByName(a)), a);
        }
        CallbackUrls strict = new CallbackUrls(Set.of());
        ProblemException e = assertThrows(ProblemException.class, () -> strict.check("http://127.0.0.1:9000/hook"));
        assertEquals(400, e.status());
        assertEquals("callbackUrl", e.field());
        assertThrows(ProblemException.class, () -> strict.check("https://[::1]/hook"));
        assertThrows(ProblemException.class, () -> strict.check("gopher://example.org/"));
        assertEquals(
                "http://127.0.0.1:9000/hook",
                new CallbackUrls(Set.of("127.0.0.1"))
                        .check("http://127.0.0.1:9000/hook")
                        .toString());
        assertEquals(
                "https://8.8.8.8/hook", strict.check("https://8.8.8.8/hook").toString());
    }
}
