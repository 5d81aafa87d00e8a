package org.improvementtracker.indicators;

import java.util.List;

/** An indicator with its values for a range of months (months without a value are absent). */
public record IndicatorMonths(Indicator indicator, List<IndicatorValue> values) {
}
