package org.homeward.formats.common;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A delimited text table as spreadsheets export it (lab tables, family tables, frequency tables,
 * manifests), read with Apache Commons CSV: a cell in double quotes may hold separators, line
 * breaks and doubled quotes; unquoted cells are trimmed; blank rows are left out. A quote left open
 * is an error naming the line where its row starts, never cells silently merged to the end of the
 * file, and so is text after a closing quote.
 *
 * @param rows the non-blank rows in file order
 */
public record Table(String name, char separator, List<Row> rows) {

    private static final char[] SEPARATORS = {',', ';', '\t'};

    public Table {
        rows = List.copyOf(rows);
    }

    /**
     * One row of cells.
     *
     * @param line           the line the row starts on (1 for the first line of the file)
     * @param spreadsheetRow the row's number where a spreadsheet opens the file (blank rows count, a
     *                       line break inside quotes does not start a row)
     */
    public record Row(int line, int spreadsheetRow, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell in this column, or empty when the row is shorter. */
        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }

        /** The cells without the empty ones at the end (spreadsheets export trailing empty columns). */
        public List<String> filledCells() {
            int n = cells.size();
            while (n > 0 && cells.get(n - 1).isEmpty()) {
                n--;
            }
            return cells.subList(0, n);
        }
    }

    /**
     * The separator of a table whose first row is {@code header}: whichever of comma, semicolon and
     * tab it holds most often outside quotes (comma when none, or on a tie with comma).
     */
    public static char separator(String header) {
        char best = ',';
        long bestCount = 0;
        for (char candidate : SEPARATORS) {
            long count = countOutsideQuotes(header, candidate);
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    /** The table, its separator taken from its first non-blank line; an unclosed quote is a {@link FormatException}. */
    public static Table read(TextFile text) {
        return new ProblemLog(text.name(), Strictness.STRICT).run(log -> read(text, separatorOf(text), log)).value();
    }

    /** The table, its separator taken from its first non-blank line; an unclosed quote is fatal in {@code log}. */
    public static Table read(TextFile text, ProblemLog log) {
        return read(text, separatorOf(text), log);
    }

    public static Table read(TextFile text, char separator, ProblemLog log) {
        return parse(text.name(), String.join("\n", text.lines()), 1, separator, log);
    }

    /**
     * One line read as a row on its own (a header looked at to recognise a format, a line of a
     * format that is not one table); an unclosed quote is fatal in {@code log}.
     */
    public static Row row(String line, int lineNumber, char separator, ProblemLog log) {
        List<Row> rows = parse(log.file(), line, lineNumber, separator, log).rows();
        return rows.isEmpty() ? new Row(lineNumber, 1, List.of()) : rows.get(0);
    }

    private static Table parse(String name, String text, int firstLine, char separator, ProblemLog log) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separator)
                .setQuote('"')
                .setRecordSeparator('\n')
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(false)
                .get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                // Commons CSV counts the line breaks it has consumed: the next row starts on the line after them.
                int line = firstLine + (int) parser.getCurrentLineNumber();
                boolean more;
                try {
                    more = records.hasNext();
                } catch (UncheckedIOException | IllegalStateException unsound) {
                    throw log.fatal(line, "", unsoundRow(unsound));
                }
                if (!more) {
                    break;
                }
                CSVRecord record = records.next();
                List<String> cells = record.toList();
                if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                    rows.add(new Row(line, (int) record.getRecordNumber(), cells));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String does not fail
        }
        return new Table(name, separator, rows);
    }

    private static String unsoundRow(RuntimeException unsound) {
        String cause = String.valueOf(unsound.getCause() == null ? unsound.getMessage() : unsound.getCause().getMessage());
        if (cause.contains("EOF")) {
            return "a quoted cell in this row is never closed (a \" is missing; a quote inside a quoted cell is written \"\")";
        }
        return "text follows a quoted cell before the next separator (a quote inside a quoted cell is written \"\")";
    }

    private static char separatorOf(TextFile text) {
        return text.lines().stream().filter(line -> !line.isBlank()).findFirst().map(Table::separator).orElse(',');
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
}
