package org.homeward.app.genetics;

/**
 * A problem in an imported file (a manifest, a lab file): where it lies (a manifest's row as a
 * spreadsheet numbers it, a lab file's line, the line where a quote was left open; 0 for the file as
 * a whole or for a sample wherever it stands), the column as its header names it or the sample it concerns (empty when none applies)
 * and what is wrong. The one row-problem type of every import.
 */
public record RowProblem(int row, String column, String message) {

    public RowProblem {
        column = column == null ? "" : column;
    }

    /** Where the problem lies as a path into the upload: {@code file}, {@code file[line 12]}, {@code file[line 12].alleles}. */
    public String path() {
        return "file" + (row > 0 ? "[line " + row + "]" : "") + (column.isEmpty() ? "" : "." + column);
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
