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
            throw new ProblemException(401, "Unauthorized", "需要 API 密钥（an API key is required: POST /api/keys）");
        }
        return keyId;
    }
}
