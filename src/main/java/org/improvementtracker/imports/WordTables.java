package org.improvementtracker.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Every table in a Word document (.docx), in document order, numbered from 1. A cell's paragraphs (and
 * bullet points, each a paragraph) are joined with line breaks; a cell spanning several grid columns is
 * followed by blank cells so that columns line up with the header; the lower cells of a vertical merge
 * come out blank (what they inherit is decided later, when rows become actions).
 */
public final class WordTables implements TableReader {

    private final ImportLimits limits;

    public WordTables(ImportLimits limits) {
        this.limits = limits;
    }

    @Override
    public List<SourceTable> read(String fileName, byte[] file) {
        limits.check(fileName, file);
        return OfficeFiles.read(fileName, file, OfficeFiles.Kind.WORD, pack -> {
            try (XWPFDocument document = new XWPFDocument(pack)) {
                List<SourceTable> tables = new ArrayList<>();
                for (IBodyElement element : document.getBodyElements()) {
                    if (element instanceof XWPFTable table) {
                        tables.add(new SourceTable(fileName, null, tables.size() + 1, rows(table)));
                    }
                }
                return tables;
            }
        });
    }

    private static List<SourceRow> rows(XWPFTable table) {
        List<SourceRow> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(mergedFromAbove(cell) ? "" : text(cell));
                for (int spanned = 1; spanned < span(cell); spanned++) {
                    cells.add("");
                }
            }
            rows.add(new SourceRow(rows.size() + 1, Cells.trimmed(cells)));
        }
        return rows;
    }

    /** A nested table's rows become lines too, its cells separated by tabs. */
    private static String text(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                lines.add(paragraph.getText());
            } else if (element instanceof XWPFTable nested) {
                for (XWPFTableRow row : nested.getRows()) {
                    lines.add(row.getTableCells().stream().map(WordTables::text).collect(Collectors.joining("\t")));
                }
            }
        }
        return Cells.clean(String.join("\n", lines));
    }

    private static boolean mergedFromAbove(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getVMerge() == null) {
            return false;
        }
        // A merge without a value continues the cell above; only "restart" begins one.
        return properties.getVMerge().getVal() != STMerge.RESTART;
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getGridSpan() == null) {
            return 1;
        }
        // Guarded because a hostile file can claim any span.
        return Math.max(1, Math.min(properties.getGridSpan().getVal().intValue(), 64));
    }
}
