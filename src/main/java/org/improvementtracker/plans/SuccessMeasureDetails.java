package org.improvementtracker.plans;

import java.math.BigDecimal;
import java.time.LocalDate;

public record SuccessMeasureDetails(String text, BigDecimal targetValue, String targetUnit, LocalDate targetDate) {
}
