package org.gongkai.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A clock that follows the system clock unless a test freezes or shifts it. Inject this rather
 * than calling {@code now()}.
 */
public class MutableClock extends Clock {
    private volatile Clock delegate;
    private final Clock system;

    public MutableClock(Clock system) {
        this.system = system;
        this.delegate = system;
    }

    public void fixAt(Instant instant) {
        delegate = Clock.fixed(instant, system.getZone());
    }

    public void shift(Duration offset) {
        delegate = Clock.offset(system, offset);
    }

    public void reset() {
        delegate = system;
    }

    public LocalDate today() {
        return LocalDate.now(this);
    }

    @Override
    public ZoneId getZone() {
        return delegate.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return delegate.withZone(zone);
    }

    @Override
    public Instant instant() {
        return delegate.instant();
    }
}
