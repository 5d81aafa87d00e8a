package org.improvementtracker.support;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one source of "now": rules take dates from this clock so tests can fix them. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${improvement-tracker.time-zone:Europe/London}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
