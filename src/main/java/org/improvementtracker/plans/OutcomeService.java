package org.improvementtracker.plans;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class OutcomeService {

    private final Clock clock;
    private final PlanReader reader;
    private final OutcomeRepository outcomes;

    OutcomeService(Clock clock, PlanReader reader, OutcomeRepository outcomes) {
        this.clock = clock;
        this.reader = reader;
        this.outcomes = outcomes;
    }

    public long add(long organisationId, long planId, long sectionId, OutcomeDetails details) {
        reader.section(organisationId, planId, sectionId);
        return outcomes.insert(organisationId, planId, sectionId, details);
    }

    public void change(long organisationId, long planId, long outcomeId, int version, OutcomeDetails details) {
        outcomes.update(organisationId, planId, outcomeId, version, details);
    }

    public void move(long organisationId, long planId, long outcomeId, MoveDirection direction) {
        outcomes.move(reader.outcome(organisationId, planId, outcomeId), direction);
    }

    public Removal remove(long organisationId, long planId, long outcomeId, int version) {
        Outcome outcome = reader.outcome(organisationId, planId, outcomeId);
        if (reader.plan(organisationId, planId).keepsHistory()) {
            outcomes.archive(organisationId, outcome, version, clock.instant());
            return Removal.ARCHIVED;
        }
        outcomes.delete(organisationId, outcome, version);
        return Removal.DELETED;
    }
}
