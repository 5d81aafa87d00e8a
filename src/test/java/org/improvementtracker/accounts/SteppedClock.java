package org.improvementtracker.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves on by hand, so a lockout ends without waiting for it. */
final class SteppedClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    SteppedClock(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
    }

    void step(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new SteppedClock(other, now);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
