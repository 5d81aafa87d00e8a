package org.improvementtracker.reports.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.improvementtracker.indicators.Benchmark;
import org.improvementtracker.indicators.BenchmarkKind;
import org.improvementtracker.indicators.Indicator;
import org.improvementtracker.indicators.IndicatorStanding;
import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.RatingLevel;
import org.improvementtracker.plans.RatingScale;
import org.improvementtracker.reporting.Movement;
import org.improvementtracker.reporting.Score;
import org.improvementtracker.reports.BoardPack;
import org.improvementtracker.reports.BoardPack.ActionRow;
import org.improvementtracker.reports.BoardPack.IndicatorRow;
import org.improvementtracker.reports.BoardPack.SectionPart;

/**
 * The board pack as a workbook: a Summary sheet, the rating key, a sheet of actions per section, then
 * Indicators, Exceptions, Completed and Glossary sheets.
 */
final class BoardPackExcel {


    private final ExcelBook book;
    private final BoardPack pack;
    private final Plan plan;
    private final RatingScale scale;

    BoardPackExcel(ExcelBook book, BoardPack pack) {
        this.book = book;
        this.pack = pack;
        this.plan = pack.plan();
        this.scale = plan.ratingScale();
    }

    void write() {
        summary();
        ExcelParts.ratingKey(book, plan, pack.ratingKey());
        pack.sections().forEach(this::actions);
        indicators();
        ExcelParts.exceptions(book.sheet(ExcelBook.EXCEPTIONS), plan, pack.exceptions());
        completed();
        glossary();
    }

    private void summary() {
        ExcelSheet sheet = book.sheet(ExcelBook.SUMMARY);
        ExcelParts.cover(sheet, pack, pack.period());
        sheet.line("Scores for " + pack.period().label() + " against " + pack.previousLabel());
        List<Column> columns = new ArrayList<>(List.of(Column.medium(plan.sectionLabel()), Column.narrow("Previous score"),
                Column.narrow("Current score"), Column.narrow("Movement")));
        scale.levels().forEach(level -> columns.add(Column.narrow(level.text())));
        columns.add(Column.narrow("Not rated"));
        sheet.table(columns);
        pack.sections().forEach(part -> scoreRow(sheet.row().text(part.section().heading()), part.score().previous(),
                part.score().score(), part.score().movement(), part.score().distribution()));
        scoreRow(sheet.row().text("Whole plan"), pack.scores().previous(), pack.scores().score(),
                pack.scores().movement(), pack.scores().distribution());
    }

    private void scoreRow(ExcelSheet row, Score previous, Score current, Movement movement,
            Map<Integer, Integer> distribution) {
        row.score(previous).score(current).text(movement.label());
        for (RatingLevel level : scale.levels()) {
            row.count(distribution.getOrDefault(level.value(), 0));
        }
        row.count(current.notRated());
    }

    /** A section's sheet: one row per action, one column per period of ratings. */
    private void actions(SectionPart part) {
        ExcelSheet sheet = book.sheetFor(part.section().heading());
        List<Column> columns = new ArrayList<>(List.of(Column.narrow("Reference"), Column.wide(plan.outcomeLabel()),
                Column.wide("Action"), Column.wide("Success measures"), Column.medium("Lead"),
                Column.medium("Responsible officer"), Column.narrow("Due date"), Column.medium("Original timescale")));
        pack.ratingPeriods().forEach(period -> columns.add(Column.medium(period.label())));
        columns.add(Column.wide("Latest update"));
        columns.add(Column.wide("Evidence of impact"));
        sheet.table(columns);
        for (ActionRow row : part.actions()) {
            Action action = row.progress().action();
            sheet.row().text(action.reference()).text(row.outcome() == null ? "" : row.outcome().text())
                    .text(action.description()).lines(row.measureTexts()).text(action.leadName())
                    .text(action.responsibleName()).date(action.dueDate()).text(action.timescaleText());
            row.ratings().forEach(rating -> sheet.rating(scale, rating));
            sheet.text(row.latestUpdate()).text(row.evidence());
        }
    }

    private void indicators() {
        ExcelSheet sheet = book.sheet(ExcelBook.INDICATORS);
        List<Column> columns = new ArrayList<>(List.of(Column.medium(plan.sectionLabel()), Column.narrow("Code"),
                Column.wide("Indicator"), Column.narrow("Unit"), Column.medium("Polarity"), Column.narrow("Month"),
                Column.narrow("Latest"), Column.narrow("Year to date"), Column.narrow("Target"),
                Column.medium("Direction of travel"), Column.medium("Status"), Column.narrow("Baseline year"),
                Column.narrow("Baseline")));
        for (BenchmarkKind kind : BenchmarkKind.values()) {
            columns.add(Column.narrow(kind.label()));
        }
        columns.add(Column.wide("Benchmarks as published"));
        columns.add(Column.wide("Notes"));
        sheet.table(columns);
        pack.planIndicators().forEach(row -> indicator(sheet, "Whole plan", row));
        pack.sections().forEach(part -> part.indicators().forEach(row -> indicator(sheet, part.section().heading(), row)));
    }

    private static void indicator(ExcelSheet sheet, String section, IndicatorRow row) {
        IndicatorStanding standing = row.standing();
        Indicator indicator = standing.indicator();
        sheet.row().text(section).text(indicator.code()).text(indicator.name()).text(indicator.unit().label())
                .text(indicator.polarity().label()).month(standing.latest().month())
                .figure(indicator, standing.latest().figure(), row.latest())
                .figure(indicator, standing.yearToDate().value(), row.yearToDate())
                .figure(indicator, standing.target().target(), row.target())
                .text(standing.direction().label()).text(standing.status().label())
                .text(indicator.baselineLabel()).figure(indicator, indicator.baselineValue(), "No baseline");
        for (BenchmarkKind kind : BenchmarkKind.values()) {
            sheet.figure(indicator, standing.benchmark(kind).map(Benchmark::value).orElse(null), "");
        }
        sheet.text(row.benchmarks()).text(row.note());
    }

    private void completed() {
        ExcelSheet sheet = book.sheet(ExcelBook.COMPLETED).line("Completed since " + pack.previousLabel())
                .table(List.of(Column.narrow("Reference"), Column.wide("Action"), Column.medium(plan.sectionLabel()),
                        Column.medium("Rating")));
        pack.completed().forEach(done -> sheet.row().text(done.progress().action().reference())
                .text(done.progress().action().description()).text(done.section().heading())
                .rating(scale, done.progress().current()));
    }

    private void glossary() {
        ExcelSheet sheet = book.sheet(ExcelBook.GLOSSARY).table(List.of(Column.medium("Abbreviation"), Column.wide("Meaning")));
        pack.glossary().forEach(term -> sheet.row().text(term.abbreviation()).text(term.meaning()));
    }
}
