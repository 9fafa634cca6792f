package org.gongkai.process;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gongkai.platform.Hashing;

/**
 * Litigant session cookie values: {@code sessionId.caseId.partyId.expiry.signature}, where the
 * session id is random (32 hex digits; the server keeps its hash, so it can end the session),
 * expiry is epoch seconds and the signature is HMAC-SHA256 (base64url) over the first four parts
 * and a binding string (the party's current query-code hash), so reissuing the code or leaving
 * the case ends existing sessions even before the session table is consulted.
 */
public final class SessionCodec {
    public record Session(String sessionId, long caseId, long partyId, long expiresAtEpochSecond) {}

    private final byte[] secret;
    private final Clock clock;
    private final Duration ttl;

    public SessionCodec(String secret, Duration ttl, Clock clock) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.ttl = ttl;
        this.clock = clock;
    }

    public Duration ttl() {
        return ttl;
    }

    /** A new random session id. */
    public static String newSessionId() {
        return Hashing.randomToken("", 16);
    }

    public String issue(String sessionId, long caseId, long partyId, String binding) {
        long expiry = clock.instant().plus(ttl).getEpochSecond();
        String payload = sessionId + "." + caseId + "." + partyId + "." + expiry;
        return payload + "." + sign(payload, binding);
    }

    /** The session when the value is well formed, unexpired and the signature fits the binding. */
    public Optional<Session> verify(String value, java.util.function.LongFunction<String> bindingOfParty) {
        if (value == null || value.length() > 200) {
            return Optional.empty();
        }
        String[] parts = value.split("\\.");
        if (parts.length != 5 || !parts[0].matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        long caseId;
        long partyId;
        long expiry;
        try {
            caseId = Long.parseLong(parts[1]);
            partyId = Long.parseLong(parts[2]);
            expiry = Long.parseLong(parts[3]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (expiry <= clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        String binding = bindingOfParty.apply(partyId);
        if (binding == null) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3];
        if (!Hashing.constantTimeEquals(sign(payload, binding), parts[4])) {
            return Optional.empty();
        }
        return Optional.of(new Session(parts[0], caseId, partyId, expiry));
    }

    String sign(String payload, String binding) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(payload.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(binding.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
