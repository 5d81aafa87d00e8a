package org.improvementtracker.reporting.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.improvementtracker.reporting.Movement;
import org.improvementtracker.reporting.PeriodScores;
import org.improvementtracker.reporting.Score;
import org.improvementtracker.reporting.SectionScore;

/**
 * GET /api/plans/{planId}/scores: the summary table as data. Scores are the unrounded means to three
 * decimals, with the one-decimal figure the pages show beside them; a score with nothing rated is
 * null, never 0.
 */
record ScoresJson(PeriodJson period, PeriodJson previousPeriod, PlanScoreJson plan, List<SectionScoreJson> sections) {

    /** Three decimals keep the difference between 2.25 and 2.249 that the one-decimal display hides. */
    private static final int DECIMALS = 3;

    record PlanScoreJson(BigDecimal score, String display, BigDecimal previousScore, String movement, int rated,
            int notRated, Map<String, Integer> distribution) {
    }

    record SectionScoreJson(long sectionId, String number, String title, BigDecimal score, String display,
            BigDecimal previousScore, String movement, int rated, int notRated, Map<String, Integer> distribution) {
    }

    static ScoresJson of(PeriodScores scores) {
        Score score = scores.score();
        return new ScoresJson(PeriodJson.of(scores.period()), PeriodJson.of(scores.previousPeriod()),
                new PlanScoreJson(value(score), display(score), value(scores.previous()), movement(scores.movement()),
                        score.rated(), score.notRated(), distribution(scores.distribution())),
                scores.sections().stream().map(ScoresJson::section).toList());
    }

    private static SectionScoreJson section(SectionScore section) {
        Score score = section.score();
        return new SectionScoreJson(section.section().id(), section.section().number(), section.section().title(),
                value(score), display(score), value(section.previous()), movement(section.movement()),
                score.rated(), score.notRated(), distribution(section.distribution()));
    }

    private static BigDecimal value(Score score) {
        return score.isRated() ? score.value().setScale(DECIMALS, RoundingMode.HALF_UP) : null;
    }

    private static String display(Score score) {
        return score.isRated() ? score.display() : null;
    }

    /** "improved", "declined", "unchanged" or "not comparable". */
    private static String movement(Movement movement) {
        return movement.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static Map<String, Integer> distribution(Map<Integer, Integer> byRating) {
        Map<String, Integer> byKey = new LinkedHashMap<>();
        byRating.forEach((rating, count) -> byKey.put(String.valueOf(rating), count));
        return byKey;
    }
}
