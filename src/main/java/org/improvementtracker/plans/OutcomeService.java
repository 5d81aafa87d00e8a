package org.improvementtracker.plans;

import java.time.Clock;
import java.util.List;

import org.improvementtracker.support.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class OutcomeService {

    private final Clock clock;
    private final PlanReader reader;
    private final OutcomeRepository outcomes;
    private final AuditTrail audit;

    OutcomeService(Clock clock, PlanReader reader, OutcomeRepository outcomes, AuditTrail audit) {
        this.audit = audit;
        this.clock = clock;
        this.reader = reader;
        this.outcomes = outcomes;
    }

    public long add(long organisationId, long planId, long sectionId, OutcomeDetails details) {
        reader.section(organisationId, planId, sectionId);
        long outcomeId = outcomes.insert(organisationId, planId, sectionId, details);
        Outcome created = reader.outcome(organisationId, planId, outcomeId);
        audit.created(organisationId, Audited.outcome(created), created);
        return outcomeId;
    }

    public void change(long organisationId, long planId, long outcomeId, int version, OutcomeDetails details) {
        Outcome before = reader.outcome(organisationId, planId, outcomeId);
        outcomes.update(organisationId, planId, outcomeId, version, details);
        Outcome after = reader.outcome(organisationId, planId, outcomeId);
        audit.updated(organisationId, Audited.outcome(after), before, after);
    }

    public void move(long organisationId, long planId, long outcomeId, MoveDirection direction) {
        Outcome before = reader.outcome(organisationId, planId, outcomeId);
        outcomes.move(before, direction);
        Outcome after = reader.outcome(organisationId, planId, outcomeId);
        if (after.position() != before.position()) {
            audit.updated(organisationId, Audited.outcome(after), before, after);
        }
    }

    public Removal remove(long organisationId, long planId, long outcomeId, int version) {
        Outcome outcome = reader.outcome(organisationId, planId, outcomeId);
        List<Action> going = reader.actionsEverInPlan(organisationId, planId).stream()
                .filter(action -> Long.valueOf(outcomeId).equals(action.outcomeId()) && !action.archived()).toList();
        if (reader.plan(organisationId, planId).keepsHistory()) {
            outcomes.archive(organisationId, outcome, version, clock.instant());
            audit.archived(organisationId, Audited.outcome(outcome), outcome, Audited.archivedAt(clock.instant()));
            audit.all(Audited.removedWith(organisationId, going, true, clock.instant()));
            return Removal.ARCHIVED;
        }
        outcomes.delete(organisationId, outcome, version);
        audit.deleted(organisationId, Audited.outcome(outcome), outcome);
        audit.all(Audited.removedWith(organisationId, going, false, clock.instant()));
        return Removal.DELETED;
    }
}
