package org.improvementtracker.indicators.web.chart;

/** A position in a chart's drawing, in SVG user units, kept to one decimal so the markup stays short. */
public record Point(double x, double y) {

    public static Point of(double x, double y) {
        return new Point(tenths(x), tenths(y));
    }

    private static double tenths(double value) {
        return Math.round(value * 10) / 10.0;
    }

    String text() {
        return format(x) + " " + format(y);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
