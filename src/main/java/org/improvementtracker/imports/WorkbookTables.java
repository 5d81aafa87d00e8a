package org.improvementtracker.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The tables on every sheet of an Excel workbook (.xlsx), several to a sheet where fully blank rows part
 * them (an indicator table above the action table). Cells read as Excel shows them: numbers and dates in
 * the cell's format, formulas as their last calculated value (never recalculated). In a merged range only
 * the top-left cell keeps its text.
 */
public final class WorkbookTables implements TableReader {

    /** Beyond this, a column is not part of any plan; a hostile file may put one cell in column XFD. */
    private static final int MAX_COLUMNS = 256;

    private final ImportLimits limits;

    public WorkbookTables(ImportLimits limits) {
        this.limits = limits;
    }

    @Override
    public List<SourceTable> read(String fileName, byte[] file) {
        limits.check(fileName, file);
        return OfficeFiles.read(fileName, file, OfficeFiles.Kind.EXCEL, pack -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook(pack)) {
                DataFormatter formatter = new DataFormatter(Locale.UK);
                formatter.setUseCachedValuesForFormulaCells(true);
                List<SourceTable> tables = new ArrayList<>();
                for (Sheet sheet : workbook) {
                    tables.addAll(SourceTable.splitAtBlankRows(fileName, sheet.getSheetName(), rows(sheet, formatter)));
                }
                return tables;
            }
        });
    }

    private static List<SourceRow> rows(Sheet sheet, DataFormatter formatter) {
        List<CellRangeAddress> merged = sheet.getMergedRegions();
        List<SourceRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                int column = cell.getColumnIndex();
                if (column >= MAX_COLUMNS) {
                    break;
                }
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(coveredByMerge(cell, merged) ? "" : Cells.clean(formatter.formatCellValue(cell)));
            }
            rows.add(new SourceRow(row.getRowNum() + 1, Cells.trimmed(cells)));
        }
        return rows;
    }

    /**
     * Whether the cell is in a merged range but not its top-left cell, which alone holds the range's value.
     * Checked cell by cell: listing a range's cells could be billions for a hostile A1:XFD1048576.
     */
    private static boolean coveredByMerge(Cell cell, List<CellRangeAddress> merged) {
        for (CellRangeAddress range : merged) {
            if (range.isInRange(cell) && (cell.getRowIndex() != range.getFirstRow()
                    || cell.getColumnIndex() != range.getFirstColumn())) {
                return true;
            }
        }
        return false;
    }
}
