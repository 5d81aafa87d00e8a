package org.improvementtracker.reports.word;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.RatingLevel;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reports.BoardPack;
import org.improvementtracker.reports.Report;

/** The parts every Word report opens with or shares: the cover, the rating key and the exceptions. */
final class WordParts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private WordParts() {
    }

    /** The report's title and the facts the board needs first: plan, organisation, period, date, board. */
    static void cover(WordDocument document, Report report, Period period) {
        BoardPack.Cover cover = report.cover();
        document.title(report.title() + ": " + cover.periodLabel());
        document.fact("Plan", cover.planTitle());
        document.fact("Organisation", cover.organisationName());
        document.fact("Period", cover.periodLabel() + " (" + DAY.format(period.startsOn()) + " to "
                + DAY.format(period.endsOn()) + ")");
        document.fact("Produced", DAY.format(cover.produced()));
        document.fact("For", cover.boardName());
    }

    static void ratingKey(WordDocument document, Plan plan, List<RatingLevel> levels) {
        document.heading(1, "Rating key");
        document.paragraph(plan.ratingScale().label());
        WordTable table = document.table(List.of("Rating", "What it means"));
        levels.forEach(level -> table.row().rating(plan.ratingScale(), level.value()).text(level.definition()));
    }

    static void exceptions(WordDocument document, Plan plan, List<BoardPack.ExceptionRow> exceptions) {
        document.heading(1, "Exceptions");
        if (exceptions.isEmpty()) {
            document.paragraph("No action is rated red, has declined, is overdue, is missing its update or has stalled.");
            return;
        }
        document.paragraph("Actions rated red or declined, overdue, with no update, or stalled");
        WordTable table = document.table(List.of("Action", plan.sectionLabel(), "Current rating", "Why it is listed"));
        exceptions.forEach(exception -> table.row()
                .text(exception.progress().action().reference() + "\n" + exception.progress().action().description())
                .text(exception.section().heading())
                .rating(plan.ratingScale(), exception.progress().current())
                .lines(exception.reasons()));
    }
}
