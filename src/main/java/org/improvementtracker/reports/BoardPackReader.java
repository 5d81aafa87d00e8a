package org.improvementtracker.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.improvementtracker.indicators.IndicatorReader;
import org.improvementtracker.indicators.IndicatorStanding;
import org.improvementtracker.indicators.web.chart.Sparkline;
import org.improvementtracker.plans.Outcome;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.PlanTree;
import org.improvementtracker.plans.RatingScale;
import org.improvementtracker.plans.Section;
import org.improvementtracker.plans.SuccessMeasure;
import org.improvementtracker.reporting.ActionProgress;
import org.improvementtracker.reporting.ActionState;
import org.improvementtracker.reporting.ExceptionReasons;
import org.improvementtracker.reporting.Period;
import org.improvementtracker.reporting.PeriodProgress;
import org.improvementtracker.reporting.PeriodScores;
import org.improvementtracker.reporting.PeriodService;
import org.improvementtracker.reporting.PeriodState;
import org.improvementtracker.reporting.ProgressReader;
import org.improvementtracker.reporting.RecentRatings;
import org.improvementtracker.reporting.ScoreReader;
import org.improvementtracker.reporting.SectionScore;
import org.improvementtracker.reports.BoardPack.ActionRow;
import org.improvementtracker.reports.BoardPack.CompletedRow;
import org.improvementtracker.reports.BoardPack.ExceptionRow;
import org.improvementtracker.reports.BoardPack.IndicatorRow;
import org.improvementtracker.reports.BoardPack.SectionPart;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the board pack from the readers the dashboard and the indicators pages use, so its figures
 * are theirs: a fixed number of statements however many sections, actions, indicators and periods.
 */
@Service
@Transactional(readOnly = true)
public class BoardPackReader {

    /** As on the indicators table: the period's last month and the five before it. */
    static final int MONTHS_SHOWN = 6;

    private static final String DEFAULT_BOARD = "Improvement Board";

    private final Clock clock;
    private final PlanReader plans;
    private final PeriodService periods;
    private final ScoreReader scores;
    private final ProgressReader progress;
    private final IndicatorReader indicators;

    BoardPackReader(Clock clock, PlanReader plans, PeriodService periods, ScoreReader scores, ProgressReader progress,
            IndicatorReader indicators) {
        this.clock = clock;
        this.plans = plans;
        this.periods = periods;
        this.scores = scores;
        this.progress = progress;
        this.indicators = indicators;
    }

    /** The period a board pack is for by default: the latest closed, the one the board has ratings for. */
    public Optional<Period> latestClosed(long organisationId, long planId) {
        return latestClosed(periods.periods(organisationId, planId));
    }

    public static Optional<Period> latestClosed(List<Period> periods) {
        return periods.stream().filter(p -> p.state() == PeriodState.CLOSED).max(Comparator.comparing(Period::startsOn));
    }

    public BoardPack read(long organisationId, String organisationName, long planId, long periodId,
            BoardPackOptions options) {
        PeriodScores summary = scores.scores(organisationId, planId, periodId);
        Plan plan = summary.plan();
        Period period = summary.period();
        RatingScale scale = plan.ratingScale();
        PeriodProgress actions = progress.period(organisationId, planId, periodId);
        RecentRatings ratings = progress.recentRatings(organisationId, planId, periodId, options.pastPeriods());
        PlanTree tree = plans.tree(organisationId, planId);
        Map<Long, Outcome> outcomes = tree.sections().stream().flatMap(s -> s.outcomes().stream())
                .map(PlanTree.OutcomeNode::outcome).collect(Collectors.toMap(Outcome::id, Function.identity()));
        Map<Long, List<SuccessMeasure>> measures = tree.sections().stream()
                .flatMap(s -> Stream.concat(s.actionsWithoutOutcome().stream(),
                        s.outcomes().stream().flatMap(o -> o.actions().stream())))
                .collect(Collectors.toMap(node -> node.action().id(), PlanTree.ActionNode::measures));
        List<IndicatorStanding> standings = indicators.standings(organisationId, planId, null,
                YearMonth.from(period.endsOn()), MONTHS_SHOWN);
        Map<Long, List<IndicatorRow>> indicatorsBySection = standings.stream()
                .filter(standing -> standing.indicator().sectionId() != null)
                .collect(Collectors.groupingBy(standing -> standing.indicator().sectionId(),
                        Collectors.mapping(BoardPackReader::indicatorRow, Collectors.toList())));
        Map<Long, List<ActionProgress>> actionsBySection = actions.actions().stream()
                .filter(action -> tableShows(action, options))
                .collect(Collectors.groupingBy(action -> action.action().sectionId()));

        List<SectionScore> shownSections = summary.sections().stream()
                .filter(score -> options.shows(score.section().id())).toList();
        List<SectionPart> parts = shownSections.stream()
                .map(score -> new SectionPart(score, indicatorsBySection.getOrDefault(score.section().id(), List.of()),
                        actionsBySection.getOrDefault(score.section().id(), List.of()).stream()
                                .map(action -> new ActionRow(action, outcomes.get(action.action().outcomeId()),
                                        measures.getOrDefault(action.action().id(), List.of()),
                                        ratings.of(action.action().id())))
                                .toList()))
                .toList();
        Map<Long, Section> sections = shownSections.stream().map(SectionScore::section)
                .collect(Collectors.toMap(Section::id, Function.identity()));
        List<ExceptionRow> exceptions = actions.exceptions().stream()
                .filter(action -> sections.containsKey(action.action().sectionId()))
                .map(action -> new ExceptionRow(action, sections.get(action.action().sectionId()),
                        ExceptionReasons.of(action, scale)))
                .toList();
        List<CompletedRow> completed = actions.actions().stream()
                .filter(action -> sections.containsKey(action.action().sectionId()))
                .filter(action -> action.is(ActionState.COMPLETED) && !scale.isComplete(action.previous()))
                .map(action -> new CompletedRow(action, sections.get(action.action().sectionId())))
                .toList();
        List<IndicatorRow> planIndicators = options.sections().isEmpty()
                ? standings.stream().filter(standing -> standing.indicator().sectionId() == null)
                        .map(BoardPackReader::indicatorRow).toList()
                : List.of();
        return new BoardPack(cover(plan, organisationName, period), plan, period, options, scale.levels(), summary,
                ratings.periods(), planIndicators, parts, exceptions, completed,
                plans.glossary(organisationId, planId));
    }

    /** Exceptions only keeps the exceptional; completed and removable actions leave unless asked for. */
    private static boolean tableShows(ActionProgress action, BoardPackOptions options) {
        if (options.exceptionsOnly()) {
            return action.exceptional();
        }
        return options.includeCompleted() || !action.removed();
    }

    private BoardPack.Cover cover(Plan plan, String organisationName, Period period) {
        String board = plan.governance() == null || plan.governance().isBlank() ? DEFAULT_BOARD
                : plan.governance().strip();
        return new BoardPack.Cover(plan.title(), organisationName, period.label(), LocalDate.now(clock), board);
    }

    private static IndicatorRow indicatorRow(IndicatorStanding standing) {
        return new IndicatorRow(standing, Sparkline.of(standing.indicator(), standing.recent()));
    }
}
