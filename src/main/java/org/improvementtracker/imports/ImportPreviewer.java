package org.improvementtracker.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.improvementtracker.plans.RatingScale;
import org.springframework.stereotype.Component;

/**
 * What a file would import as, under a column mapping: reads its tables, takes the indicator tables' indicators
 * and the action tables' rows (see {@link ActionTables} and {@link IndicatorTables} for the rules), and lists
 * every problem. A file that cannot be read is a preview with that error and an empty plan, never an exception.
 *
 * <p>An action table is one whose header names an action column (or the column the mapping calls the
 * actions); every action table is read with the one mapping. Tables with no header, such as a summary sheet
 * or a "Previous period / Current period" line, are passed over.
 */
@Component
public class ImportPreviewer {

    private static final ImportedPlan NOTHING = new ImportedPlan(RatingScale.RAG, List.of(), List.of(), List.of());

    private final WordTables word;
    private final WorkbookTables workbook;
    private final CsvTables csv;
    private final HeaderFinder finder = new HeaderFinder();

    public ImportPreviewer(ImportLimits limits) {
        word = new WordTables(limits);
        workbook = new WorkbookTables(limits);
        csv = new CsvTables(limits);
    }

    /**
     * @param mapping the confirmed mapping, or null for the one the headers propose
     * @param scale   the scale of the plan the ratings go into, or null to infer it from the ratings
     *                ({@link RatingCells#inferred})
     */
    public ImportPreview preview(String fileName, byte[] file, ColumnMapping mapping, RatingScale scale) {
        ColumnMapping given = mapping == null ? new ColumnMapping(Map.of()) : mapping;
        Optional<TableReader> reader = reader(fileName);
        if (reader.isEmpty()) {
            return refused(fileName, given, scale, ImportProblem.ofFile(fileName, unsupported(fileName)));
        }
        List<SourceTable> tables;
        try {
            tables = reader.get().read(fileName, file);
        } catch (UnreadableFile refused) {
            return refused(fileName, given, scale, refused.problem());
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportedPlan.Indicator> indicators = new ArrayList<>();
        List<ColumnProposal> actionTables = new ArrayList<>();
        for (SourceTable table : tables) {
            ColumnProposal proposal = finder.propose(table);
            Optional<Integer> indicatorHeader = IndicatorTables.headerAt(table);
            boolean actions = namesActions(proposal, mapping) && indicatorHeader
                    .map(at -> table.rows().get(at).number() < proposal.headerRows().get(0)).orElse(true);
            indicatorHeader.ifPresent(at -> indicators.addAll(IndicatorTables.read(table, at,
                    actions ? proposal.headerRows().get(0) : Integer.MAX_VALUE, problems)));
            if (actions) {
                actionTables.add(proposal);
            }
        }
        ColumnMapping used = mapping != null ? mapping : ColumnMapping.proposed(actionTables);
        if (actionTables.isEmpty() && indicators.isEmpty()) {
            return refused(fileName, used, scale, ImportProblem.ofFile(fileName, "There is no table with a header row "
                    + "naming plan columns (Action, Lead, Timescale…): the plan's actions need to be in a table, one "
                    + "row or cell per action, under a row of headings"));
        }
        if (!actionTables.isEmpty() && used.columns().values().stream().noneMatch(f -> f.field() == PlanField.ACTION)) {
            return refused(fileName, used, scale, ImportProblem.ofFile(fileName, "No column is chosen for the "
                    + "actions: choose the column that holds them"));
        }
        if (mapping == null) {
            actionTables.forEach(table -> problems.addAll(table.problems()));
        }
        RatingScale ratingScale = scale != null ? scale : RatingCells.inferred(actionTables.stream()
                .flatMap(table -> ActionTables.ratingCells(table, used).stream()).toList());
        ActionTables rows = new ActionTables(fileName, used, ratingScale, problems);
        actionTables.forEach(rows::read);
        ImportedPlan plan = rows.plan(ActionTables.periods(used), indicators);
        return new ImportPreview(fileName, used, plan, problems);
    }

    /** Whether the table's header names the actions, by its own headings or by the mapping's action column. */
    private static boolean namesActions(ColumnProposal proposal, ColumnMapping mapping) {
        if (!proposal.headerFound()) {
            return false;
        }
        if (proposal.mapped().stream().anyMatch(column -> column.field() == PlanField.ACTION)) {
            return true;
        }
        return mapping != null && mapping.columns().entrySet().stream()
                .filter(entry -> entry.getValue().field() == PlanField.ACTION)
                .anyMatch(entry -> proposal.columns().stream().anyMatch(column -> column.letter()
                        .equals(entry.getKey()) && !column.heading().isBlank()));
    }

    private Optional<TableReader> reader(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return Optional.of(word);
        }
        if (name.endsWith(".xlsx")) {
            return Optional.of(workbook);
        }
        return name.endsWith(".csv") ? Optional.of(csv) : Optional.empty();
    }

    private static String unsupported(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsm") || name.endsWith(".docm")) {
            return "The file is macro-enabled, which is not accepted: save it without macros, as an Excel workbook "
                    + "(.xlsx) or Word document (.docx), and upload that";
        }
        if (name.endsWith(".xls") || name.endsWith(".doc")) {
            return "The file is in the old Office 97-2003 format: open it and save it as an Excel workbook (.xlsx) or "
                    + "Word document (.docx), and upload that";
        }
        return "Only Word documents (.docx), Excel workbooks (.xlsx) and CSV files (.csv) can be imported: save the "
                + "plan as one of those";
    }

    private static ImportPreview refused(String fileName, ColumnMapping mapping, RatingScale scale,
            ImportProblem problem) {
        ImportedPlan plan = scale == null ? NOTHING : new ImportedPlan(scale, List.of(), List.of(), List.of());
        return new ImportPreview(fileName, mapping, plan, List.of(problem));
    }
}
