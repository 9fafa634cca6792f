package org.gongkai.enforcement;

import jakarta.inject.Inject;
import org.gongkai.platform.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every enforcement @QuarkusTest shares: the lookups of one test never hit the rate limits
 * of another (all come from 127.0.0.1), and a test that moves the clock puts it back.
 */
abstract class EnforcementTestBase {
    @Inject
    LookupLimits limits;

    @Inject
    MutableClock clock;

    @BeforeEach
    void resetLimits() {
        limits.reset();
    }

    @AfterEach
    void resetClockAndLimits() {
        clock.reset();
        limits.reset();
    }
}
