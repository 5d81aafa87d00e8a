package org.improvementtracker.imports.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.improvementtracker.imports.ActionMatching;
import org.improvementtracker.imports.ImportPreview;
import org.improvementtracker.imports.ImportProblem;
import org.improvementtracker.imports.ImportedPlan;
import org.improvementtracker.imports.PendingPreview;

/**
 * The API's preview of an upload: the mapping by column letter, the plan the file would become, and its
 * problems, each naming file, sheet (or Word table), row, column and value. {@code unmatched} lists, for an
 * import into an existing plan, the file's actions that match none of the plan's (null for a new plan).
 */
record ImportJson(UUID importId, String fileName, Map<String, String> mapping, PlanJson plan,
        List<ProblemJson> problems, boolean blocked, boolean hasWarnings, List<String> unmatched) {

    static ImportJson of(PendingPreview pending, ActionMatching matching) {
        ImportPreview preview = pending.preview();
        return new ImportJson(pending.importId(), preview.fileName(), preview.mapping().keys(),
                PlanJson.of(preview.plan()), preview.problems().stream().map(ProblemJson::of).toList(),
                preview.blocked(), preview.hasWarnings(), matching == null ? null
                        : matching.unmatched().stream().map(ActionMatching::described).toList());
    }

    record PlanJson(String ratingScale, List<String> periods, List<SectionJson> sections,
            List<IndicatorJson> indicators) {

        static PlanJson of(ImportedPlan plan) {
            return new PlanJson(plan.ratingScale().name(), plan.periods(),
                    plan.sections().stream().map(SectionJson::of).toList(),
                    plan.indicators().stream().map(IndicatorJson::of).toList());
        }
    }

    record SectionJson(String number, String title, List<OutcomeJson> outcomes) {

        static SectionJson of(ImportedPlan.Section section) {
            return new SectionJson(section.number(), section.title(),
                    section.outcomes().stream().map(OutcomeJson::of).toList());
        }
    }

    record OutcomeJson(String number, String text, List<ActionJson> actions) {

        static OutcomeJson of(ImportedPlan.Outcome outcome) {
            return new OutcomeJson(outcome.number(), outcome.text(),
                    outcome.actions().stream().map(ActionJson::of).toList());
        }
    }

    record ActionJson(String reference, String description, String lead, String responsibleOfficer,
            String timescaleText, LocalDate dueDate, List<String> successMeasures, String evidenceOfImpact,
            Map<String, Integer> ratings, Map<String, String> updates, String sheet, Integer row) {

        static ActionJson of(ImportedPlan.Action action) {
            return new ActionJson(action.reference(), action.description(), action.lead(),
                    action.responsibleOfficer(), action.timescaleText(), action.dueDate(), action.successMeasures(),
                    action.evidenceOfImpact(), action.ratings(), action.updates(),
                    action.source() == null ? null : action.source().place(),
                    action.source() == null ? null : action.source().row());
        }
    }

    record IndicatorJson(String section, String name, String polarity, String baselineLabel, BigDecimal baseline,
            BigDecimal benchmark, Map<String, BigDecimal> values, String notes) {

        static IndicatorJson of(ImportedPlan.Indicator indicator) {
            return new IndicatorJson(indicator.section(), indicator.name(), indicator.polarity(),
                    indicator.baselineLabel(), indicator.baseline(), indicator.benchmark(), indicator.values(),
                    indicator.notes());
        }
    }

    /** A problem as the API names its parts: {@code sheet} is the sheet or Word table. */
    record ProblemJson(String severity, String file, String sheet, Integer row, String column, String value,
            String message) {

        static ProblemJson of(ImportProblem problem) {
            return new ProblemJson(problem.severity().name(), problem.file(), problem.place(), problem.row(),
                    problem.column(), problem.value(), problem.message());
        }
    }
}
