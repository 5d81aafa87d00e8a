package org.improvementtracker.reports.word;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.RatingLevel;
import org.improvementtracker.plans.RatingScale;
import org.improvementtracker.reporting.Movement;
import org.improvementtracker.reporting.PeriodScores;
import org.improvementtracker.reporting.Score;
import org.improvementtracker.reports.BoardPack;
import org.improvementtracker.reports.BoardPack.ActionRow;
import org.improvementtracker.reports.BoardPack.IndicatorRow;
import org.improvementtracker.reports.BoardPack.SectionPart;

/** The board pack as a Word document, in the order of DESIGN.md section 5. */
final class BoardPackWord {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final WordDocument document;
    private final BoardPack pack;
    private final Plan plan;
    private final RatingScale scale;

    BoardPackWord(WordDocument document, BoardPack pack) {
        this.document = document;
        this.pack = pack;
        this.plan = pack.plan();
        this.scale = plan.ratingScale();
    }

    void write() {
        WordParts.cover(document, pack, pack.period());
        WordParts.ratingKey(document, plan, pack.ratingKey());
        summary();
        if (!pack.planIndicators().isEmpty()) {
            document.heading(1, "Indicators for the whole plan");
            indicators(pack.planIndicators());
        }
        pack.sections().forEach(this::section);
        WordParts.exceptions(document, plan, pack.exceptions());
        completed();
        glossary();
    }

    private void summary() {
        PeriodScores scores = pack.scores();
        document.heading(1, "Summary");
        document.paragraph("Scores for " + pack.period().label() + " against " + pack.previousLabel());
        List<String> headers = new ArrayList<>(List.of(plan.sectionLabel(), "Previous score", "Current score", "Movement"));
        scale.levels().forEach(level -> headers.add(level.text()));
        headers.add("Not rated");
        WordTable table = document.table(headers);
        pack.sections().forEach(part -> scoreRow(table.row().text(part.section().heading()), part.score().previous(),
                part.score().score(), part.score().movement(), part.score().distribution()));
        scoreRow(table.row().text("Whole plan"), scores.previous(), scores.score(), scores.movement(),
                scores.distribution());
        if (!pack.options().sections().isEmpty()) {
            document.paragraph("The whole plan's score is over every " + plan.sectionLabel().toLowerCase(Locale.UK)
                    + ", including those not shown in this pack.");
        }
    }

    private void scoreRow(WordTable row, Score previous, Score current, Movement movement,
            Map<Integer, Integer> distribution) {
        row.text(previous.display()).text(current.display()).text(movement.label());
        for (RatingLevel level : scale.levels()) {
            row.text(String.valueOf(distribution.getOrDefault(level.value(), 0)));
        }
        row.text(String.valueOf(current.notRated()));
    }

    private void section(SectionPart part) {
        document.heading(1, part.section().heading());
        document.paragraph("Score " + part.score().score().display() + ", previously " + part.score().previous().display()
                + " (" + part.score().movement().label().toLowerCase(Locale.UK) + ")");
        document.heading(2, "Indicators");
        if (part.indicators().isEmpty()) {
            document.paragraph("No indicators.");
        } else {
            indicators(part.indicators());
        }
        document.heading(2, "Actions");
        if (part.actions().isEmpty()) {
            document.paragraph(pack.options().exceptionsOnly() ? "No action is among the exceptions." : "No actions.");
        } else {
            actions(part.actions());
        }
    }

    private void indicators(List<IndicatorRow> rows) {
        WordTable table = document.table(List.of("Indicator", "Polarity", "Baseline and benchmarks", "Last six months",
                "Latest", "Year to date", "Target", "Direction of travel", "Status", "Notes"))
                .widths(List.of(4, 2, 4, 5, 2, 3, 2, 3, 3, 4));
        for (IndicatorRow row : rows) {
            var indicator = row.standing().indicator();
            table.row().text(indicator.code() + ": " + indicator.name())
                    .text(indicator.polarity().label())
                    .text(row.benchmarks().isEmpty() ? row.baseline() : row.baseline() + "\n" + row.benchmarks())
                    .text(row.sparkline().label())
                    .text(row.latest())
                    .text(row.yearToDate())
                    .text(row.target())
                    .text(row.standing().direction().label())
                    .text(row.standing().status().label())
                    .text(row.note());
        }
    }

    private void actions(List<ActionRow> rows) {
        List<String> headers = new ArrayList<>(List.of("Reference", plan.outcomeLabel(), "Action", "Success measures",
                "Lead", "Responsible officer", "Due"));
        pack.ratingPeriods().forEach(period -> headers.add(period.label()));
        headers.add("Latest update");
        headers.add("Evidence of impact");
        List<Integer> weights = new ArrayList<>(List.of(4, 4, 6, 4, 4, 5, 4));
        pack.ratingPeriods().forEach(period -> weights.add(4));
        weights.addAll(List.of(6, 5));
        WordTable table = document.table(headers).widths(weights);
        for (ActionRow row : rows) {
            Action action = row.progress().action();
            table.row().text(action.reference())
                    .text(row.outcome() == null ? "" : row.outcome().text())
                    .text(action.description())
                    .lines(row.measureTexts())
                    .text(action.leadName())
                    .text(action.responsibleName())
                    .text(due(action));
            row.ratings().forEach(rating -> table.rating(scale, rating));
            table.text(row.latestUpdate()).text(row.evidence());
        }
    }

    /** The due date and, beneath it, the timescale as the plan wrote it. */
    private static String due(Action action) {
        List<String> lines = new ArrayList<>();
        if (action.dueDate() != null) {
            lines.add(DUE.format(action.dueDate()));
        }
        if (action.timescaleText() != null && !action.timescaleText().isBlank()) {
            lines.add("Plan said: " + action.timescaleText());
        }
        return String.join("\n", lines);
    }

    private void completed() {
        document.heading(1, "Completed since " + pack.previousLabel());
        if (pack.completed().isEmpty()) {
            document.paragraph("No action was completed in this period.");
            return;
        }
        WordTable table = document.table(List.of("Action", plan.sectionLabel(), "Rating"));
        pack.completed().forEach(done -> table.row()
                .text(done.progress().action().reference() + "\n" + done.progress().action().description())
                .text(done.section().heading())
                .rating(scale, done.progress().current()));
    }

    private void glossary() {
        document.heading(1, "Glossary");
        if (pack.glossary().isEmpty()) {
            document.paragraph("The plan has no glossary.");
            return;
        }
        WordTable table = document.table(List.of("Abbreviation", "Meaning"));
        pack.glossary().forEach(term -> table.row().text(term.abbreviation()).text(term.meaning()));
    }
}
