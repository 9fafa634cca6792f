package org.gongkai.platform;

/** 429 with the number of seconds to wait, sent as Retry-After and in the problem body. */
public class TooManyRequestsException extends ProblemException {
    private final long retryAfterSeconds;

    public TooManyRequestsException(String detail, long retryAfterSeconds) {
        super(429, "Too Many Requests", detail);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
