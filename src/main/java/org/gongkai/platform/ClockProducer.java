package org.gongkai.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the application; tests replace it through {@link MutableClock}. */
@ApplicationScoped
public class ClockProducer {
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final MutableClock clock = new MutableClock(Clock.system(CHINA));

    @Produces
    @ApplicationScoped
    MutableClock clock() {
        return clock;
    }
}
