package org.improvementtracker.plans;

import java.math.BigDecimal;
import java.time.LocalDate;

/** How the plan will know an action worked: text, with an optional target value and date. */
public record SuccessMeasure(long id, long actionId, int position, String text, BigDecimal targetValue,
        String targetUnit, LocalDate targetDate, int version) {

    /** "80 %" or "18 children", or null without a target. */
    public String target() {
        if (targetValue == null) {
            return null;
        }
        String value = targetValue.stripTrailingZeros().toPlainString();
        return targetUnit == null || targetUnit.isBlank() ? value : value + " " + targetUnit;
    }
}
