package org.improvementtracker.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.RatingLevel;
import org.improvementtracker.plans.Section;
import org.improvementtracker.reporting.UpdateRepository.CountedRating;
import org.improvementtracker.support.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores for a period, computed from the ratings in a fixed number of statements however many
 * actions and periods the plan has.
 */
@Service
@Transactional(readOnly = true)
public class ScoreReader {

    private final PlanReader plans;
    private final PeriodService periods;
    private final UpdateRepository updates;
    private final InitialRatings initialRatings;

    ScoreReader(PlanReader plans, PeriodService periods, UpdateRepository updates, InitialRatings initialRatings) {
        this.plans = plans;
        this.periods = periods;
        this.updates = updates;
        this.initialRatings = initialRatings;
    }

    public PeriodScores scores(long organisationId, long planId, long periodId) {
        Plan plan = plans.plan(organisationId, planId);
        List<Period> all = periods.periods(organisationId, planId);
        Period period = all.stream().filter(p -> p.id() == periodId).findFirst()
                .orElseThrow(() -> new NotFoundException("Reporting period", periodId));
        Period previousPeriod = PeriodSequence.before(all, period);
        Map<Long, Integer> current = new HashMap<>();
        Map<Long, Integer> previous = new HashMap<>();
        List<Long> wanted = previousPeriod == null ? List.of(periodId) : List.of(periodId, previousPeriod.id());
        for (CountedRating rating : updates.countedRatings(organisationId, planId, wanted)) {
            (rating.periodId() == periodId ? current : previous).put(rating.actionId(), rating.rating());
        }
        if (previousPeriod == null) {
            initialRatings.ofPlan(organisationId, planId).values().stream().filter(i -> i.rating() != null)
                    .forEach(initial -> previous.put(initial.actionId(), initial.rating()));
        }
        List<Action> everInPlan = plans.actionsEverInPlan(organisationId, planId);
        Map<Long, List<Action>> currentBySection = inScope(everInPlan, current);
        Map<Long, List<Action>> previousBySection = inScope(everInPlan, previous);
        List<SectionScore> sections = new ArrayList<>();
        for (Section section : sectionsInScope(organisationId, planId, currentBySection, previousBySection)) {
            sections.add(sectionScore(plan, section,
                    ratings(currentBySection.getOrDefault(section.id(), List.of()), current),
                    ratings(previousBySection.getOrDefault(section.id(), List.of()), previous)));
        }
        Score planScore = Score.ofSections(sections.stream().map(SectionScore::score).toList());
        Score planPrevious = Score.ofSections(sections.stream().map(SectionScore::previous).toList());
        return new PeriodScores(plan, period, previousPeriod, planScore, planPrevious,
                Movement.between(planPrevious, planScore), sections);
    }

    /**
     * The live sections, and archived ones with actions rated in either period: a section archived after
     * it was rated still counts in that period. The extra read happens only when there is such a section.
     */
    private List<Section> sectionsInScope(long organisationId, long planId, Map<Long, List<Action>> current,
            Map<Long, List<Action>> previous) {
        List<Section> live = plans.sections(organisationId, planId);
        Set<Long> liveIds = live.stream().map(Section::id).collect(Collectors.toSet());
        if (liveIds.containsAll(current.keySet()) && liveIds.containsAll(previous.keySet())) {
            return live;
        }
        return plans.sectionsEverInPlan(organisationId, planId).stream()
                .filter(section -> liveIds.contains(section.id()) || current.containsKey(section.id())
                        || previous.containsKey(section.id()))
                .toList();
    }

    private static SectionScore sectionScore(Plan plan, Section section, List<Integer> current, List<Integer> previous) {
        Score score = Score.ofRatings(current);
        Score before = Score.ofRatings(previous);
        Map<Integer, Integer> distribution = new LinkedHashMap<>();
        for (RatingLevel level : plan.ratingScale().levels()) {
            distribution.put(level.value(), 0);
        }
        Set<Integer> levels = distribution.keySet();
        current.stream().filter(levels::contains).forEach(rating -> distribution.merge(rating, 1, Integer::sum));
        return new SectionScore(section, score, before, Movement.between(before, score), distribution);
    }

    /**
     * The actions a score is taken over: the live ones, and archived ones rated then. An action archived
     * after it was rated still counts in that period, but is not "not rated" in the periods after.
     */
    private static Map<Long, List<Action>> inScope(List<Action> everInPlan, Map<Long, Integer> ratings) {
        return everInPlan.stream().filter(action -> !action.archived() || ratings.containsKey(action.id()))
                .collect(Collectors.groupingBy(Action::sectionId));
    }

    private static List<Integer> ratings(List<Action> actions, Map<Long, Integer> byAction) {
        List<Integer> ratings = new ArrayList<>(actions.size());
        for (Action action : actions) {
            ratings.add(byAction.get(action.id()));
        }
        return ratings;
    }
}
