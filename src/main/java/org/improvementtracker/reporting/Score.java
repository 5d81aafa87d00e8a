package org.improvementtracker.reporting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A section's or a plan's score for a period (DESIGN.md section 3). The value is kept unrounded and
 * rounded half up to one decimal only for display, as Excel shows it: 2.25 shows as 2.3. Actions
 * not rated never enter the mean; they are counted on their own.
 *
 * @param value the unrounded mean, or null when nothing was rated
 * @param rated how many actions' ratings went into it
 * @param notRated how many actions had no rating
 */
public record Score(BigDecimal value, int rated, int notRated) {

    /** Far more digits than any plan needs, so the one rounding that matters is the displayed one. */
    private static final MathContext PRECISION = MathContext.DECIMAL128;

    /** A section's score: the mean of its actions' ratings; null, 0 and below are "not rated". */
    public static Score ofRatings(Collection<Integer> ratings) {
        List<Integer> rated = ratings.stream().filter(Objects::nonNull).filter(rating -> rating > 0).toList();
        int notRated = ratings.size() - rated.size();
        if (rated.isEmpty()) {
            return new Score(null, 0, notRated);
        }
        BigDecimal sum = BigDecimal.valueOf(rated.stream().mapToLong(Integer::longValue).sum());
        return new Score(sum.divide(BigDecimal.valueOf(rated.size()), PRECISION), rated.size(), notRated);
    }

    /** The plan's score: the mean of its sections' scores, not of all its actions. */
    public static Score ofSections(Collection<Score> sections) {
        List<BigDecimal> scored = sections.stream().map(Score::value).filter(Objects::nonNull).toList();
        int rated = sections.stream().mapToInt(Score::rated).sum();
        int notRated = sections.stream().mapToInt(Score::notRated).sum();
        if (scored.isEmpty()) {
            return new Score(null, rated, notRated);
        }
        BigDecimal sum = scored.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Score(sum.divide(BigDecimal.valueOf(scored.size()), PRECISION), rated, notRated);
    }

    public boolean isRated() {
        return value != null;
    }

    /** One decimal place, half up, from the unrounded value; null when nothing was rated. */
    public BigDecimal rounded() {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }

    /** "2.3", or "Not rated". */
    public String display() {
        return value == null ? "Not rated" : rounded().toPlainString();
    }
}
