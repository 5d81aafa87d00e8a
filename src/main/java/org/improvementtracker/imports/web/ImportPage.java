package org.improvementtracker.imports.web;

import java.util.List;
import java.util.UUID;

import org.improvementtracker.imports.ActionMatching;
import org.improvementtracker.imports.ImportPreview;
import org.improvementtracker.imports.ImportProblem;
import org.improvementtracker.imports.ImportedPlan;
import org.improvementtracker.imports.PendingPreview;
import org.improvementtracker.imports.ProposedColumn;
import org.improvementtracker.plans.Plan;

/**
 * The preview page: the plan the file would become with its counts, the problems split into errors and
 * warnings, and, importing into an existing plan, that plan and the file's actions that match none of its own.
 */
record ImportPage(UUID importId, ImportPreview preview, Plan target, List<ImportedPlan.Action> unmatched,
        int outcomes, List<ImportProblem> errors, List<ImportProblem> warnings) {

    static ImportPage of(PendingPreview pending, Plan target, ActionMatching matching) {
        ImportPreview preview = pending.preview();
        int outcomes = (int) preview.plan().sections().stream().flatMap(section -> section.outcomes().stream())
                .filter(outcome -> outcome.text() != null && !outcome.text().isBlank()).count();
        return new ImportPage(pending.importId(), preview, target,
                matching == null ? List.of() : matching.unmatched(), outcomes,
                preview.problems().stream().filter(p -> p.severity() == ImportProblem.Severity.ERROR).toList(),
                preview.problems().stream().filter(p -> p.severity() == ImportProblem.Severity.WARNING).toList());
    }

    /** Whether the file has a current period, whose label the person importing may give. */
    public boolean hasCurrentPeriod() {
        return preview.plan().periods().contains(ImportedPlan.CURRENT);
    }

    /** "Initial", "Current period" or the label as the file gives it. */
    public String periodName(String label) {
        if (ProposedColumn.INITIAL.equals(label)) {
            return "Initial";
        }
        return ImportedPlan.CURRENT.equals(label) ? "Current period" : label;
    }

    public String described(ImportedPlan.Action action) {
        return ActionMatching.described(action);
    }

    public int actionCount() {
        return preview.plan().actions().size();
    }

    /** The address of a step of this import, keeping the chosen plan. */
    static String address(UUID importId, String step, Long planId) {
        return "/imports/" + importId + step + (planId == null ? "" : "?planId=" + planId);
    }
}
