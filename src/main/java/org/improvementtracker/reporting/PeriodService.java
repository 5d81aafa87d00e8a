package org.improvementtracker.reporting;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.NotFoundException;
import org.improvementtracker.support.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting periods and their life: planned, open, in review, closed. At most one period of a plan
 * takes updates at a time, so "the open period" always means one thing.
 */
@Service
@Transactional
public class PeriodService {

    static final int MAX_LABEL = 50;

    /** As the reopen page allows. */
    static final int MAX_REASON = 2_000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Clock clock;
    private final PlanReader plans;
    private final PeriodRepository periods;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    PeriodService(Clock clock, PlanReader plans, PeriodRepository periods, ApplicationEventPublisher events,
            AuditTrail audit) {
        this.audit = audit;
        this.clock = clock;
        this.plans = plans;
        this.periods = periods;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Period> periods(long organisationId, long planId) {
        plans.plan(organisationId, planId);
        return periods.inPlan(organisationId, planId);
    }

    @Transactional(readOnly = true)
    public Period period(long organisationId, long planId, long periodId) {
        return periods.find(organisationId, planId, periodId)
                .orElseThrow(() -> new NotFoundException("Reporting period", periodId));
    }

    /** Every organisation's periods now taking updates: what reminders and other jobs work through. */
    @Transactional(readOnly = true)
    public List<LivePeriod> liveInEveryOrganisation() {
        return periods.liveEverywhere();
    }

    @Transactional(readOnly = true)
    public List<PeriodEvent> events(long organisationId, long planId, long periodId) {
        return periods.events(organisationId, period(organisationId, planId, periodId).id());
    }

    public long create(long organisationId, long planId, PeriodDetails details) {
        plans.plan(organisationId, planId);
        periods.lockPlan(organisationId, planId);
        requireValid(organisationId, planId, 0, details);
        long periodId = periods.insert(organisationId, planId, details);
        Period created = period(organisationId, planId, periodId);
        audit.created(organisationId, Audited.period(created), Audited.period(created, null));
        return periodId;
    }

    public void change(long organisationId, long planId, long periodId, int version, PeriodDetails details) {
        Period period = period(organisationId, planId, periodId);
        requireNotClosed(period);
        periods.lockPlan(organisationId, planId);
        requireValid(organisationId, planId, periodId, details);
        periods.update(organisationId, period, version, details);
        Period after = period(organisationId, planId, periodId);
        audit.updated(organisationId, Audited.period(after), Audited.period(period, null), Audited.period(after, null));
    }

    public void open(SignedInUser user, long planId, long periodId, int version) {
        Period period = moveTo(user, planId, periodId, version, PeriodState.OPEN, null);
        events.publishEvent(new PeriodOpened(user.organisationId(), planId, period.id()));
    }

    public void review(SignedInUser user, long planId, long periodId, int version) {
        moveTo(user, planId, periodId, version, PeriodState.IN_REVIEW, null);
    }

    public void close(SignedInUser user, long planId, long periodId, int version) {
        moveTo(user, planId, periodId, version, PeriodState.CLOSED, null);
    }

    /** Unlocks a closed period for late changes; the reason goes on record beside who and when. */
    public void reopen(SignedInUser user, long planId, long periodId, int version, String reason) {
        Period period = period(user.organisationId(), planId, periodId);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Enter why the period is being reopened");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new InvalidInputException("reason", "Reason must be 2,000 characters or fewer");
        }
        if (period.state() != PeriodState.CLOSED) {
            throw new InvalidInputException("state", period.label() + " is " + period.state().label().toLowerCase()
                    + ", not closed, so there is nothing to reopen");
        }
        periods.lockPlan(user.organisationId(), planId);
        requireNoOtherLivePeriod(user.organisationId(), period);
        periods.move(user.organisationId(), period, version, PeriodState.OPEN, user.accountId(), reason.strip(),
                clock.instant());
        recordMove(user.organisationId(), period, reason.strip());
    }

    private Period moveTo(SignedInUser user, long planId, long periodId, int version, PeriodState to, String reason) {
        Period period = period(user.organisationId(), planId, periodId);
        if (!period.state().canMoveTo(to)) {
            throw new InvalidInputException("state", "A period that is " + period.state().label().toLowerCase()
                    + " cannot be moved to " + to.label().toLowerCase());
        }
        periods.lockPlan(user.organisationId(), planId);
        if (to == PeriodState.OPEN) {
            requireNoOtherLivePeriod(user.organisationId(), period);
        }
        periods.move(user.organisationId(), period, version, to, user.accountId(), reason, clock.instant());
        recordMove(user.organisationId(), period, reason);
        return period;
    }

    private void recordMove(long organisationId, Period before, String reason) {
        Period after = period(organisationId, before.planId(), before.id());
        audit.updated(organisationId, Audited.period(after), Audited.period(before, null), Audited.period(after, reason));
    }

    private void requireNoOtherLivePeriod(long organisationId, Period period) {
        periods.inPlan(organisationId, period.planId()).stream()
                .filter(other -> other.id() != period.id() && other.state().acceptsUpdates())
                .findFirst()
                .ifPresent(live -> {
                    throw new InvalidInputException("state", live.label() + " is still "
                            + live.state().label().toLowerCase() + ": close it before opening " + period.label());
                });
    }

    private static void requireNotClosed(Period period) {
        if (period.state() == PeriodState.CLOSED) {
            throw new InvalidInputException("state", period.label() + " is closed and locked; reopen it to change it");
        }
    }

    private void requireValid(long organisationId, long planId, long periodId, PeriodDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        if (details.label() == null || details.label().isBlank()) {
            problems.add(new FieldProblem("label", "Enter the period's label, for example May 2026"));
        } else if (details.label().strip().length() > MAX_LABEL) {
            problems.add(new FieldProblem("label", "The label must be " + MAX_LABEL + " characters or fewer"));
        }
        if (details.startsOn() == null) {
            problems.add(new FieldProblem("startsOn", "Enter the date the period starts"));
        }
        if (details.endsOn() == null) {
            problems.add(new FieldProblem("endsOn", "Enter the date the period ends"));
        }
        if (details.deadline() == null) {
            problems.add(new FieldProblem("deadline", "Enter the deadline for updates"));
        }
        if (problems.isEmpty()) {
            problems.addAll(datesInOrder(details));
        }
        if (problems.isEmpty()) {
            problems.addAll(clashes(periods.inPlan(organisationId, planId), periodId, details));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static List<FieldProblem> datesInOrder(PeriodDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        if (details.endsOn().isBefore(details.startsOn())) {
            problems.add(new FieldProblem("endsOn", "The end date must be on or after the start date"));
        }
        if (details.deadline().isBefore(details.startsOn())) {
            problems.add(new FieldProblem("deadline", "The deadline must be on or after the start date"));
        }
        return problems;
    }

    private static List<FieldProblem> clashes(List<Period> existing, long periodId, PeriodDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Period other : existing) {
            if (other.id() == periodId) {
                continue;
            }
            if (other.label().equalsIgnoreCase(details.label().strip())) {
                problems.add(new FieldProblem("label", "This plan already has a period called " + other.label()));
            }
            if (!details.startsOn().isAfter(other.endsOn()) && !details.endsOn().isBefore(other.startsOn())) {
                problems.add(new FieldProblem("startsOn", "The dates overlap " + other.label() + " ("
                        + DAY.format(other.startsOn()) + " to " + DAY.format(other.endsOn()) + ")"));
            }
        }
        return problems;
    }
}
