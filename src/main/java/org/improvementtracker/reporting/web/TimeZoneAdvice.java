package org.improvementtracker.reporting.web;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Reporting pages show when things happened in the organisation's time zone, not the server's. */
@ControllerAdvice(basePackageClasses = TimeZoneAdvice.class)
class TimeZoneAdvice {

    private final Clock clock;

    TimeZoneAdvice(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }
}
