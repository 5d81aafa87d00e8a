package org.improvementtracker.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * The rows of one worksheet as its cells stream past, each cell's text as Excel shows it, and the sheet's
 * merged ranges, which the sheet's XML lists after its rows: a merged range's covered cells are blanked once
 * the whole sheet is read.
 */
final class SheetRows implements SheetContentsHandler {

    /** Beyond this, a column is not part of any plan; a hostile file may put one cell in column XFD. */
    private static final int MAX_COLUMNS = 256;

    /** By row index, so rows come out in order and a row listed twice keeps its last cells, as Excel does. */
    private final Map<Integer, List<String>> cellsByRow = new TreeMap<>();
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private List<String> cells;
    private int nextColumn;

    @Override
    public void startRow(int rowIndex) {
        cells = new ArrayList<>();
        cellsByRow.put(rowIndex, cells);
        nextColumn = 0;
    }

    @Override
    public void endRow(int rowIndex) {
        cells = null;
    }

    /** A cell without a reference follows the one before it, as Excel places it. */
    @Override
    public void cell(String reference, String shown, XSSFComment comment) {
        int column = reference == null ? nextColumn : new CellReference(reference).getCol();
        nextColumn = column + 1;
        if (cells == null || column < 0 || column >= MAX_COLUMNS) {
            return;
        }
        while (cells.size() <= column) {
            cells.add("");
        }
        cells.set(column, Cells.clean(shown));
    }

    void merged(CellRangeAddress range) {
        merged.add(range);
    }

    /** The sheet's rows, numbered from 1 as Excel numbers them, without trailing blank cells. */
    List<SourceRow> rows() {
        List<SourceRow> rows = new ArrayList<>();
        cellsByRow.forEach((rowIndex, rowCells) -> {
            for (int column = 0; column < rowCells.size(); column++) {
                if (!rowCells.get(column).isEmpty() && coveredByMerge(rowIndex, column)) {
                    rowCells.set(column, "");
                }
            }
            rows.add(new SourceRow(rowIndex + 1, Cells.trimmed(rowCells)));
        });
        return rows;
    }

    /**
     * Whether the cell is in a merged range but not its top-left cell, which alone holds the range's value.
     * Checked cell by cell: listing a range's cells could be billions for a hostile A1:XFD1048576.
     */
    private boolean coveredByMerge(int row, int column) {
        for (CellRangeAddress range : merged) {
            if (range.isInRange(row, column) && (row != range.getFirstRow() || column != range.getFirstColumn())) {
                return true;
            }
        }
        return false;
    }
}
