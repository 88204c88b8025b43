package org.homeward.app.remains;

import java.util.ArrayList;
import java.util.List;

import org.homeward.formats.common.TextFile;

/**
 * CSV as spreadsheets write it. The text is decoded by {@link TextFile} (byte-order mark honoured,
 * UTF-8, else Windows-1252; CRLF, LF or CR); the separator is the one of comma, semicolon or tab
 * that the header row uses most; a cell in double quotes may hold separators, line breaks and
 * doubled quotes. Unquoted cells are trimmed.
 */
final class CsvTable {

    private CsvTable() {
    }

    static Table read(byte[] bytes) {
        TextFile text = TextFile.decode("manifest", bytes);
        if (text.lines().stream().anyMatch(line -> line.indexOf('\0') >= 0)) {
            throw new Table.Unreadable("this is neither a CSV file nor an XLSX workbook");
        }
        String joined = String.join("\n", text.lines());
        char separator = separator(text.lines().isEmpty() ? "" : text.lines().get(0));
        return new Table("CSV", false, parse(joined, separator));
    }

    static char separator(String header) {
        char best = ',';
        long bestCount = -1;
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count = countOutsideQuotes(header, candidate);
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static long countOutsideQuotes(String line, char c) {
        long count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                count++;
            }
        }
        return count;
    }

    /**
     * Rows of cells, numbered as a spreadsheet opening the file numbers them (a line break inside
     * quotes does not start a row); blank rows are dropped.
     */
    static List<Table.Row> parse(String text, char separator) {
        List<Table.Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int rowStart = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == separator) {
                cells.add(finish(cell, wasQuoted));
                wasQuoted = false;
            } else if (c == '\n') {
                cells.add(finish(cell, wasQuoted));
                wasQuoted = false;
                addRow(rows, rowStart, cells);
                cells = new ArrayList<>();
                rowStart++;
            } else if (c == '"' && cell.toString().isBlank() && !wasQuoted) {
                cell.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty() || wasQuoted) {
            cells.add(finish(cell, wasQuoted));
            addRow(rows, rowStart, cells);
        }
        return rows;
    }

    private static String finish(StringBuilder cell, boolean wasQuoted) {
        String value = wasQuoted ? cell.toString() : cell.toString().strip();
        cell.setLength(0);
        return value;
    }

    private static void addRow(List<Table.Row> rows, int number, List<String> cells) {
        if (cells.stream().anyMatch(value -> !value.isBlank())) {
            rows.add(new Table.Row(number, List.copyOf(cells)));
        }
    }
}
