package org.homeward.app.remains;

import java.util.List;

/**
 * The cells of an imported spreadsheet or CSV file, row by row, as text. Row numbers are those a
 * spreadsheet shows (the first row is 1); blank rows are left out.
 *
 * @param spreadsheet true for XLSX, where a number in a date column is a spreadsheet date serial
 */
record Table(String format, boolean spreadsheet, List<Row> rows) {

    record Row(int number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /** A file that cannot be read as a table at all. */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    /** XLSX by its zip signature, else CSV. */
    static Table read(byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return XlsxTable.read(bytes);
        }
        return CsvTable.read(bytes);
    }
}
