package org.improvementtracker.reporting;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.improvementtracker.accounts.Role;
import org.improvementtracker.accounts.SignedInUser;
import org.improvementtracker.partners.PartnerAccess;
import org.improvementtracker.people.People;
import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanReader;
import org.improvementtracker.plans.RatingScale;
import org.improvementtracker.support.ConflictException;
import org.improvementtracker.support.FieldProblem;
import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Leads writing their period's update: saving a draft and submitting it for moderation. */
@Service
@Transactional
public class UpdateService {

    static final int MAX_TEXT = 10_000;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final Clock clock;
    private final PlanReader plans;
    private final People people;
    private final PeriodService periods;
    private final UpdateRepository updates;
    private final PartnerAccess partners;
    private final AuditTrail audit;

    UpdateService(Clock clock, PlanReader plans, People people, PeriodService periods, UpdateRepository updates,
            PartnerAccess partners, AuditTrail audit) {
        this.audit = audit;
        this.clock = clock;
        this.plans = plans;
        this.people = people;
        this.partners = partners;
        this.periods = periods;
        this.updates = updates;
    }

    @Transactional(readOnly = true)
    public Optional<ProgressUpdate> update(long organisationId, long actionId, long periodId) {
        return updates.forActionInPeriod(organisationId, actionId, periodId);
    }

    /**
     * Contributors write only for actions where they are the lead or responsible officer; viewers never.
     * A contributor limited to named actions writes for those, lead or not, and for no other.
     */
    @Transactional(readOnly = true)
    public boolean mayWrite(SignedInUser user, Action action) {
        Optional<Set<Long>> named = partners.namedActions(user);
        if (named.isPresent()) {
            return user.role() == Role.CONTRIBUTOR && named.get().contains(action.id());
        }
        if (user.role().canEditPlans()) {
            return true;
        }
        if (user.role() != Role.CONTRIBUTOR) {
            return false;
        }
        List<Long> mine = people.linkedTo(user.organisationId(), user.accountId());
        return mine.contains(action.leadPersonId()) || mine.contains(action.responsiblePersonId());
    }

    /**
     * Saves the update as a draft or submits it.
     *
     * @param version the version the writer loaded, or null when they started a new update
     */
    public ProgressUpdate save(SignedInUser user, long planId, long actionId, long periodId, Integer version,
            UpdateDraft draft) {
        long organisationId = user.organisationId();
        Plan plan = plans.plan(organisationId, planId);
        Action action = plans.action(organisationId, planId, actionId);
        Period period = periods.period(organisationId, planId, periodId);
        if (!mayWrite(user, action)) {
            throw new AccessDeniedException("Not a lead of action " + actionId);
        }
        requireTakingUpdates(period, action);
        requireValid(plan.ratingScale(), draft);
        UpdateState state = draft.submit() ? UpdateState.SUBMITTED : UpdateState.DRAFT;
        Optional<ProgressUpdate> existing = updates.forActionInPeriod(organisationId, actionId, periodId);
        long updateId;
        if (existing.isEmpty()) {
            updateId = updates.insert(organisationId, planId, actionId, periodId, state, draft, user.accountId(),
                    clock.instant());
        } else {
            ProgressUpdate current = existing.get();
            if (version == null || version != current.version()) {
                throw stale(current);
            }
            if (!current.state().editableByLead()) {
                throw new InvalidInputException("state", "This update is " + current.state().label().toLowerCase()
                        + ", so it can no longer be changed; the plan owner can return it to you");
            }
            updates.write(organisationId, current, version, state, draft, user.accountId(), clock.instant());
            updateId = current.id();
        }
        updates.recordEvent(organisationId, updateId, draft.submit() ? UpdateEvent.Kind.SUBMITTED
                : UpdateEvent.Kind.SAVED, null, user.accountId(), clock.instant());
        ProgressUpdate saved = updates.forActionInPeriod(organisationId, actionId, periodId).orElseThrow();
        if (existing.isEmpty()) {
            audit.created(organisationId, Audited.update(action, period, updateId), saved);
        } else {
            audit.updated(organisationId, Audited.update(action, period, updateId), existing.get(), saved);
        }
        return saved;
    }

    /** The 409 page and problem say what the other person saved, so nobody has to guess. */
    ConflictException stale(ProgressUpdate current) {
        List<String> lines = new ArrayList<>();
        lines.add(current.state().label() + ", last saved by " + current.authorName() + " on "
                + WHEN.format(current.savedAt().atZone(clock.getZone())));
        if (current.rating() != null) {
            lines.add("Rating: " + current.rating());
        }
        if (current.moderatorComment() != null) {
            lines.add("Moderator's comment: " + current.moderatorComment());
        }
        return new ConflictException("Progress update", current.id(), lines);
    }

    static void requireTakingUpdates(Period period, Action action) {
        if (action.archived()) {
            throw new InvalidInputException("action", "This action was removed from the plan, so it takes no updates");
        }
        if (!period.state().acceptsUpdates()) {
            throw new InvalidInputException("period", period.label() + " is " + period.state().label().toLowerCase()
                    + (period.state() == PeriodState.CLOSED ? " and locked: updates can no longer be changed"
                            : ": it does not take updates yet"));
        }
    }

    private static void requireValid(RatingScale scale, UpdateDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.rating() != null && !scale.allows(draft.rating())) {
            problems.add(new FieldProblem("rating", "Choose a rating from " + scale.range()));
        } else if (draft.submit() && draft.rating() == null) {
            problems.add(new FieldProblem("rating", "Choose a rating before submitting"));
        }
        if (draft.submit() && (draft.text() == null || draft.text().isBlank())) {
            problems.add(new FieldProblem("text", "Enter the progress update before submitting"));
        }
        if (draft.text() != null && draft.text().length() > MAX_TEXT) {
            problems.add(new FieldProblem("text", "The progress update must be " + MAX_TEXT + " characters or fewer"));
        }
        if (draft.evidence() != null && draft.evidence().length() > MAX_TEXT) {
            problems.add(new FieldProblem("evidence", "The evidence of impact must be " + MAX_TEXT
                    + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
