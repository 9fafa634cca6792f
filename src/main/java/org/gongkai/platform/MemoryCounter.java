package org.gongkai.platform;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link SharedCounter} in this JVM's memory: correct for one portal process only (a second node
 * has its own counts, a restart forgets them). Unit tests use it; {@code GONGKAI_STATE=memory}
 * selects it for a single node.
 */
public final class MemoryCounter implements SharedCounter {
    /** Sweep when this many keys are held; bounds memory under a flood of distinct keys. */
    private static final int SWEEP_AT = 100_000;

    /** {start, used, window} */
    private final ConcurrentHashMap<String, long[]> windows = new ConcurrentHashMap<>();

    private final Clock clock;
    private volatile long lastSweep;

    public MemoryCounter(Clock clock) {
        this.clock = clock;
    }

    private void sweepIfLarge(long now) {
        if (windows.size() > SWEEP_AT && now - lastSweep >= 1_000) {
            lastSweep = now;
            sweep();
        }
    }

    @Override
    public Block reserve(String rawKey, int max, long windowMillis, int uses) {
        String key = SharedCounter.boundedKey(rawKey);
        long now = clock.millis();
        Block[] out = new Block[1];
        windows.compute(key, (k, w) -> {
            if (w == null || now - w[0] >= windowMillis) {
                w = new long[] {now, 0, windowMillis};
            }
            long left = Math.max(1, w[0] + windowMillis - now);
            int granted = (int) Math.max(0, Math.min(Math.max(1, uses), max - w[1]));
            w[1] += granted;
            out[0] = new Block(new Permit(key, w[0], granted > 0 ? 0 : left, (int) w[1], left), granted);
            return w;
        });
        sweepIfLarge(now);
        return out[0];
    }

    @Override
    public void release(Permit p) {
        if (p == null || !p.admitted()) {
            return;
        }
        windows.computeIfPresent(p.key(), (k, w) -> {
            if (w[0] == p.windowStart() && w[1] > 0) {
                w[1]--;
            }
            return w;
        });
    }

    @Override
    public int counted(String rawKey) {
        long[] w = windows.get(SharedCounter.boundedKey(rawKey));
        return w == null || clock.millis() - w[0] >= w[2] ? 0 : (int) w[1];
    }

    @Override
    public void sweep() {
        long now = clock.millis();
        windows.entrySet().removeIf(e -> now - e.getValue()[0] >= e.getValue()[2]);
    }

    @Override
    public void reset(String prefix) {
        windows.keySet().removeIf(k -> k.startsWith(prefix));
    }

    @Override
    public String describe() {
        return "memory (this process only)";
    }
}
