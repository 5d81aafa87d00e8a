package org.improvementtracker.support;

/**
 * Something wrong in an uploaded file, named as the user sees it in their spreadsheet: the row (the header
 * is row 1), the column by its heading, and what the cell held. Row and column are null for the file as a whole.
 */
public record RowProblem(Integer row, String column, String value, String message) {

    /** "Row 4, column ‘value’: A percentage must be between 0 and 100 (you entered ‘120’)" */
    public String sentence() {
        StringBuilder sentence = new StringBuilder();
        if (row != null) {
            sentence.append("Row ").append(row);
            if (column != null) {
                sentence.append(", column ‘").append(column).append('’');
            }
            sentence.append(": ");
        }
        sentence.append(message);
        if (value != null && !value.isBlank()) {
            sentence.append(" (you entered ‘").append(value).append("’)");
        }
        return sentence.toString();
    }
}
