package org.improvementtracker.indicators.web.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.improvementtracker.indicators.Benchmark;
import org.improvementtracker.indicators.Indicator;
import org.improvementtracker.indicators.IndicatorStanding.MonthFigure;
import org.improvementtracker.indicators.Range;
import org.improvementtracker.indicators.Unit;

/**
 * The indicator page's chart, drawn on the server as SVG: the values as a line with a dot per
 * month, broken where a month is missing; the target in force each month as a dashed line (it
 * follows the trajectory, steps where a monthly target is set, and breaks where there is none);
 * the latest benchmarks as horizontal lines, each with its own dash pattern; and, for a "within a
 * range" indicator, the range as a hatched band edged by solid lines. The legend pairs
 * each pattern with words, so nothing depends on colour; the title and description say what the
 * chart shows for those who cannot see it.
 *
 * <p>API: {@link #of(Indicator, List, List)}.
 */
public record TrendChart(String title, String description, String valueAxis, List<Tick> valueTicks, List<Tick> monthTicks,
        String valuesPath, List<Point> points, String targetPath, List<Line> benchmarks, Band range,
        List<LegendEntry> legend) {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 400;
    public static final int LEFT = 80;
    public static final int RIGHT = 670;
    public static final int TOP = 36;
    public static final int BOTTOM = 280;
    private static final int MONTH_LABELS = 8;
    private static final int LEGEND_TOP = 335;
    private static final int LEGEND_WIDTH = 320;
    private static final int LEGEND_ROW = 25;
    /** A label longer than this runs into the next column's sample, so the legend takes one column. */
    private static final int LEGEND_COLUMN_CHARACTERS = 40;

    /** Where the plot area starts, ends and has its month axis: for the template's gridlines and axes. */
    public int left() {
        return LEFT;
    }

    public int right() {
        return RIGHT;
    }

    public int bottom() {
        return BOTTOM;
    }

    /** The drawing's coordinates, for the SVG's viewBox. */
    public String viewBox() {
        return "0 0 " + WIDTH + " " + height();
    }

    /** Tall enough for every row of the legend. */
    public int height() {
        double lastRow = legend.stream().mapToDouble(LegendEntry::y).max().orElse(LEGEND_TOP);
        return Math.max(HEIGHT, (int) Math.ceil(lastRow) + LEGEND_ROW);
    }

    /** A gridline and its label: y for values, x for months. */
    public record Tick(double at, String label) {
    }

    /** A horizontal benchmark line; {@code style} names its dash pattern. */
    public record Line(double y, String style, String label) {
    }

    /**
     * The range a "within a range" indicator should stay in, from {@code top} down to {@code bottom}
     * (the plot's edge where a bound is open); {@code label} says it in words.
     */
    public record Band(double top, double bottom, String label) {

        public double height() {
            return bottom - top;
        }
    }

    /** A sample of a line's pattern (and its dot, for values) with the words it stands for. */
    public record LegendEntry(double x, double y, String style, String label, boolean marked) {

        public double sampleEnd() {
            return x + 30;
        }

        public double textX() {
            return x + 38;
        }

        public double textY() {
            return y + 4;
        }

        public double markerX() {
            return x + 15;
        }

        /** Where the band's sample starts: a small hatched box in place of a line. */
        public double sampleTop() {
            return y - 7;
        }
    }

    /**
     * @param months consecutive months, oldest first, with their targets in force
     * @param benchmarks the benchmarks to draw, at most one of each kind
     */
    public static TrendChart of(Indicator indicator, List<MonthFigure> months, List<Benchmark> benchmarks) {
        MonthAxis axis = new MonthAxis(months.get(0).month(), months.size(), LEFT, RIGHT);
        Range range = indicator.range();
        List<BigDecimal> drawn = new ArrayList<>(drawn(months, benchmarks));
        if (range != null) {
            drawn.add(range.lower());
            drawn.add(range.upper());
        }
        ValueScale scale = ValueScale.covering(drawn, 5, TOP, BOTTOM);
        // A quarterly indicator's line joins its quarter ends: the months between are not due, not missing.
        List<Point> values = months.stream().filter(month -> indicator.frequency().expects(month.month()))
                .map(month -> month.figure() == null ? null
                        : Point.of(axis.x(month.month()), scale.y(month.figure()))).toList();
        List<Point> targets = months.stream().map(month -> month.target().target() == null ? null
                : Point.of(axis.x(month.month()), scale.y(month.target().target()))).toList();
        List<Line> lines = benchmarks.stream().map(benchmark -> new Line(Point.of(0, scale.y(benchmark.value())).y(),
                styleOf(benchmark), benchmark.kind().label() + " " + benchmark.yearLabel() + ": "
                        + indicator.format(benchmark.value())))
                .toList();
        String targetPath = GappedPath.through(targets);
        Band band = range == null ? null : new Band(
                range.upper() == null ? TOP : Point.of(0, scale.y(range.upper())).y(),
                range.lower() == null ? BOTTOM : Point.of(0, scale.y(range.lower())).y(),
                rangeLabel(indicator, range));
        return new TrendChart(indicator.code() + " " + indicator.name() + ", " + axis.span(),
                describe(indicator, axis, months, lines, !targetPath.isEmpty(), band), valueAxis(indicator),
                valueTicks(indicator, scale),
                monthTicks(axis), GappedPath.through(values), values.stream().filter(Objects::nonNull).toList(),
                targetPath, lines, band, legend(lines, !targetPath.isEmpty(), band));
    }

    /** "Range: 15.0 to 18.0". */
    static String rangeLabel(Indicator indicator, Range range) {
        return "Range: " + bounds(indicator, range);
    }

    /** "15.0 to 18.0", "40.0% or more", "18 days or less": a range's bounds in the indicator's unit. */
    public static String bounds(Indicator indicator, Range range) {
        if (range.lower() == null) {
            return indicator.format(range.upper()) + " or less";
        }
        if (range.upper() == null) {
            return indicator.format(range.lower()) + " or more";
        }
        return indicator.format(range.lower()) + " to " + indicator.format(range.upper());
    }

    /** "benchmark-england", "benchmark-statistical-neighbours": the CSS class part naming the dash pattern. */
    private static String styleOf(Benchmark benchmark) {
        return "benchmark-" + benchmark.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Ticks read "40%" for a percentage and a bare number otherwise: "12 days" or "320 per 10,000" on
     * every tick would not fit the margin, so {@link #valueAxis(Indicator)} names the unit once.
     */
    private static List<Tick> valueTicks(Indicator indicator, ValueScale scale) {
        Unit unit = indicator.unit() == Unit.PERCENTAGE ? Unit.PERCENTAGE : Unit.NUMBER;
        return scale.ticks().stream()
                .map(tick -> new Tick(Point.of(0, scale.y(tick)).y(), unit.format(tick, scale.decimals()).strip()))
                .toList();
    }

    /** "Days", "Rate per 10,000": the unit over the value axis; null where the ticks say it or it goes without saying. */
    private static String valueAxis(Indicator indicator) {
        return switch (indicator.unit()) {
            case DAYS, RATE_PER_10000 -> indicator.unit().label();
            case PERCENTAGE, COUNT, NUMBER -> null;
        };
    }

    /** At most eight month labels, counted back from the last month so the month read is always labelled. */
    private static List<Tick> monthTicks(MonthAxis axis) {
        int every = (axis.months() + MONTH_LABELS - 1) / MONTH_LABELS;
        List<Tick> ticks = new ArrayList<>();
        for (int back = 0; back < axis.months(); back += every) {
            var month = axis.last().minusMonths(back);
            ticks.add(0, new Tick(Point.of(axis.x(month), 0).x(), MonthAxis.SHORT.format(month)));
        }
        return ticks;
    }

    private static List<LegendEntry> legend(List<Line> benchmarks, boolean hasTarget, Band band) {
        List<String[]> entries = new ArrayList<>();
        entries.add(new String[] {"values", "Value each month"});
        if (hasTarget) {
            entries.add(new String[] {"target", "Target in force"});
        }
        if (band != null) {
            entries.add(new String[] {"range", band.label()});
        }
        benchmarks.forEach(line -> entries.add(new String[] {line.style(), line.label()}));
        int columns = entries.stream().anyMatch(entry -> entry[1].length() > LEGEND_COLUMN_CHARACTERS) ? 1 : 2;
        List<LegendEntry> legend = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            legend.add(new LegendEntry(LEFT + (i % columns) * LEGEND_WIDTH,
                    LEGEND_TOP + (i / columns) * LEGEND_ROW, entries.get(i)[0], entries.get(i)[1], i == 0));
        }
        return legend;
    }

    private static String describe(Indicator indicator, MonthAxis axis, List<MonthFigure> months, List<Line> benchmarks,
            boolean hasTarget, Band band) {
        List<MonthFigure> due = months.stream().filter(month -> indicator.frequency().expects(month.month()))
                .toList();
        long given = due.stream().filter(month -> month.figure() != null).count();
        StringBuilder text = new StringBuilder("Line chart of the value each month from ").append(axis.span())
                .append(": ").append(given).append(" of ").append(due.size())
                .append(due.size() == 1 ? " month due has" : " months due have").append(" a value");
        MonthFigure last = months.get(months.size() - 1);
        text.append(". ").append(MonthAxis.MONTH.format(last.month())).append(": ");
        text.append(last.figure() == null ? "no value" : indicator.format(last.figure()));
        if (last.target().isSet()) {
            text.append(" against a target of ").append(indicator.format(last.target().target())).append(" (")
                    .append(last.target().source().label().toLowerCase(Locale.UK)).append(")");
        }
        text.append(", status ").append(last.status().label().toLowerCase(Locale.UK)).append('.');
        if (hasTarget) {
            text.append(" A dashed line shows the target in force each month.");
        }
        if (band != null) {
            text.append(" A hatched band shows the range the value should stay in: ")
                    .append(bounds(indicator, indicator.range())).append('.');
        }
        if (!benchmarks.isEmpty()) {
            text.append(" Horizontal lines show the benchmarks: ")
                    .append(String.join("; ", benchmarks.stream().map(Line::label).toList())).append('.');
        }
        return text.append(" The table after the chart gives every month's figures.").toString();
    }

    /** Everything drawn, which the scale must cover: values, targets and benchmarks. */
    static List<BigDecimal> drawn(List<MonthFigure> months, List<Benchmark> benchmarks) {
        return Stream.of(months.stream().map(MonthFigure::figure),
                months.stream().map(month -> month.target().target()), benchmarks.stream().map(Benchmark::value))
                .flatMap(figures -> figures).toList();
    }
}
