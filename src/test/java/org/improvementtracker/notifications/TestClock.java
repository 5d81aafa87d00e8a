package org.improvementtracker.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A clock the test moves by hand, so the reminder schedule runs day by day without waiting. */
final class TestClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    TestClock(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
    }

    /** Seven in the morning of that day, when a daily job might run. */
    void setDay(LocalDate day) {
        now = day.atTime(LocalTime.of(7, 0)).atZone(zone).toInstant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(other, now);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
