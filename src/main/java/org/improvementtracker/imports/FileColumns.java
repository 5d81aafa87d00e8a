package org.improvementtracker.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The columns of a file's first action table as the mapping form lists them: letter, heading as written and
 * the first value under it, so the person importing sees what each column holds. Empty for a file with no
 * table whose header names plan columns.
 */
@Component
public class FileColumns {

    /** One column of the table: its letter, heading and a sample value (blank when the first row has none). */
    public record Column(String letter, String heading, String sample) {
    }

    private final ImportLimits limits;
    private final HeaderFinder finder = new HeaderFinder();

    FileColumns(ImportLimits limits) {
        this.limits = limits;
    }

    public List<Column> of(String fileName, byte[] file) {
        TableReader reader = reader(fileName);
        if (reader == null) {
            return List.of();
        }
        List<SourceTable> tables;
        try {
            tables = reader.read(fileName, file);
        } catch (UnreadableFile refused) {
            return List.of();
        }
        return tables.stream().map(finder::propose).filter(ColumnProposal::headerFound)
                .filter(proposal -> proposal.mapped().stream().anyMatch(column -> column.field() == PlanField.ACTION))
                .findFirst().map(FileColumns::columns).orElse(List.of());
    }

    private static List<Column> columns(ColumnProposal proposal) {
        SourceRow first = proposal.dataRows().isEmpty() ? null : proposal.dataRows().get(0);
        List<Column> columns = new ArrayList<>();
        for (ProposedColumn column : proposal.columns()) {
            String sample = first == null ? "" : first.cell(column.column());
            columns.add(new Column(column.letter(), column.heading(), sample == null ? "" : sample));
        }
        return columns;
    }

    private TableReader reader(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return new WordTables(limits);
        }
        if (name.endsWith(".xlsx")) {
            return new WorkbookTables(limits);
        }
        return name.endsWith(".csv") ? new CsvTables(limits) : null;
    }
}
