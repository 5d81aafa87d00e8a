package org.improvementtracker.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A performance measure of a plan, optionally in one of its sections. Archived indicators stay
 * reachable by id, so their history can still be read.
 */
public record Indicator(long id, long planId, Long sectionId, String code, String name, String definition, Unit unit,
        Polarity polarity, BigDecimal rangeLower, BigDecimal rangeUpper, int decimals, YearToDateRule yearToDateRule,
        Frequency frequency, String baselineLabel, YearMonth baselineMonth, BigDecimal baselineValue,
        BigDecimal annualTarget, BigDecimal tolerance, Long dataOwnerPersonId, boolean archived, int version) {
}
