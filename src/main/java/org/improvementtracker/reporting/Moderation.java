package org.improvementtracker.reporting;

import java.time.Clock;

import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.NotFoundException;
import org.improvementtracker.support.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan owner's side of an update: approve it, approve it with a different rating (the proposed
 * one is kept beside it, with the reason), or return it to the lead with a comment.
 */
@Service
@Transactional
public class Moderation {

    static final int MAX_COMMENT = 2_000;

    private final Clock clock;
    private final PlanReader plans;
    private final PeriodService periods;
    private final UpdateRepository updates;
    private final UpdateService updateService;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    Moderation(Clock clock, PlanReader plans, PeriodService periods, UpdateRepository updates,
            UpdateService updateService, ApplicationEventPublisher events, AuditTrail audit) {
        this.audit = audit;
        this.clock = clock;
        this.plans = plans;
        this.periods = periods;
        this.updates = updates;
        this.updateService = updateService;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public ProgressUpdate update(long organisationId, long planId, long updateId) {
        return updates.find(organisationId, planId, updateId)
                .orElseThrow(() -> new NotFoundException("Progress update", updateId));
    }

    /**
     * @param finalRating the moderator's rating; null or the proposed one approves as proposed
     * @param reason why the rating was changed; required when it was
     */
    public void approve(SignedInUser user, long planId, long updateId, int version, Integer finalRating,
            String reason) {
        ProgressUpdate current = moderated(user, planId, updateId, version);
        if (current.state() != UpdateState.SUBMITTED && current.state() != UpdateState.APPROVED) {
            throw new InvalidInputException("state", "Only a submitted update can be approved; this one is "
                    + current.state().label().toLowerCase());
        }
        Plan plan = plans.plan(user.organisationId(), planId);
        boolean overridden = finalRating != null && !finalRating.equals(current.proposedRating());
        if (overridden && !plan.ratingScale().allows(finalRating)) {
            throw new InvalidInputException("rating", "Choose a rating from " + plan.ratingScale().range());
        }
        String why = blankToNull(reason);
        if (overridden && why == null) {
            throw new InvalidInputException("reason", "Enter why you are changing the proposed rating");
        }
        requireShort("reason", why);
        updates.moderate(user.organisationId(), current, version, UpdateState.APPROVED,
                overridden ? finalRating : current.proposedRating(), overridden ? why : null, current.moderatorComment(),
                user.accountId(), clock.instant());
        updates.recordEvent(user.organisationId(), updateId,
                overridden ? UpdateEvent.Kind.OVERRIDDEN : UpdateEvent.Kind.APPROVED, why, user.accountId(),
                clock.instant());
        recordModeration(user.organisationId(), planId, current);
    }

    /** Sends the update back to its lead, who is told, and may change and resubmit it. */
    public void giveBack(SignedInUser user, long planId, long updateId, int version, String comment) {
        ProgressUpdate current = moderated(user, planId, updateId, version);
        if (current.state() != UpdateState.SUBMITTED) {
            throw new InvalidInputException("state", "Only a submitted update can be returned; this one is "
                    + current.state().label().toLowerCase());
        }
        String why = blankToNull(comment);
        if (why == null) {
            throw new InvalidInputException("comment", "Enter a comment telling the lead what to change");
        }
        requireShort("comment", why);
        updates.moderate(user.organisationId(), current, version, UpdateState.RETURNED, current.proposedRating(), null,
                why, user.accountId(), clock.instant());
        updates.recordEvent(user.organisationId(), updateId, UpdateEvent.Kind.RETURNED, why, user.accountId(),
                clock.instant());
        recordModeration(user.organisationId(), planId, current);
        events.publishEvent(new UpdateReturned(user.organisationId(), planId, current.actionId(), current.periodId(),
                updateId, version + 1));
    }

    private void recordModeration(long organisationId, long planId, ProgressUpdate before) {
        ProgressUpdate after = update(organisationId, planId, before.id());
        Action action = plans.action(organisationId, planId, before.actionId());
        Period period = periods.period(organisationId, planId, before.periodId());
        audit.updated(organisationId, Audited.update(action, period, before.id()), before, after);
    }

    private ProgressUpdate moderated(SignedInUser user, long planId, long updateId, int version) {
        if (!user.canEditPlans()) {
            throw new AccessDeniedException("Only plan owners moderate");
        }
        ProgressUpdate current = update(user.organisationId(), planId, updateId);
        if (current.version() != version) {
            throw updateService.stale(current);
        }
        Action action = plans.action(user.organisationId(), planId, current.actionId());
        UpdateService.requireTakingUpdates(periods.period(user.organisationId(), planId, current.periodId()), action);
        return current;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void requireShort(String field, String text) {
        if (text != null && text.length() > MAX_COMMENT) {
            throw new InvalidInputException(field, "Keep it to " + MAX_COMMENT + " characters or fewer");
        }
    }
}
