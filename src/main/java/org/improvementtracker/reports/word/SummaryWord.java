package org.improvementtracker.reports.word;

import java.util.List;

import org.improvementtracker.plans.RatingScale;
import org.improvementtracker.reporting.PeriodScores;
import org.improvementtracker.reports.CommitteeSummary;

/** The committee summary as a Word document: the owner's introduction, the narrative, then small tables. */
final class SummaryWord {

    private final WordDocument document;
    private final CommitteeSummary summary;

    SummaryWord(WordDocument document, CommitteeSummary summary) {
        this.document = document;
        this.summary = summary;
    }

    void write() {
        WordParts.cover(document, summary, summary.period());
        if (summary.introduction() != null && !summary.introduction().isBlank()) {
            document.heading(1, "Introduction");
            document.paragraph(summary.introduction());
        }
        document.heading(1, "Summary of progress");
        summary.narrative().forEach(document::paragraph);
        ratings();
        sections();
        overdue();
        offTarget();
    }

    private void ratings() {
        PeriodScores scores = summary.scores();
        RatingScale scale = summary.plan().ratingScale();
        document.heading(2, "Actions at each rating");
        WordTable table = document.table(List.of("Rating", "Actions"));
        scores.distribution().forEach((value, count) -> table.row().rating(scale, value).text(String.valueOf(count)));
        table.row().rating(scale, null).text(String.valueOf(scores.score().notRated()));
    }

    private void sections() {
        PeriodScores scores = summary.scores();
        document.heading(2, summary.plan().sectionLabelPlural());
        WordTable table = document.table(List.of(summary.plan().sectionLabel(), "Previous score", "Current score",
                "Movement"));
        scores.sections().forEach(section -> table.row().text(section.section().heading())
                .text(section.previous().display()).text(section.score().display()).text(section.movement().label()));
        table.row().text("Whole plan").text(scores.previous().display()).text(scores.score().display())
                .text(scores.movement().label());
    }

    private void overdue() {
        document.heading(2, "Overdue actions");
        if (summary.overdue().isEmpty()) {
            document.paragraph("No action is overdue.");
            return;
        }
        WordTable table = document.table(List.of("Action", summary.plan().sectionLabel(), "Why it is listed"));
        summary.overdue().forEach(row -> table.row()
                .text(row.progress().action().reference() + "\n" + row.progress().action().description())
                .text(row.section().heading()).lines(row.reasons()));
    }

    private void offTarget() {
        document.heading(2, "Indicators off target");
        if (summary.offTarget().isEmpty()) {
            document.paragraph("No indicator is off target.");
            return;
        }
        WordTable table = document.table(List.of("Indicator", "Latest", "Target", "Status"));
        summary.offTarget().forEach(row -> table.row()
                .text(row.standing().indicator().code() + ": " + row.standing().indicator().name())
                .text(row.latest()).text(row.target()).text(row.standing().status().label()));
    }
}
