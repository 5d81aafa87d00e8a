package org.improvementtracker.indicators.web.chart;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.improvementtracker.indicators.Indicator;
import org.improvementtracker.indicators.IndicatorStanding.MonthFigure;

/**
 * The small trend chart of a table row: the months shown as a line with a dot per value, broken
 * where a month is missing, with a label that says in words what the line shows, for those who
 * cannot see it ("Trend, May to October 2026: 41.0% to 52.3%"). A quarterly indicator's line joins
 * its quarter ends.
 *
 * <p>API: {@link #of(Indicator, List)}.
 *
 * @param path the line's SVG path data, empty when there is no value
 * @param points a dot for each value, so a value between two gaps still shows
 */
public record Sparkline(String path, List<Point> points, String label) {

    public static final int WIDTH = 120;
    public static final int HEIGHT = 32;
    private static final int PADDING = 4;

    /** @param months consecutive months, oldest first */
    public static Sparkline of(Indicator indicator, List<MonthFigure> months) {
        MonthAxis axis = new MonthAxis(months.get(0).month(), months.size(), PADDING, WIDTH - PADDING);
        ValueScale scale = ValueScale.covering(months.stream().map(MonthFigure::figure).toList(), 2, PADDING,
                HEIGHT - PADDING);
        // A quarterly indicator's line joins its quarter ends: the months between are not due, not missing.
        List<MonthFigure> due = months.stream().filter(month -> indicator.frequency().expects(month.month())).toList();
        List<Point> line = due.stream()
                .map(month -> month.figure() == null ? null
                        : Point.of(axis.x(month.month()), scale.y(month.figure())))
                .toList();
        return new Sparkline(GappedPath.through(line), line.stream().filter(Objects::nonNull).toList(),
                label(indicator, axis, due));
    }

    private static String label(Indicator indicator, MonthAxis axis, List<MonthFigure> due) {
        List<MonthFigure> given = due.stream().filter(month -> month.figure() != null).toList();
        String trend = "Trend, " + axis.span() + ": ";
        if (given.isEmpty()) {
            return trend + "no values";
        }
        MonthFigure first = given.get(0);
        MonthFigure last = given.get(given.size() - 1);
        int missing = due.size() - given.size();
        if (given.size() == 1) {
            return trend + "only " + indicator.format(first.figure()) + " in " + monthName(first) + missingText(missing);
        }
        boolean edgesGiven = first.equals(due.get(0)) && last.equals(due.get(due.size() - 1));
        return trend + indicator.format(first.figure()) + (edgesGiven ? "" : " in " + monthName(first)) + " to "
                + indicator.format(last.figure()) + (edgesGiven ? "" : " in " + monthName(last)) + missingText(missing);
    }

    private static String monthName(MonthFigure month) {
        return month.month().getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
    }

    private static String missingText(int missing) {
        return missing == 0 ? "" : ", " + missing + (missing == 1 ? " month" : " months") + " without a value";
    }
}
