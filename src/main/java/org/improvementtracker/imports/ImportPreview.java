package org.improvementtracker.imports;

import java.util.List;

/**
 * What the importer makes of a file under a mapping: the plan it would become and every problem found,
 * each naming its file, place, row, column and value. Errors block the import; warnings need the person
 * importing to confirm them.
 */
public record ImportPreview(String fileName, ColumnMapping mapping, ImportedPlan plan, List<ImportProblem> problems) {

    public ImportPreview {
        problems = List.copyOf(problems);
    }

    public boolean blocked() {
        return problems.stream().anyMatch(problem -> problem.severity() == ImportProblem.Severity.ERROR);
    }

    public boolean hasWarnings() {
        return problems.stream().anyMatch(problem -> problem.severity() == ImportProblem.Severity.WARNING);
    }
}
