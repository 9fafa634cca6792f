package org.gongkai.alerts;

import jakarta.enterprise.context.RequestScoped;
import org.gongkai.platform.ProblemException;

/** The API key of this request to the alert API, set by {@link AlertAuthFilter}. */
@RequestScoped
public class KeyHolder {
    private Long keyId;

    void set(long keyId) {
        this.keyId = keyId;
    }

    long require() {
        if (keyId == null) {
            throw new ProblemException(
                    401, "Unauthorized", org.gongkai.platform.Texts.err().api_key_required());
        }
        return keyId;
    }
}
