package org.improvementtracker.reports.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.improvementtracker.reports.timeline.Timeline;
import org.improvementtracker.reports.timeline.TimelineColumn;

/**
 * The timeline in the API: its columns, and each section's actions with their due date, original
 * timescale, whether they are overdue, and their milestones.
 *
 * @param period the label of the period whose ratings decide what is overdue, or null before any period
 */
record TimelineJson(long planId, String period, LocalDate today, List<ColumnJson> columns, List<SectionJson> sections,
        List<ActionJson> undated) {

    record ColumnJson(String label, YearMonth first, YearMonth last) {
    }

    record SectionJson(long sectionId, String heading, List<ActionJson> actions) {
    }

    record ActionJson(long actionId, String reference, String description, LocalDate dueDate, String timescale,
            boolean overdue, List<Timeline.Milestone> milestones) {
    }

    static TimelineJson of(Timeline timeline) {
        return new TimelineJson(timeline.plan().id(), timeline.period() == null ? null : timeline.period().label(),
                timeline.today(), timeline.columns().stream().map(TimelineJson::column).toList(),
                timeline.sections().stream().map(part -> new SectionJson(part.section().id(), part.section().heading(),
                        part.rows().stream().map(TimelineJson::action).toList())).toList(),
                timeline.undated().stream().map(TimelineJson::action).toList());
    }

    private static ColumnJson column(TimelineColumn column) {
        return new ColumnJson(column.label(), column.first(), column.last());
    }

    private static ActionJson action(Timeline.Row row) {
        var action = row.action();
        return new ActionJson(action.id(), action.reference(), action.description(), action.dueDate(),
                action.timescaleText(), row.overdue(), row.milestones());
    }
}
