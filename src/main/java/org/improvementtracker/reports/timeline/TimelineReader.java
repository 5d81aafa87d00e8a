package org.improvementtracker.reports.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanTree;
import org.improvementtracker.plans.PlanTree.ActionNode;
import org.improvementtracker.reporting.ActionState;
import org.improvementtracker.reporting.ActionStates;
import org.improvementtracker.reporting.InitialRating;
import org.improvementtracker.reporting.InitialRatings;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.reporting.ProgressReader;
import org.improvementtracker.reports.timeline.Timeline.Milestone;
import org.improvementtracker.reports.timeline.Timeline.Row;
import org.improvementtracker.reports.timeline.Timeline.SectionRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the timeline from the plan's tree and, for what is overdue, reporting's derived action states
 * in the period the dashboard shows by default: a fixed number of statements however large the plan.
 */
@Service
@Transactional(readOnly = true)
public class TimelineReader {

    private final Clock clock;
    private final PlanReader plans;
    private final PeriodService periods;
    private final ProgressReader progress;
    private final InitialRatings initialRatings;

    TimelineReader(Clock clock, PlanReader plans, PeriodService periods, ProgressReader progress,
            InitialRatings initialRatings) {
        this.clock = clock;
        this.plans = plans;
        this.periods = periods;
        this.progress = progress;
        this.initialRatings = initialRatings;
    }

    public Timeline read(long organisationId, long planId) {
        PlanTree tree = plans.tree(organisationId, planId);
        LocalDate today = LocalDate.now(clock);
        Optional<Period> period = Period.reportedOn(periods.periods(organisationId, planId));
        Set<Long> overdue = period.map(shown -> progress.period(organisationId, planId, shown.id()).actions().stream()
                        .filter(action -> action.is(ActionState.OVERDUE)).map(action -> action.action().id())
                        .collect(Collectors.toSet()))
                .orElseGet(() -> overdueBeforeAnyPeriod(tree, initialRatings.ofPlan(organisationId, planId), today));
        List<SectionRows> sections = new ArrayList<>();
        List<Row> undated = new ArrayList<>();
        for (PlanTree.SectionNode node : tree.sections()) {
            List<Row> rows = new ArrayList<>();
            for (ActionNode action : actions(node)) {
                Row row = new Row(action.action(), node.section(), overdue.contains(action.action().id()),
                        action.measures().stream().filter(measure -> measure.targetDate() != null)
                                .map(measure -> new Milestone(measure.text(), measure.targetDate()))
                                .sorted(Comparator.comparing(Milestone::date)).toList());
                (action.action().dueDate() == null ? undated : rows).add(row);
            }
            sections.add(new SectionRows(node.section(), rows));
        }
        List<LocalDate> dates = sections.stream().flatMap(section -> section.rows().stream())
                .flatMap(row -> Stream.concat(Stream.of(row.action().dueDate()),
                        row.milestones().stream().map(Milestone::date)))
                .toList();
        return new Timeline(tree.plan(), period.orElse(null), today, TimelineColumns.of(dates, today), sections,
                undated);
    }

    /** As the dashboard: the period taking updates, else the latest closed. */

    /** Before any period only the initial ratings say what is complete: reporting's rule, on them alone. */
    private static Set<Long> overdueBeforeAnyPeriod(PlanTree tree, Map<Long, InitialRating> initial, LocalDate today) {
        return tree.sections().stream().flatMap(node -> actions(node).stream()).map(ActionNode::action)
                .filter(action -> ActionStates.of(tree.plan().ratingScale(), action.dueDate(), List.of(),
                        initial.containsKey(action.id()) ? initial.get(action.id()).rating() : null, null, false, today)
                        .contains(ActionState.OVERDUE))
                .map(Action::id).collect(Collectors.toSet());
    }

    /** In the plan's order: by outcome, then the actions outside any outcome. */
    private static List<ActionNode> actions(PlanTree.SectionNode node) {
        return Stream.concat(node.outcomes().stream().flatMap(outcome -> outcome.actions().stream()),
                node.actionsWithoutOutcome().stream()).toList();
    }
}
