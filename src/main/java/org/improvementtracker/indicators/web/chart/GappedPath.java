package org.improvementtracker.indicators.web.chart;

import java.util.List;

/**
 * The SVG path data of a line through points in order, broken wherever a point is missing (null):
 * a missing month is a gap in the line, never a drop to 0. Each run starts with a move ("M") and
 * continues with lines ("L"); a run of one point draws nothing, so charts mark every point too.
 */
final class GappedPath {

    private GappedPath() {
    }

    /** "M 0 10 L 5 8 M 15 4 L 20 2"; empty when there is no point at all. */
    static String through(List<Point> points) {
        StringBuilder path = new StringBuilder();
        boolean inRun = false;
        for (Point point : points) {
            if (point == null) {
                inRun = false;
                continue;
            }
            if (!path.isEmpty()) {
                path.append(' ');
            }
            path.append(inRun ? "L " : "M ").append(point.text());
            inRun = true;
        }
        return path.toString();
    }
}
