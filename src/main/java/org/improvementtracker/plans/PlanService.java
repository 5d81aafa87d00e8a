package org.improvementtracker.plans;

import java.time.Clock;
import java.util.List;

import org.improvementtracker.support.InvalidInputException;
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

    PlanService(Clock clock, PlanReader reader, PlanRepository plans, GlossaryRepository glossary,
            List<RatingsInUse> ratings) {
        this.clock = clock;
        this.reader = reader;
        this.plans = plans;
        this.glossary = glossary;
        this.ratings = ratings;
    }

    public long create(long organisationId, PlanDetails details) {
        requireDatesInOrder(details);
        return plans.insert(organisationId, details, clock.instant());
    }

    public void change(long organisationId, long planId, int version, PlanDetails details) {
        requireDatesInOrder(details);
        requireScaleKeptOnceRated(organisationId, reader.plan(organisationId, planId), details);
        plans.update(organisationId, planId, version, details, clock.instant());
    }

    public Removal remove(long organisationId, long planId, int version) {
        Plan plan = reader.plan(organisationId, planId);
        if (plan.keepsHistory()) {
            plans.archive(organisationId, planId, version, clock.instant());
            return Removal.ARCHIVED;
        }
        plans.deleteDraft(organisationId, planId, version);
        return Removal.DELETED;
    }

    public long addGlossaryTerm(long organisationId, long planId, String abbreviation, String meaning) {
        reader.plan(organisationId, planId);
        requireUniqueAbbreviation(planId, abbreviation, 0);
        return glossary.insert(organisationId, planId, abbreviation.strip(), meaning.strip());
    }

    public void changeGlossaryTerm(long organisationId, long planId, long termId, int version, String abbreviation,
            String meaning) {
        requireUniqueAbbreviation(planId, abbreviation, termId);
        glossary.update(organisationId, planId, termId, version, abbreviation.strip(), meaning.strip());
    }

    public void removeGlossaryTerm(long organisationId, long planId, long termId, int version) {
        glossary.delete(organisationId, planId, termId, version);
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
