package org.homeward.app.remains;

/**
 * A problem in an imported file: the row as a spreadsheet numbers it (the header is row 1; 0 for
 * the file as a whole), the column as its header names it (empty when none applies) and what is wrong.
 */
public record RowProblem(int row, String column, String message) {

    public RowProblem {
        column = column == null ? "" : column;
    }

    /** "row 5, claimed date: not a date (…)". */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (row > 0) {
            s.append("row ").append(row);
        }
        if (!column.isEmpty()) {
            s.append(s.isEmpty() ? "" : ", ").append(column);
        }
        return s.append(s.isEmpty() ? "" : ": ").append(message).toString();
    }
}
