package org.improvementtracker.indicators.web.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Maps figures onto a chart's height. The range covers every figure given, widened to whole steps
 * of 1, 2, 2.5 or 5 (times a power of ten) so the axis reads 40%, 45%, 50% rather than odd numbers.
 *
 * @param low the figure at the bottom
 * @param high the figure at the top
 * @param step the distance between two ticks
 * @param top the y of {@code high}
 * @param bottom the y of {@code low}, below {@code top} as SVG counts downwards
 */
public record ValueScale(BigDecimal low, BigDecimal high, BigDecimal step, double top, double bottom) {

    private static final double[] NICE = {1, 2, 2.5, 5, 10};

    /**
     * @param figures what the scale must show; nulls (missing figures) are ignored
     * @param intervals roughly how many steps the axis should have
     */
    public static ValueScale covering(Collection<BigDecimal> figures, int intervals, double top, double bottom) {
        List<BigDecimal> given = figures.stream().filter(Objects::nonNull).toList();
        BigDecimal min = given.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal max = given.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        if (min.compareTo(max) == 0) {
            // A flat line sits in the middle of a band around it, rather than on an edge of nothing.
            BigDecimal half = min.signum() == 0 ? BigDecimal.ONE : min.abs().divide(BigDecimal.TEN);
            min = min.subtract(half);
            max = max.add(half);
        }
        BigDecimal step = niceStep(max.subtract(min).doubleValue() / intervals);
        BigDecimal low = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal high = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
        return new ValueScale(low, high, step, top, bottom);
    }

    /** The y of a figure; figures outside the range land beyond the edges. */
    public double y(BigDecimal figure) {
        double share = figure.subtract(low).doubleValue() / high.subtract(low).doubleValue();
        return bottom - share * (bottom - top);
    }

    /** Every step from low to high, both included. */
    public List<BigDecimal> ticks() {
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal tick = low; tick.compareTo(high) <= 0; tick = tick.add(step)) {
            ticks.add(tick.stripTrailingZeros());
        }
        return ticks;
    }

    /** How many decimals a tick label needs: none for steps of 5, one for 2.5 or 0.5. */
    public int decimals() {
        return Math.max(0, step.stripTrailingZeros().scale());
    }

    private static BigDecimal niceStep(double rough) {
        int exponent = (int) Math.floor(Math.log10(rough));
        double fraction = rough / Math.pow(10, exponent);
        for (double nice : NICE) {
            if (fraction <= nice) {
                return new BigDecimal(Double.toString(nice)).scaleByPowerOfTen(exponent).stripTrailingZeros();
            }
        }
        throw new IllegalStateException("A fraction of at most 10 always finds a step");
    }
}
