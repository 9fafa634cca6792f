package org.gongkai.platform;

import java.util.Optional;

/**
 * The API keys a feature issues, for the API usage limits ({@link ApiUsage}): a request that
 * sends a key one of these knows is counted against that key's (higher) limit. The keys
 * are the re-users' keys ({@code alerts.ApiKeyService}), the courts' publishing tokens and the
 * administrator token ({@code publishing.TokenService}).
 */
public interface ApiKeys {
    /**
     * Who holds {@code key}, as a short stable name that is not the key (for example
     * {@code token:12}); empty when the key is not one of this feature's or is revoked.
     */
    Optional<String> holder(String key);
}
