package org.improvementtracker.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.improvementtracker.indicators.Indicator;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.RatingLevel;
import org.improvementtracker.reporting.Movement;
import org.improvementtracker.reporting.PeriodScores;
import org.improvementtracker.reporting.Score;
import org.improvementtracker.reporting.SectionScore;
import org.improvementtracker.reports.BoardPack.ExceptionRow;
import org.improvementtracker.reports.BoardPack.IndicatorRow;

/**
 * The committee summary's paragraphs, written from the board pack's own figures so that the words and
 * the tables never disagree: ratings and the plan's score, sections that moved, overdue actions,
 * indicators off target. Scores are compared as displayed, to one decimal, as {@link Movement} does.
 */
final class SummaryNarrative {

    private SummaryNarrative() {
    }

    /**
     * @param scores the pack's summary table
     * @param overdue the pack's overdue actions
     * @param indicators every indicator of the pack
     * @param offTarget those of them that missed their target
     */
    static List<String> of(PeriodScores scores, List<ExceptionRow> overdue, List<IndicatorRow> indicators,
            List<IndicatorRow> offTarget) {
        return List.of(ratings(scores) + " " + planScore(scores), sections(scores),
                overdue(overdue.stream().map(row -> row.progress().action().reference()).toList()),
                indicators(indicators.size(), offTarget.stream().map(SummaryNarrative::missed).toList()));
    }

    /** "Of the plan's 14 actions in June 2025, 3 are rated 1 Red, 1 is rated 3 Green and 2 are not rated." */
    static String ratings(PeriodScores scores) {
        Score score = scores.score();
        int actions = score.rated() + score.notRated();
        String period = scores.period().label();
        if (actions == 0) {
            return "The plan had no actions to rate in " + period + ".";
        }
        Map<Integer, Integer> distribution = scores.distribution();
        List<String> counts = new ArrayList<>();
        for (RatingLevel level : scores.plan().ratingScale().levels()) {
            int count = distribution.getOrDefault(level.value(), 0);
            if (count > 0) {
                counts.add(count + " " + Phrases.is(count) + " rated " + level.text());
            }
        }
        if (score.notRated() > 0) {
            counts.add(score.notRated() + " " + Phrases.is(score.notRated()) + " not rated");
        }
        return "Of the plan's " + Phrases.count(actions, "action") + " in " + period + ", " + Phrases.list(counts) + ".";
    }

    /** "The plan's score is 2.9, up from 2.5 in May 2025." */
    static String planScore(PeriodScores scores) {
        if (!scores.score().isRated()) {
            return "The plan has no score for " + scores.period().label() + ", as no action was rated.";
        }
        String now = "The plan's score is " + scores.score().display();
        String before = previousWords(scores);
        return switch (scores.movement()) {
            case IMPROVED -> now + ", up from " + scores.previous().display() + " " + before + ".";
            case DECLINED -> now + ", down from " + scores.previous().display() + " " + before + ".";
            case UNCHANGED -> now + ", the same as " + before + ".";
            case NOT_COMPARABLE -> now + "; there was no score " + before + " to compare it with.";
        };
    }

    /** Which sections improved or declined, by how much, named as the plan names them. */
    static String sections(PeriodScores scores) {
        Plan plan = scores.plan();
        String since = "since " + previousLabel(scores);
        List<String> improved = moved(scores, Movement.IMPROVED);
        List<String> declined = moved(scores, Movement.DECLINED);
        String singular = plan.sectionLabel().toLowerCase(Locale.UK);
        String plural = plan.sectionLabelPlural().toLowerCase(Locale.UK);
        if (improved.isEmpty() && declined.isEmpty()) {
            boolean compared = scores.sections().stream().anyMatch(s -> s.movement() == Movement.UNCHANGED);
            return compared ? "No " + singular + "'s score changed " + since + "."
                    : "No " + singular + " has a score " + previousWords(scores) + " to compare with.";
        }
        List<String> sentences = new ArrayList<>();
        if (!improved.isEmpty()) {
            sentences.add(Phrases.count(improved.size(), singular, plural) + " improved " + since + ": "
                    + Phrases.list(improved) + ".");
        }
        if (!declined.isEmpty()) {
            sentences.add(Phrases.count(declined.size(), singular, plural) + " declined " + since + ": "
                    + Phrases.list(declined) + ".");
        }
        return String.join(" ", sentences);
    }

    /** "No action is overdue.", or how many and their references. */
    static String overdue(List<String> references) {
        if (references.isEmpty()) {
            return "No action is overdue.";
        }
        return Phrases.countIs(references.size(), "action") + " overdue: " + Phrases.list(references) + ".";
    }

    /**
     * How many of the plan's indicators missed their target, naming each.
     *
     * @param missed each indicator off target, as {@link #missed(IndicatorRow)} names it
     */
    static String indicators(int indicators, List<String> missed) {
        if (indicators == 0) {
            return "The plan has no indicators to report on.";
        }
        String ofAll = "of the plan's " + Phrases.count(indicators, "indicator");
        if (missed.isEmpty()) {
            return "None " + ofAll + " is off target.";
        }
        return missed.size() + " " + ofAll + " " + Phrases.is(missed.size()) + " off target: "
                + Phrases.list(missed) + ".";
    }

    /** "Assessments on time (FD1: 42.5% against a target of 60.0%)". */
    static String missed(IndicatorRow row) {
        Indicator indicator = row.standing().indicator();
        return indicator.name() + " (" + indicator.code() + ": " + row.latest() + " against a target of "
                + row.target() + ")";
    }

    /** "1. Front door (2.0 to 2.3, up 0.3)" for each section that moved this way. */
    private static List<String> moved(PeriodScores scores, Movement movement) {
        return scores.sections().stream().filter(section -> section.movement() == movement)
                .map(SummaryNarrative::movedBy).toList();
    }

    private static String movedBy(SectionScore section) {
        BigDecimal change = section.score().rounded().subtract(section.previous().rounded());
        return section.section().heading() + " (" + section.previous().display() + " to " + section.score().display()
                + ", " + (change.signum() > 0 ? "up " : "down ") + change.abs().toPlainString() + ")";
    }

    private static String previousLabel(PeriodScores scores) {
        return scores.previousPeriod() == null ? "the initial ratings" : scores.previousPeriod().label();
    }

    /** "in May 2025", or "in the initial ratings" when the period is the plan's first. */
    private static String previousWords(PeriodScores scores) {
        return "in " + previousLabel(scores);
    }
}
