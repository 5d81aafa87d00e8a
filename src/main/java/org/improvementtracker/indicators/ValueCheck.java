package org.improvementtracker.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks a month's value must pass before it is saved, whether typed in the grid, pasted or
 * imported. A month left empty is not a problem: it is missing, and shown as missing.
 *
 * <p>API: {@link #check(Unit, MonthlyValue, TargetStatus)} every problem with the figures, empty
 * when they may be saved; {@link #checkMonth(Frequency, YearMonth, YearMonth, YearMonth)} whether
 * the month can take a value; {@link #requiresNote(TargetStatus)}.
 */
public final class ValueCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private ValueCheck() {
    }

    /** A value that misses its target cannot be saved without a note saying why. */
    public static boolean requiresNote(TargetStatus status) {
        return status == TargetStatus.MISSED;
    }

    /**
     * A value belongs to a month of the plan and, for a quarterly indicator, to a quarter's last month.
     *
     * @param first the plan's first month, or the indicator's baseline month when earlier
     * @param last the plan's last month
     */
    public static Optional<ValueProblem> checkMonth(Frequency frequency, YearMonth month, YearMonth first,
            YearMonth last) {
        if (month.isBefore(first) || month.isAfter(last)) {
            return Optional.of(new ValueProblem("month", MONTH.format(month) + " is outside the plan: values can be entered from "
                    + MONTH.format(first) + " to " + MONTH.format(last)));
        }
        if (!frequency.expects(month)) {
            return Optional.of(new ValueProblem("month",
                    "A quarterly indicator takes values for June, September, December and March only"));
        }
        return Optional.empty();
    }

    /**
     * @param status the value's status against the target in force, so a miss without a note is
     *     caught; null when not yet known
     */
    public static List<ValueProblem> check(Unit unit, MonthlyValue entered, TargetStatus status) {
        List<ValueProblem> problems = new ArrayList<>();
        checkValue(unit, entered.value(), problems);
        checkRatio(unit, entered.numerator(), entered.denominator(), problems);
        if (requiresNote(status) && (entered.note() == null || entered.note().isBlank())) {
            problems.add(new ValueProblem("note", "Explain in a note why the value misses its target"));
        }
        return problems;
    }

    private static void checkValue(Unit unit, BigDecimal value, List<ValueProblem> problems) {
        if (value == null) {
            return;
        }
        if (unit == Unit.PERCENTAGE && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            problems.add(new ValueProblem("value", "A percentage must be between 0 and 100"));
        } else if (value.signum() < 0 && unit != Unit.NUMBER) {
            problems.add(new ValueProblem("value", switch (unit) {
                case COUNT -> "A count cannot be negative";
                case DAYS -> "Days cannot be negative";
                default -> "A rate cannot be negative";
            }));
        } else if (unit == Unit.COUNT && value.stripTrailingZeros().scale() > 0) {
            problems.add(new ValueProblem("value", "A count must be a whole number"));
        }
    }

    // One problem a field at most, the first that applies, as the error summary shows one a field.
    private static void checkRatio(Unit unit, BigDecimal numerator, BigDecimal denominator,
            List<ValueProblem> problems) {
        boolean usableDenominator = denominator != null && denominator.signum() > 0;
        if (numerator == null && denominator != null) {
            problems.add(new ValueProblem("numerator", "Enter the numerator as well as the denominator"));
        } else if (numerator != null && numerator.signum() < 0) {
            problems.add(new ValueProblem("numerator", "The numerator cannot be negative"));
        } else if (unit == Unit.PERCENTAGE && numerator != null && usableDenominator
                && numerator.compareTo(denominator) > 0) {
            problems.add(new ValueProblem("numerator", "The numerator cannot be more than the denominator"));
        }
        if (numerator != null && denominator == null) {
            problems.add(new ValueProblem("denominator", "Enter the denominator as well as the numerator"));
        } else if (denominator != null && !usableDenominator) {
            problems.add(new ValueProblem("denominator", "The denominator must be more than 0"));
        }
    }
}
