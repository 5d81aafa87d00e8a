package org.improvementtracker.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An indicator's year to date: April of the month's financial year up to and including the month,
 * added up by the indicator's {@link YearToDateRule}. Months with no value are skipped and counted,
 * so a board reads "2 months missing" beside the figure; nothing at all is {@link State#NO_DATA},
 * never 0; a ratio whose denominators add up to 0 is {@link State#NOT_COMPUTABLE}, with the reason.
 *
 * <p>API: {@link #of(YearToDateRule, Unit, Frequency, YearMonth, Collection)}; {@link #display(Unit, int)}
 * "42.5%" / "No data" / "Not computable"; {@link #missingText()} "2 months missing".
 *
 * @param state whether there is a value, and if not, why
 * @param value the unrounded year to date, or null unless computed
 * @param monthsCounted months due so far that had what the rule needs
 * @param monthsMissing months due so far with no value
 * @param reason why it could not be computed, or null
 */
public record YearToDate(State state, BigDecimal value, int monthsCounted, int monthsMissing, String reason) {

    public enum State {
        COMPUTED, NO_DATA, NOT_COMPUTABLE
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    public YearToDate {
        Objects.requireNonNull(state, "state");
        if ((value != null) != (state == State.COMPUTED) || (reason != null) != (state == State.NOT_COMPUTABLE)) {
            throw new IllegalArgumentException(
                    "A year to date has a value only when computed, a reason only when not computable");
        }
    }

    /**
     * The year to date at the given month. Only months the frequency expects count (a quarterly
     * indicator's March, June, September, December); values for other months or years are ignored.
     *
     * @throws IllegalArgumentException when two values are given for the same month
     */
    public static YearToDate of(YearToDateRule rule, Unit unit, Frequency frequency, YearMonth month,
            Collection<MonthlyValue> values) {
        List<YearMonth> due = FinancialYear.of(month).monthsTo(month).stream().filter(frequency::expects).toList();
        Map<YearMonth, MonthlyValue> byMonth = values.stream().filter(value -> due.contains(value.month()))
                .collect(Collectors.toMap(MonthlyValue::month, Function.identity(), (a, b) -> {
                    throw new IllegalArgumentException("Two values for " + MONTH.format(a.month()));
                }));
        List<MonthlyValue> given = due.stream().map(byMonth::get).filter(Objects::nonNull)
                .filter(value -> value.hasValue() || value.hasRatio()).toList();
        int missing = due.size() - given.size();
        if (given.isEmpty()) {
            return new YearToDate(State.NO_DATA, null, 0, missing, null);
        }
        return switch (rule) {
            case SUM -> ofValues(given, missing, YearToDate::sum);
            case MEAN -> ofValues(given, missing,
                    figures -> sum(figures).divide(BigDecimal.valueOf(figures.size()), Unit.PRECISION));
            case LATEST -> ofValues(given, missing, figures -> figures.get(figures.size() - 1));
            case RATIO_OF_SUMS -> ratioOfSums(unit, given, missing);
        };
    }

    private static YearToDate ratioOfSums(Unit unit, List<MonthlyValue> given, int missing) {
        Optional<MonthlyValue> valueOnly = given.stream().filter(month -> !month.hasRatio()).findFirst();
        if (valueOnly.isPresent()) {
            // Skipping it would understate the year; guessing its parts from the value would be invention.
            return notComputable(MONTH.format(valueOnly.get().month())
                    + " has a value but no numerator and denominator, which a ratio of sums needs", given, missing);
        }
        BigDecimal numerators = sum(given.stream().map(MonthlyValue::numerator).toList());
        BigDecimal denominators = sum(given.stream().map(MonthlyValue::denominator).toList());
        if (denominators.signum() == 0) {
            return notComputable("The denominators add up to 0", given, missing);
        }
        return computed(unit.ratio(numerators, denominators), given, missing);
    }

    private static YearToDate ofValues(List<MonthlyValue> given, int missing,
            Function<List<BigDecimal>, BigDecimal> rule) {
        Optional<MonthlyValue> ratioOnly = given.stream().filter(month -> !month.hasValue()).findFirst();
        if (ratioOnly.isPresent()) {
            return notComputable(
                    MONTH.format(ratioOnly.get().month()) + " has a numerator and denominator but no value", given,
                    missing);
        }
        return computed(rule.apply(given.stream().map(MonthlyValue::value).toList()), given, missing);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static YearToDate computed(BigDecimal value, List<MonthlyValue> given, int missing) {
        return new YearToDate(State.COMPUTED, value, given.size(), missing, null);
    }

    private static YearToDate notComputable(String reason, List<MonthlyValue> given, int missing) {
        return new YearToDate(State.NOT_COMPUTABLE, null, given.size(), missing, reason);
    }

    public boolean isComputed() {
        return state == State.COMPUTED;
    }

    /** "42.5%" rounded half up to the indicator's decimals, "No data" or "Not computable". */
    public String display(Unit unit, int decimals) {
        return switch (state) {
            case COMPUTED -> unit.format(value, decimals);
            case NO_DATA -> "No data";
            case NOT_COMPUTABLE -> "Not computable";
        };
    }

    /** "1 month missing", "2 months missing", or "" when none is. */
    public String missingText() {
        return monthsMissing == 0 ? "" : monthsMissing + (monthsMissing == 1 ? " month" : " months") + " missing";
    }
}
