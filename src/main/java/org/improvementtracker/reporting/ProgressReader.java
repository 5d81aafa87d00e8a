package org.improvementtracker.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.partners.PartnerAccess;
import org.improvementtracker.people.People;
import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.ActionFilter;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.RatingScale;
import org.improvementtracker.reporting.UpdateRepository.CountedRating;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where actions stand: in one period (response tracker, dashboard), for one person (my actions) and
 * across all periods (an action's history). Each reads a fixed number of statements.
 */
@Service
@Transactional(readOnly = true)
public class ProgressReader {

    private final Clock clock;
    private final PlanReader plans;
    private final People people;
    private final PeriodService periodService;
    private final PeriodRepository periods;
    private final UpdateRepository updates;
    private final InitialRatings initialRatings;
    private final PartnerAccess partners;

    ProgressReader(Clock clock, PlanReader plans, People people, PeriodService periodService, PeriodRepository periods,
            UpdateRepository updates, InitialRatings initialRatings, PartnerAccess partners) {
        this.clock = clock;
        this.plans = plans;
        this.people = people;
        this.periodService = periodService;
        this.periods = periods;
        this.updates = updates;
        this.initialRatings = initialRatings;
        this.partners = partners;
    }

    public PeriodProgress period(long organisationId, long planId, long periodId) {
        Plan plan = plans.plan(organisationId, planId);
        Period period = periodService.period(organisationId, planId, periodId);
        // One more than a stall needs: a period still awaiting its update does not count towards one.
        List<Period> recent = PeriodSequence.upTo(periods.inPlan(organisationId, planId), period,
                ActionStates.STALLED_AFTER_PERIODS + 1);
        Map<Long, Map<Long, Integer>> ratingsByPeriod = new HashMap<>();
        for (CountedRating rating : updates.countedRatings(organisationId, planId,
                recent.stream().map(Period::id).toList())) {
            ratingsByPeriod.computeIfAbsent(rating.periodId(), id -> new HashMap<>())
                    .put(rating.actionId(), rating.rating());
        }
        Map<Long, ProgressUpdate> updatesByAction = updates.ofPeriod(organisationId, periodId).stream()
                .collect(Collectors.toMap(ProgressUpdate::actionId, Function.identity()));
        Map<Long, InitialRating> initials = initialRatings.ofPlan(organisationId, planId);
        LocalDate today = LocalDate.now(clock);
        Period previousPeriod = recent.size() > 1 ? recent.get(recent.size() - 2) : null;
        List<ActionProgress> progress = new ArrayList<>();
        for (Action action : plans.search(organisationId, planId, ActionFilter.ALL)) {
            List<Integer> ratings = recent.stream()
                    .map(p -> ratingsByPeriod.getOrDefault(p.id(), Map.of()).get(action.id())).toList();
            Integer initial = initialOf(initials, action);
            Integer current = ratings.get(ratings.size() - 1);
            Integer previous = previousPeriod == null ? initial : ratings.get(ratings.size() - 2);
            ProgressUpdate update = updatesByAction.get(action.id());
            boolean submitted = update != null && update.state().counts();
            progress.add(progress(plan.ratingScale(), action, initial, previous, current,
                    ActionStates.latest(ratings, initial), update,
                    ActionStates.of(plan.ratingScale(), action.dueDate(), ratings, initial, period, submitted, today)));
        }
        return new PeriodProgress(plan, period, previousPeriod, progress, today);
    }

    /** The counted ratings of the plan's actions in up to {@code count} periods ending with the given one. */
    public RecentRatings recentRatings(long organisationId, long planId, long periodId, int count) {
        Period period = periodService.period(organisationId, planId, periodId);
        List<Period> shown = PeriodSequence.upTo(periods.inPlan(organisationId, planId), period, count);
        Map<Long, Map<Long, Integer>> byAction = new HashMap<>();
        for (CountedRating rating : updates.countedRatings(organisationId, planId,
                shown.stream().map(Period::id).toList())) {
            byAction.computeIfAbsent(rating.actionId(), id -> new HashMap<>()).put(rating.periodId(), rating.rating());
        }
        return new RecentRatings(shown, byAction);
    }

    /**
     * The signed-in person's actions in every plan, with the period each plan is taking updates for: those
     * of the people linked to them, or for a partner the live actions named for them.
     */
    public List<MyAction> mine(SignedInUser user) {
        long organisationId = user.organisationId();
        List<Action> actions = partners.namedActions(user)
                .map(named -> plans.actionsWithIds(organisationId, named).stream()
                        .filter(action -> !action.archived()).toList())
                .orElseGet(() -> plans.actionsLedBy(organisationId, people.linkedTo(organisationId, user.accountId())));
        Map<Long, String> titles = plans.plans(organisationId).stream()
                .collect(Collectors.toMap(Plan::id, Plan::title));
        Map<Long, Period> livePeriods = periods.liveIn(organisationId,
                actions.stream().map(Action::planId).distinct().toList()).stream()
                .collect(Collectors.toMap(Period::planId, Function.identity()));
        Map<String, ProgressUpdate> updatesByKey = updates.of(organisationId,
                        actions.stream().map(Action::id).toList(),
                        livePeriods.values().stream().map(Period::id).toList()).stream()
                .collect(Collectors.toMap(u -> u.actionId() + "/" + u.periodId(), Function.identity()));
        return actions.stream()
                .filter(action -> titles.containsKey(action.planId()))
                .map(action -> {
                    Period period = livePeriods.get(action.planId());
                    ProgressUpdate update = period == null ? null : updatesByKey.get(action.id() + "/" + period.id());
                    return new MyAction(action, titles.get(action.planId()), period, update);
                })
                .toList();
    }

    public ActionHistory history(long organisationId, long planId, long actionId) {
        Plan plan = plans.plan(organisationId, planId);
        Action action = plans.action(organisationId, planId, actionId);
        Map<Long, ProgressUpdate> updatesByPeriod = updates.ofAction(organisationId, actionId).stream()
                .collect(Collectors.toMap(ProgressUpdate::periodId, Function.identity()));
        List<ActionHistory.PeriodRating> ratings = periods.inPlan(organisationId, planId).stream()
                .filter(period -> period.state() != PeriodState.PLANNED || updatesByPeriod.containsKey(period.id()))
                .map(period -> {
                    ProgressUpdate update = updatesByPeriod.get(period.id());
                    return new ActionHistory.PeriodRating(period, update, update == null ? null : update.countedRating());
                })
                .toList();
        Integer initial = initialOf(initialRatings.ofPlan(organisationId, planId), action);
        Period latest = ratings.isEmpty() ? null : ratings.get(ratings.size() - 1).period();
        ProgressUpdate latestUpdate = latest == null ? null : updatesByPeriod.get(latest.id());
        Set<ActionState> states = ActionStates.of(plan.ratingScale(), action.dueDate(),
                ratings.stream().map(ActionHistory.PeriodRating::rating).toList(), initial, latest,
                latestUpdate != null && latestUpdate.state().counts(), LocalDate.now(clock));
        return new ActionHistory(plan, action, initial, ratings, updates.eventsOfAction(organisationId, actionId),
                states);
    }

    /** @param latest the latest rating the action was given, which a period without an update does not undo */
    private static ActionProgress progress(RatingScale scale, Action action, Integer initial, Integer previous,
            Integer current, Integer latest, ProgressUpdate update, Set<ActionState> states) {
        return new ActionProgress(action, initial, previous, current, update, states,
                Movement.between(previous, current), scale.isRemovable(latest));
    }

    private static Integer initialOf(Map<Long, InitialRating> initials, Action action) {
        InitialRating initial = initials.get(action.id());
        return initial == null ? null : initial.rating();
    }
}
