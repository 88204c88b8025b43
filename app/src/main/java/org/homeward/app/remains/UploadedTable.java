package org.homeward.app.remains;

import java.util.List;

import org.homeward.formats.common.Table;
import org.homeward.formats.common.TextFile;

/**
 * The cells of an uploaded spreadsheet or CSV file, row by row, as text: an XLSX workbook's first
 * sheet ({@link XlsxTable}), else a CSV table read by formats' one table reader ({@link Table}).
 * Rows are numbered as a spreadsheet shows them ({@link Table.Row#spreadsheetRow()}); blank rows
 * are left out.
 *
 * @param spreadsheet true for XLSX, where a number in a date column is a spreadsheet date serial
 */
record UploadedTable(String format, boolean spreadsheet, List<Table.Row> rows) {

    /** A file that cannot be read as a table at all. */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    /**
     * XLSX by its zip signature, else CSV; a CSV row left with an open quote is a
     * {@link org.homeward.formats.common.FormatException} naming its line.
     */
    static UploadedTable read(String fileName, byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return XlsxTable.read(bytes);
        }
        TextFile text = TextFile.decode(fileName, bytes);
        if (text.lines().stream().anyMatch(line -> line.indexOf('\0') >= 0)) {
            throw new Unreadable("this is neither a CSV file nor an XLSX workbook");
        }
        return new UploadedTable("CSV", false, Table.read(text).rows());
    }
}
