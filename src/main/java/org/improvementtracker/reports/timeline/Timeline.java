package org.improvementtracker.reports.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.Section;
import org.improvementtracker.reporting.Period;

/**
 * The plan's actions on a month-by-month chart by due date, grouped by section, with the milestones
 * (success measures with a target date) and which actions are overdue.
 *
 * @param period the period whose ratings decide what is complete and so what is overdue: the one taking
 *        updates, else the latest closed; null when the plan has none yet
 * @param undated actions without a due date, listed with their own timescale text
 */
public record Timeline(Plan plan, Period period, LocalDate today, List<TimelineColumn> columns,
        List<SectionRows> sections, List<Row> undated) {

    public record SectionRows(Section section, List<Row> rows) {
    }

    /** An action's row. */
    public record Row(Action action, Section section, boolean overdue, List<Milestone> milestones) {

        /** Whether the column holds the due date of an overdue action, which it shades. */
        public boolean overdueIn(TimelineColumn column) {
            return overdue && column.holds(action.dueDate());
        }

        /** The markers in one column: the due date first, then the milestones, in date order. */
        public List<Marker> markers(TimelineColumn column) {
            List<Marker> markers = new ArrayList<>();
            if (action.dueDate() != null && column.holds(action.dueDate())) {
                markers.add(new Marker(overdue ? MarkerKind.OVERDUE : MarkerKind.DUE, null, action.dueDate()));
            }
            milestones.stream().filter(milestone -> column.holds(milestone.date()))
                    .forEach(milestone -> markers.add(new Marker(MarkerKind.MILESTONE, milestone.text(), milestone.date())));
            return markers;
        }
    }

    /** A success measure with a target date. */
    public record Milestone(String text, LocalDate date) {
    }

    public enum MarkerKind {
        DUE("●", "Due"), OVERDUE("●!", "Overdue: was due"), MILESTONE("◆", "Milestone:");

        private final String symbol;
        private final String words;

        MarkerKind(String symbol, String words) {
            this.symbol = symbol;
            this.words = words;
        }

        public String symbol() {
            return symbol;
        }

        public String words() {
            return words;
        }
    }

    /** @param text the milestone's words; null for a due date */
    public record Marker(MarkerKind kind, String text, LocalDate date) {

        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

        /** What the symbol means, for screen readers and the tooltip: "Due 15 March 2026", "Milestone: …". */
        public String words() {
            return kind.words() + " " + (text == null ? "" : text + ", ") + DAY.format(date);
        }
    }
}
