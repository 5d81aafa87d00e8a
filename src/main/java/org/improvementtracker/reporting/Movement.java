package org.improvementtracker.reporting;

import java.math.BigDecimal;

/**
 * How a rating or score moved between two periods. Scores are compared as displayed (one decimal),
 * so a board never reads "2.3, improved from 2.3".
 */
public enum Movement {
    IMPROVED("Improved", "↑"),
    DECLINED("Declined", "↓"),
    UNCHANGED("Unchanged", "→"),
    NOT_COMPARABLE("No comparison", "–");

    private final String label;
    private final String arrow;

    Movement(String label, String arrow) {
        this.label = label;
        this.arrow = arrow;
    }

    public String label() {
        return label;
    }

    public String arrow() {
        return arrow;
    }

    public static Movement between(Score previous, Score current) {
        return between(previous.rounded(), current.rounded());
    }

    public static Movement between(Integer previous, Integer current) {
        return between(previous == null || previous <= 0 ? null : BigDecimal.valueOf(previous),
                current == null || current <= 0 ? null : BigDecimal.valueOf(current));
    }

    private static Movement between(BigDecimal previous, BigDecimal current) {
        if (previous == null || current == null) {
            return NOT_COMPARABLE;
        }
        int comparison = current.compareTo(previous);
        return comparison > 0 ? IMPROVED : comparison < 0 ? DECLINED : UNCHANGED;
    }
}
