package org.gongkai.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongkai.platform.MutableClock;
import org.gongkai.platform.TooManyRequestsException;

/**
 * Lockout of litigant access after failed attempts, counted per case number and per client
 * (remote address; enable quarkus.http.proxy.proxy-address-forwarding behind a proxy).
 * A failure window starts at the first failure; a success resets nothing. In memory: one
 * portal instance.
 */
@ApplicationScoped
public class AccessLockout {
    @ConfigProperty(name = "gongkai.process.lockout.case-failures", defaultValue = "5")
    int caseFailures;
    @ConfigProperty(name = "gongkai.process.lockout.client-failures", defaultValue = "20")
    int clientFailures;
    @ConfigProperty(name = "gongkai.process.lockout.window", defaultValue = "PT15M")
    Duration window;
    @Inject
    MutableClock clock;

    private final ConcurrentHashMap<String, long[]> failures = new ConcurrentHashMap<>();

    /** 429 with the minutes to wait when the case or the client is locked out. */
    public void check(String caseKey, String clientKey) {
        long wait = Math.max(remaining("case:" + caseKey, caseFailures), remaining("client:" + clientKey, clientFailures));
        if (wait > 0) {
            long seconds = (wait + 999) / 1000;
            long minutes = (seconds + 59) / 60;
            throw new TooManyRequestsException("验证失败次数过多，查询已暂时锁定，请 " + minutes + " 分钟后再试。", seconds);
        }
    }

    public void fail(String caseKey, String clientKey) {
        count("case:" + caseKey);
        count("client:" + clientKey);
        if (failures.size() > 100_000) {
            sweep();
        }
    }

    /** Forgets every counter (tests, operators). */
    public void clear() {
        failures.clear();
    }

    private void count(String key) {
        long now = clock.millis();
        failures.compute(key, (k, w) -> {
            if (w == null || now - w[0] >= window.toMillis()) {
                return new long[] {now, 1};
            }
            w[1]++;
            return w;
        });
    }

    private long remaining(String key, int limit) {
        long[] w = failures.get(key);
        if (w == null || w[1] < limit) {
            return 0;
        }
        long left = w[0] + window.toMillis() - clock.millis();
        return Math.max(0, left);
    }

    private void sweep() {
        long now = clock.millis();
        failures.entrySet().removeIf(e -> now - e.getValue()[0] >= window.toMillis());
    }
}
