package org.improvementtracker.reports.excel;

import java.util.List;

import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.RatingScale;
import org.improvementtracker.reporting.PeriodScores;
import org.improvementtracker.reports.CommitteeSummary;

/**
 * The committee summary as a small workbook: the introduction, narrative and actions at each rating
 * on the first sheet, then the sections' scores, the overdue actions and the indicators off target.
 */
final class SummaryExcel {


    private final ExcelBook book;
    private final CommitteeSummary summary;
    private final Plan plan;

    SummaryExcel(ExcelBook book, CommitteeSummary summary) {
        this.book = book;
        this.summary = summary;
        this.plan = summary.plan();
    }

    void write() {
        ExcelSheet sheet = book.sheet(ExcelBook.SUMMARY);
        ExcelParts.cover(sheet, summary, summary.period());
        if (summary.introduction() != null && !summary.introduction().isBlank()) {
            sheet.line("Introduction").line(summary.introduction()).gap();
        }
        sheet.line("Summary of progress");
        summary.narrative().forEach(sheet::line);
        sheet.gap();
        ratings(sheet);
        sections();
        overdue();
        offTarget();
    }

    private void ratings(ExcelSheet sheet) {
        RatingScale scale = plan.ratingScale();
        PeriodScores scores = summary.scores();
        sheet.table(List.of(Column.wide("Rating"), Column.wide("Actions")));
        scores.distribution().forEach((value, count) -> sheet.row().rating(scale, value).count(count));
        sheet.row().rating(scale, null).count(scores.score().notRated());
    }

    private void sections() {
        PeriodScores scores = summary.scores();
        ExcelSheet sheet = book.sheetFor(plan.sectionLabelPlural());
        sheet.table(List.of(Column.medium(plan.sectionLabel()), Column.narrow("Previous score"),
                Column.narrow("Current score"), Column.narrow("Movement")));
        scores.sections().forEach(section -> sheet.row().text(section.section().heading()).score(section.previous())
                .score(section.score()).text(section.movement().label()));
        sheet.row().text("Whole plan").score(scores.previous()).score(scores.score()).text(scores.movement().label());
    }

    private void overdue() {
        ExcelSheet sheet = book.sheet(ExcelBook.OVERDUE).table(List.of(Column.narrow("Reference"), Column.wide("Action"),
                Column.medium(plan.sectionLabel()), Column.narrow("Due date"), Column.wide("Why it is listed")));
        summary.overdue().forEach(row -> sheet.row().text(row.progress().action().reference())
                .text(row.progress().action().description()).text(row.section().heading())
                .date(row.progress().action().dueDate()).lines(row.reasons()));
    }

    private void offTarget() {
        ExcelSheet sheet = book.sheet(ExcelBook.OFF_TARGET).table(List.of(Column.narrow("Code"), Column.wide("Indicator"),
                Column.narrow("Latest"), Column.narrow("Target"), Column.medium("Status")));
        summary.offTarget().forEach(row -> {
            var indicator = row.standing().indicator();
            sheet.row().text(indicator.code()).text(indicator.name())
                    .figure(indicator, row.standing().latest().figure(), row.latest())
                    .figure(indicator, row.standing().target().target(), row.target())
                    .text(row.standing().status().label());
        });
    }
}
