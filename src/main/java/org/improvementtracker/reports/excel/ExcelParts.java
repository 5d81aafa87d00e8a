package org.improvementtracker.reports.excel;

import java.util.List;

import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.RatingLevel;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reports.BoardPack;
import org.improvementtracker.reports.Report;

/** The parts every workbook shares: the cover's facts, the rating key and the exceptions table. */
final class ExcelParts {


    private ExcelParts() {
    }

    /** The report's title and the facts the board needs first, above the sheet's table. */
    static void cover(ExcelSheet sheet, Report report, Period period) {
        BoardPack.Cover cover = report.cover();
        sheet.line(report.title() + ": " + cover.periodLabel())
                .fact("Plan", cover.planTitle())
                .fact("Organisation", cover.organisationName())
                .fact("Period", cover.periodLabel())
                .fact("Starts", period.startsOn())
                .fact("Ends", period.endsOn())
                .fact("Produced", cover.produced())
                .fact("For", cover.boardName())
                .gap();
    }

    static void ratingKey(ExcelBook book, Plan plan, List<RatingLevel> levels) {
        ExcelSheet sheet = book.sheet(ExcelBook.RATING_KEY).line(plan.ratingScale().label())
                .table(List.of(Column.medium("Rating"), Column.wide("What it means")));
        levels.forEach(level -> sheet.row().rating(plan.ratingScale(), level.value()).text(level.definition()));
    }

    static void exceptions(ExcelSheet sheet, Plan plan, List<BoardPack.ExceptionRow> exceptions) {
        sheet.table(List.of(Column.narrow("Reference"), Column.wide("Action"), Column.medium(plan.sectionLabel()),
                Column.medium("Current rating"), Column.wide("Why it is listed")));
        exceptions.forEach(exception -> sheet.row().text(exception.progress().action().reference())
                .text(exception.progress().action().description()).text(exception.section().heading())
                .rating(plan.ratingScale(), exception.progress().current()).lines(exception.reasons()));
    }
}
