package org.gongkai.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.logging.Logger;

/**
 * The one clock of the application; tests replace it through {@link MutableClock}.
 *
 * <p>{@code GONGKAI_TEST_TODAY=2028-02-29} (environment) starts the clock on that day at the
 * current time of day, so that the date-dependent tests can be run as if it were that day (29
 * February, 31 December, a holiday): {@code GONGKAI_TEST_TODAY=2028-02-29 ./mvnw verify}. It is
 * meant for tests and logs a warning when set.
 */
@ApplicationScoped
public class ClockProducer {
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String TODAY_VARIABLE = "GONGKAI_TEST_TODAY";

    private final MutableClock clock = new MutableClock(startClock(System.getenv(TODAY_VARIABLE)));

    /** The clock a test sees before the application starts: the system clock, moved by GONGKAI_TEST_TODAY. */
    public static Clock testClock() {
        return startClock(System.getenv(TODAY_VARIABLE));
    }

    /** The system clock in China's time zone, moved to {@code today} when given (yyyy-MM-dd). */
    static Clock startClock(String today) {
        Clock system = Clock.system(CHINA);
        if (today == null || today.isBlank()) {
            return system;
        }
        LocalDate day = LocalDate.parse(today.strip());
        Duration offset = Duration.between(LocalDate.now(system).atStartOfDay(CHINA), day.atStartOfDay(CHINA));
        Logger.getLogger(ClockProducer.class)
                .warnf("%s=%s: the clock runs as if today were %s (tests only)", TODAY_VARIABLE, today.strip(), day);
        return Clock.offset(system, offset);
    }

    @Produces
    @ApplicationScoped
    MutableClock clock() {
        return clock;
    }
}
