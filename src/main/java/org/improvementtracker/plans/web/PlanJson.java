package org.improvementtracker.plans.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.improvementtracker.plans.Action;
import org.improvementtracker.plans.CrossReference;
import org.improvementtracker.plans.Plan;
import org.improvementtracker.plans.PlanTree;
import org.improvementtracker.plans.SuccessMeasure;
import org.improvementtracker.plans.Timescale;

/** The API's view of a plan: the whole tree, sections to success measures. */
record PlanJson(long id, String title, String versionLabel, String status, LocalDate startsOn, LocalDate endsOn,
        String vision, String governance, String ratingScale, String sectionLabel, String outcomeLabel, int version,
        List<SectionJson> sections) {

    record Summary(long id, String title, String versionLabel, String status, LocalDate startsOn, LocalDate endsOn,
            int version) {

        static Summary of(Plan plan) {
            return new Summary(plan.id(), plan.title(), plan.versionLabel(), plan.status().name(), plan.startsOn(),
                    plan.endsOn(), plan.version());
        }
    }

    record SectionJson(long id, String number, String title, String description, Long leadPersonId, String lead,
            int version, List<OutcomeJson> outcomes, List<ActionJson> actions) {
    }

    record OutcomeJson(long id, String number, String text, List<String> sourceTags, int version,
            List<ActionJson> actions) {
    }

    record ActionJson(long id, String reference, String description, Long leadPersonId, String lead,
            Long responsiblePersonId, String responsibleOfficer, String timescaleText, LocalDate dueDate,
            boolean timescaleParsed, String timescaleProblem, List<String> crossReferences, int version,
            List<MeasureJson> successMeasures) {

        static ActionJson of(Action action, List<SuccessMeasure> measures, List<CrossReference> references) {
            Timescale timescale = action.timescale();
            return new ActionJson(action.id(), action.reference(), action.description(), action.leadPersonId(),
                    action.leadName(), action.responsiblePersonId(), action.responsibleName(), action.timescaleText(),
                    action.dueDate(), timescale.parsed(), timescale.problem(),
                    references.stream().map(CrossReference::reference).toList(), action.version(),
                    measures.stream().map(MeasureJson::of).toList());
        }

        static ActionJson of(PlanTree.ActionNode node) {
            return of(node.action(), node.measures(), node.crossReferences());
        }
    }

    record MeasureJson(long id, String text, BigDecimal targetValue, String targetUnit, LocalDate targetDate,
            int version) {

        static MeasureJson of(SuccessMeasure measure) {
            return new MeasureJson(measure.id(), measure.text(), measure.targetValue(), measure.targetUnit(),
                    measure.targetDate(), measure.version());
        }
    }

    static PlanJson of(PlanTree tree) {
        Plan plan = tree.plan();
        return new PlanJson(plan.id(), plan.title(), plan.versionLabel(), plan.status().name(), plan.startsOn(),
                plan.endsOn(), plan.vision(), plan.governance(), plan.ratingScale().name(), plan.sectionLabel(),
                plan.outcomeLabel(), plan.version(), tree.sections().stream().map(PlanJson::section).toList());
    }

    private static SectionJson section(PlanTree.SectionNode node) {
        var section = node.section();
        return new SectionJson(section.id(), section.number(), section.title(), section.description(),
                section.leadPersonId(), section.leadName(), section.version(),
                node.outcomes().stream().map(PlanJson::outcome).toList(),
                node.actionsWithoutOutcome().stream().map(ActionJson::of).toList());
    }

    private static OutcomeJson outcome(PlanTree.OutcomeNode node) {
        var outcome = node.outcome();
        return new OutcomeJson(outcome.id(), outcome.number(), outcome.text(), outcome.tags(), outcome.version(),
                node.actions().stream().map(ActionJson::of).toList());
    }

}
