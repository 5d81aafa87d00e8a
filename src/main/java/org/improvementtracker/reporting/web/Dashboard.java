package org.improvementtracker.reporting.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.improvementtracker.plans.RatingScale;
import org.improvementtracker.plans.Section;
import org.improvementtracker.reporting.ActionProgress;
import org.improvementtracker.reporting.ExceptionReasons;
import org.improvementtracker.reporting.PeriodProgress;
import org.improvementtracker.reporting.PeriodScores;
import org.improvementtracker.reporting.SectionScore;

/**
 * The plan dashboard for one period: the summary table, the exceptions and, per section, its actions
 * with the completed-and-removed ones apart. Scores count archived actions rated in the period; the
 * action tables list the plan's live actions.
 */
record Dashboard(PeriodScores scores, PeriodProgress progress, List<SectionActions> sections,
        List<ExceptionRow> exceptions) {

    /** One section's score with its actions: those in the main table and those completed and removed. */
    record SectionActions(SectionScore score, List<ActionProgress> actions, List<ActionProgress> removed) {

        public Section section() {
            return score.section();
        }
    }

    /** An action the board should look at, the section it sits in, and why it is listed, in words. */
    record ExceptionRow(ActionProgress progress, Section section, List<String> reasons) {

        static ExceptionRow of(ActionProgress progress, Section section, RatingScale scale) {
            return new ExceptionRow(progress, section, ExceptionReasons.of(progress, scale));
        }
    }

    static Dashboard of(PeriodScores scores, PeriodProgress progress) {
        Map<Long, List<ActionProgress>> main = bySection(progress.mainTable());
        Map<Long, List<ActionProgress>> removed = bySection(progress.removed());
        List<SectionActions> sections = scores.sections().stream()
                .map(score -> new SectionActions(score, main.getOrDefault(score.section().id(), List.of()),
                        removed.getOrDefault(score.section().id(), List.of())))
                .toList();
        Map<Long, Section> sectionsById = scores.sections().stream().map(SectionScore::section)
                .collect(Collectors.toMap(Section::id, Function.identity()));
        List<ExceptionRow> exceptions = progress.exceptions().stream()
                .map(exception -> ExceptionRow.of(exception, sectionsById.get(exception.action().sectionId()),
                        scores.plan().ratingScale()))
                .toList();
        return new Dashboard(scores, progress, sections, exceptions);
    }

    private static Map<Long, List<ActionProgress>> bySection(List<ActionProgress> actions) {
        return actions.stream().collect(Collectors.groupingBy(progress -> progress.action().sectionId()));
    }
}
