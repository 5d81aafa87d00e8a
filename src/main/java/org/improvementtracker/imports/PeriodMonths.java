package org.improvementtracker.imports;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.improvementtracker.plans.TimescaleParser;

/**
 * The month a period column's label names: "01/18" and "1/2018" (month and year, as rating columns are
 * headed), "2018-01", or anything the timescale parser reads as one month ("March 2014", "Mar-14").
 */
final class PeriodMonths {

    private static final Pattern MONTH_SLASH_YEAR = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{2}|\\d{4})");
    private static final Pattern YEAR_DASH_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

    private PeriodMonths() {
    }

    static Optional<YearMonth> of(String label) {
        String text = label == null ? "" : label.strip();
        Matcher slash = MONTH_SLASH_YEAR.matcher(text);
        if (slash.matches()) {
            int year = Integer.parseInt(slash.group(2));
            return month(year < 100 ? 2000 + year : year, Integer.parseInt(slash.group(1)));
        }
        Matcher dash = YEAR_DASH_MONTH.matcher(text);
        if (dash.matches()) {
            return month(Integer.parseInt(dash.group(1)), Integer.parseInt(dash.group(2)));
        }
        return Optional.ofNullable(TimescaleParser.parse(text).dueDate()).map(YearMonth::from);
    }

    private static Optional<YearMonth> month(int year, int month) {
        return month >= 1 && month <= 12 ? Optional.of(YearMonth.of(year, month)) : Optional.empty();
    }
}
