package org.improvementtracker.plans;

import java.time.Clock;
import java.util.List;

import org.improvementtracker.support.InvalidInputException;
import org.improvementtracker.support.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, changing and removing plans, and their glossaries. */
@Service
@Transactional
public class PlanService {

    private final Clock clock;
    private final PlanReader reader;
    private final PlanRepository plans;
    private final GlossaryRepository glossary;
    private final List<RatingsInUse> ratings;
    private final AuditTrail audit;

    PlanService(Clock clock, PlanReader reader, PlanRepository plans, GlossaryRepository glossary,
            List<RatingsInUse> ratings, AuditTrail audit) {
        this.audit = audit;
        this.clock = clock;
        this.reader = reader;
        this.plans = plans;
        this.glossary = glossary;
        this.ratings = ratings;
    }

    public long create(long organisationId, PlanDetails details) {
        requireDatesInOrder(details);
        long planId = plans.insert(organisationId, details, clock.instant());
        Plan created = reader.plan(organisationId, planId);
        audit.created(organisationId, Audited.plan(created), created);
        return planId;
    }

    public void change(long organisationId, long planId, int version, PlanDetails details) {
        requireDatesInOrder(details);
        Plan before = reader.plan(organisationId, planId);
        requireScaleKeptOnceRated(organisationId, before, details);
        plans.update(organisationId, planId, version, details, clock.instant());
        Plan after = reader.plan(organisationId, planId);
        audit.updated(organisationId, Audited.plan(after), before, after);
    }

    public Removal remove(long organisationId, long planId, int version) {
        Plan plan = reader.plan(organisationId, planId);
        if (plan.keepsHistory()) {
            plans.archive(organisationId, planId, version, clock.instant());
            audit.archived(organisationId, Audited.plan(plan), plan, Audited.archivedAt(clock.instant()));
            return Removal.ARCHIVED;
        }
        List<Action> going = reader.actionsEverInPlan(organisationId, planId);
        plans.deleteDraft(organisationId, planId, version);
        audit.deleted(organisationId, Audited.plan(plan), plan);
        audit.all(Audited.removedWith(organisationId, going, false, clock.instant()));
        return Removal.DELETED;
    }

    public long addGlossaryTerm(long organisationId, long planId, String abbreviation, String meaning) {
        reader.plan(organisationId, planId);
        requireUniqueAbbreviation(planId, abbreviation, 0);
        long termId = glossary.insert(organisationId, planId, abbreviation.strip(), meaning.strip());
        GlossaryTerm created = reader.glossaryTerm(organisationId, planId, termId);
        audit.created(organisationId, Audited.term(planId, created), created);
        return termId;
    }

    public void changeGlossaryTerm(long organisationId, long planId, long termId, int version, String abbreviation,
            String meaning) {
        GlossaryTerm before = reader.glossaryTerm(organisationId, planId, termId);
        requireUniqueAbbreviation(planId, abbreviation, termId);
        glossary.update(organisationId, planId, termId, version, abbreviation.strip(), meaning.strip());
        GlossaryTerm after = reader.glossaryTerm(organisationId, planId, termId);
        audit.updated(organisationId, Audited.term(planId, after), before, after);
    }

    public void removeGlossaryTerm(long organisationId, long planId, long termId, int version) {
        GlossaryTerm before = reader.glossaryTerm(organisationId, planId, termId);
        glossary.delete(organisationId, planId, termId, version);
        audit.deleted(organisationId, Audited.term(planId, before), before);
    }

    private void requireUniqueAbbreviation(long planId, String abbreviation, long exceptTermId) {
        if (glossary.abbreviationTaken(planId, abbreviation.strip(), exceptTermId)) {
            throw new InvalidInputException("abbreviation", "The glossary already explains " + abbreviation.strip());
        }
    }

    /** Ratings are numbers on the plan's scale: a 4 on PROGRESS_5 means nothing on RAG. */
    private void requireScaleKeptOnceRated(long organisationId, Plan plan, PlanDetails details) {
        if (plan.ratingScale() != details.ratingScale()
                && ratings.stream().anyMatch(inUse -> inUse.anyFor(organisationId, plan.id()))) {
            throw new InvalidInputException("ratingScale", "This plan's actions are already rated on the "
                    + plan.ratingScale().label() + " scale, so its rating scale can no longer change");
        }
    }

    private static void requireDatesInOrder(PlanDetails details) {
        if (details.startsOn() != null && details.endsOn() != null && details.endsOn().isBefore(details.startsOn())) {
            throw new InvalidInputException("endsOn", "The end date must be on or after the start date");
        }
    }
}
