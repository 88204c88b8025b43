package org.homeward.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV file the application wrote, as a spreadsheet would: checks its byte order mark, then gives its rows of cells. */
public final class CsvFiles {

    private CsvFiles() {
    }

    /** The rows (header first) of {@code csv}, which must start with the UTF-8 byte order mark. */
    public static List<List<String>> cells(byte[] csv) {
        assertThat(csv).as("UTF-8 byte order mark, so that Excel reads Cyrillic").startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            return parser.getRecords().stream().map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The column {@code header} of every row of {@code csv} after the header. */
    public static List<String> column(byte[] csv, String header) {
        List<List<String>> rows = cells(csv);
        int index = rows.get(0).indexOf(header);
        assertThat(index).as("column " + header).isNotNegative();
        return rows.stream().skip(1).map(row -> row.get(index)).toList();
    }
}
