package org.homeward.app.remains;

import static org.homeward.app.web.Limits.BAG_NUMBER_LENGTH;
import static org.homeward.app.web.Limits.NAME_LENGTH;
import static org.homeward.app.web.Limits.NOTE_LENGTH;
import static org.homeward.app.web.Limits.SHORT_TEXT_LENGTH;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.homeward.app.genetics.RowProblem;
import org.homeward.formats.common.FormatException;
import org.homeward.formats.common.Table;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Reads a transfer's manifest (CSV or XLSX, one bag per row) and checks every row, naming the row
 * and column of each problem. The header row names the columns, in any order and case:
 *
 * <pre>
 * bag number            unique in the file and in the transfer; empty when the bag has none that can be
 *                       read: it gets a provisional number (a warning, not an error)
 * other label           the sending side's label or number on the bag
 * claimed place         the recovery place the sending side claims (free text)
 * claimed region        optional
 * latitude, longitude   optional, decimal degrees, both or neither
 * claimed date          2025-06-16, 16.06.2025 or 16/06/2025 (day first), or a spreadsheet date
 * notes
 * condition             damaged, unlabelled, label illegible or seal broken (a warning on the row)
 * stated name           what the bag or the manifest states of whose remains these are: a name,
 * service number        a service number,
 * side                  own side, other side or undetermined (recorded as statements from the manifest,
 *                       compared with DNA on identification; a value that cannot be one is a warning)
 * </pre>
 *
 * A column the reader does not know, and a value in a column without a header, are warnings: their
 * values are not read.
 *
 * Pure: no database. The bag numbers already registered for the transfer are given.
 */
final class ManifestReader {

    static final int MAX_ROWS = 20_000;

    enum Column {
        BAG_NUMBER("bag number", "bag", "bagnumber", "bagno", "bagnr", "bagid", "number", "no"),
        OTHER_LABEL("other label", "otherlabel", "othersidelabel", "othersidenumber", "otherside", "label", "theirlabel",
                "theirnumber", "senderlabel", "sendernumber", "originallabel", "originalnumber"),
        CLAIMED_PLACE("claimed place", "claimedplace", "place", "recoveryplace", "claimedrecoveryplace", "locality",
                "location", "claimedlocality"),
        CLAIMED_REGION("claimed region", "claimedregion", "region", "oblast"),
        LATITUDE("latitude", "latitude", "lat", "claimedlatitude"),
        LONGITUDE("longitude", "longitude", "lon", "lng", "long", "claimedlongitude"),
        CLAIMED_DATE("claimed date", "claimeddate", "date", "recoverydate", "claimedrecoverydate", "dateofrecovery"),
        NOTES("notes", "notes", "note", "remarks", "remark", "comment", "comments"),
        CONDITION("condition", "condition", "bagcondition", "state", "bagstate"),
        STATED_NAME("stated name", "statedname", "name", "fullname", "statedfullname", "nameonlabel"),
        STATED_SERVICE_NUMBER("service number", "servicenumber", "statedservicenumber", "militarynumber", "personalnumber",
                "tokennumber", "dogtag"),
        STATED_SIDE("side", "side", "statedside", "nationality", "statednationality");

        final String label;
        final Set<String> names;

        Column(String label, String... names) {
            this.label = label;
            this.names = Set.of(names);
        }

        static Column named(String header) {
            String key = header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
            for (Column column : values()) {
                if (column.names.contains(key)) {
                    return column;
                }
            }
            return null;
        }
    }

    record Result(String format, int dataRows, List<ManifestRow> rows, List<RowProblem> errors, List<RowProblem> warnings) {
    }

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    /** Day 0 of the spreadsheet date system (1900 system, with its leap-year quirk: day 60 is the false 29 February 1900). */
    private static final LocalDate SPREADSHEET_EPOCH = LocalDate.of(1899, 12, 30);

    private ManifestReader() {
    }

    /**
     * @param existingBagNumbers bag numbers already registered for the transfer (compared without case)
     * @param today              the current date: a claimed recovery date may not be later
     */
    static Result read(byte[] bytes, Set<String> existingBagNumbers, LocalDate today) {
        List<RowProblem> errors = new ArrayList<>();
        List<RowProblem> warnings = new ArrayList<>();
        UploadedTable table;
        try {
            table = UploadedTable.read("manifest", bytes);
        } catch (UploadedTable.Unreadable unreadable) {
            return new Result("?", 0, List.of(), List.of(new RowProblem(0, "", unreadable.getMessage())), List.of());
        } catch (FormatException unsound) {
            return new Result("CSV", 0, List.of(), unsound.problems().stream()
                    .map(problem -> new RowProblem(problem.line(), problem.field(), problem.message())).toList(), List.of());
        }
        if (table.rows().isEmpty()) {
            return new Result(table.format(), 0, List.of(), List.of(new RowProblem(0, "", "the file is empty: it needs a header row "
                    + "(bag number, other label, claimed place, claimed date, notes) and one row per bag")), List.of());
        }
        Table.Row header = table.rows().get(0);
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        Map<Integer, String> headers = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            headers.put(i, name);
            Column column = Column.named(name);
            if (column == null) {
                warnings.add(new RowProblem(header.spreadsheetRow(), name, "unknown column, not read; the columns are bag number, "
                        + "other label, claimed place, claimed region, latitude, longitude, claimed date, notes, condition, stated name, "
                        + "service number and side"));
            } else if (columns.containsKey(column)) {
                errors.add(new RowProblem(header.spreadsheetRow(), name, "a second " + column.label + " column (the first is '"
                        + headers.get(columns.get(column)) + "')"));
            } else {
                columns.put(column, i);
            }
        }
        if (!columns.containsKey(Column.BAG_NUMBER)) {
            errors.add(new RowProblem(header.spreadsheetRow(), "bag number", "the header row has no bag number column"));
        }
        if (columns.containsKey(Column.LATITUDE) != columns.containsKey(Column.LONGITUDE)) {
            errors.add(new RowProblem(header.spreadsheetRow(), columns.containsKey(Column.LATITUDE) ? "longitude" : "latitude",
                    "latitude and longitude come together: this column is missing"));
        }
        if (!errors.isEmpty()) {
            return new Result(table.format(), table.rows().size() - 1, List.of(), errors, warnings);
        }
        int dataRows = table.rows().size() - 1;
        if (dataRows > MAX_ROWS) {
            return new Result(table.format(), dataRows, List.of(), List.of(new RowProblem(0, "",
                    "the manifest has " + dataRows + " rows; import at most " + MAX_ROWS + " at a time")), warnings);
        }
        if (dataRows == 0) {
            errors.add(new RowProblem(0, "", "the manifest has a header row but no bags"));
        }
        Set<String> existing = new java.util.HashSet<>();
        existingBagNumbers.forEach(number -> existing.add(number.toLowerCase(Locale.ROOT)));
        Map<String, Integer> seen = new HashMap<>();
        List<ManifestRow> rows = new ArrayList<>();
        Set<Integer> headerless = new java.util.HashSet<>();
        for (Table.Row row : table.rows().subList(1, table.rows().size())) {
            RowReader reader = new RowReader(row, columns, headers, errors, warnings);
            String bag = reader.text(Column.BAG_NUMBER, BAG_NUMBER_LENGTH);
            BagCondition condition = reader.condition();
            if (bag == null && !reader.failed()) {
                condition = condition == null ? BagCondition.UNLABELLED : condition;
                warnings.add(reader.at(Column.BAG_NUMBER, "no bag number: the bag gets a provisional number"));
            }
            if (condition != null && !reader.failed()) {
                warnings.add(reader.at(Column.CONDITION, "bag flagged: " + condition.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
            }
            String label = reader.text(Column.OTHER_LABEL, 100);
            String place = reader.text(Column.CLAIMED_PLACE, 300);
            String region = reader.text(Column.CLAIMED_REGION, 200);
            BigDecimal latitude = reader.degrees(Column.LATITUDE, 90);
            BigDecimal longitude = reader.degrees(Column.LONGITUDE, 180);
            if ((latitude == null) != (longitude == null) && !reader.failed()) {
                reader.error(latitude == null ? Column.LATITUDE : Column.LONGITUDE,
                        "give both latitude and longitude, or neither");
            }
            LocalDate date = reader.date(Column.CLAIMED_DATE, table.spreadsheet(), today);
            String notes = reader.text(Column.NOTES, NOTE_LENGTH);
            NewStatedIdentity stated = reader.stated();
            for (int i = 0; i < row.cells().size(); i++) {
                if (!headers.containsKey(i) && !row.cells().get(i).isBlank() && headerless.add(i)) {
                    warnings.add(new RowProblem(row.spreadsheetRow(), columnName(i), "a value in a column without a header, not read"));
                }
            }
            if (bag != null) {
                String key = bag.toLowerCase(Locale.ROOT);
                Integer first = seen.putIfAbsent(key, row.spreadsheetRow());
                if (first != null) {
                    reader.error(Column.BAG_NUMBER, "bag number " + bag + " is also on row " + first);
                } else if (existing.contains(key)) {
                    reader.error(Column.BAG_NUMBER, "bag " + bag + " is already registered for this transfer");
                }
            }
            if (!reader.failed()) {
                rows.add(new ManifestRow(row.spreadsheetRow(), bag, label, new RecoveryPlace(region, place, latitude, longitude), date, notes,
                        condition, stated));
            }
        }
        return new Result(table.format(), dataRows, rows, errors, warnings);
    }

    /** A, B, … Z, AA, … as spreadsheets name columns. */
    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return "column " + name;
    }

    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    private static final class RowReader {
        private final Table.Row row;
        private final Map<Column, Integer> columns;
        private final Map<Integer, String> headers;
        private final List<RowProblem> problems;
        private final List<RowProblem> warnings;
        private boolean failed;

        boolean failed() {
            return failed;
        }

        void error(Column column, String message) {
            problems.add(at(column, message));
            failed = true;
        }

        /** A problem at the column of this row, named as the file's header names it. */
        RowProblem at(Column column, String message) {
            Integer index = columns.get(column);
            return new RowProblem(row.spreadsheetRow(), index == null ? column.label : headers.get(index), message);
        }

        BagCondition condition() {
            String value = raw(Column.CONDITION);
            BagCondition condition = value == null ? null : BagCondition.named(value);
            if (value != null && condition == null) {
                error(Column.CONDITION, "'" + value + "' is not a condition (damaged, unlabelled, label illegible or seal broken)");
            }
            return condition;
        }

        /**
         * What the row states of whose remains these are, as a statement from the manifest; null when it
         * states nothing. A value that cannot be read is left out with a warning: the bag is registered.
         */
        NewStatedIdentity stated() {
            String name = statedText(Column.STATED_NAME, NAME_LENGTH);
            String serviceNumber = statedText(Column.STATED_SERVICE_NUMBER, SHORT_TEXT_LENGTH);
            String side = raw(Column.STATED_SIDE);
            Nationality nationality = null;
            if (side != null) {
                String key = side.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
                nationality = Arrays.stream(Nationality.values()).filter(n -> n.name().equals(key)).findFirst().orElse(null);
                if (nationality == null) {
                    warnings.add(at(Column.STATED_SIDE, "'" + side + "' is not a side (own side, other side or undetermined): not recorded"));
                }
            }
            NewStatedIdentity stated = new NewStatedIdentity(StatementSource.MANIFEST, name, serviceNumber, nationality);
            return stated.statesNothing() ? null : stated;
        }

        private String statedText(Column column, int maxLength) {
            String value = raw(column);
            if (value != null && (value.length() > maxLength || value.chars().anyMatch(c -> c < 0x20))) {
                warnings.add(at(column, value.length() > maxLength ? "longer than " + maxLength + " characters: not recorded"
                        : "contains control characters: not recorded"));
                return null;
            }
            return value;
        }

        private String raw(Column column) {
            Integer index = columns.get(column);
            if (index == null) {
                return null;
            }
            String value = row.cell(index).strip();
            return value.isEmpty() ? null : value;
        }

        String text(Column column, int maxLength) {
            String value = raw(column);
            if (value != null && value.length() > maxLength) {
                error(column, "longer than " + maxLength + " characters (" + value.length() + ")");
                return null;
            }
            if (value != null && value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
                error(column, "contains control characters");
                return null;
            }
            return value;
        }

        BigDecimal degrees(Column column, int limit) {
            String value = raw(column);
            if (value == null) {
                return null;
            }
            try {
                BigDecimal degrees = new BigDecimal(value.replace(',', '.'));
                if (degrees.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
                    error(column, "'" + value + "' is outside -" + limit + " to " + limit + " degrees");
                    return null;
                }
                return degrees.setScale(Math.min(Math.max(degrees.scale(), 0), 6), java.math.RoundingMode.HALF_EVEN);
            } catch (NumberFormatException e) {
                error(column, "'" + value + "' is not a number of degrees (such as 48.5953)");
                return null;
            }
        }

        LocalDate date(Column column, boolean spreadsheet, LocalDate today) {
            String value = raw(column);
            if (value == null) {
                return null;
            }
            LocalDate date = null;
            if (spreadsheet && value.matches("\\d{1,6}(\\.\\d+)?")) {
                long days = (long) Double.parseDouble(value);
                if (days >= 61) {
                    date = SPREADSHEET_EPOCH.plusDays(days);
                }
            } else {
                for (DateTimeFormatter format : DATES) {
                    try {
                        date = LocalDate.parse(value, format);
                        break;
                    } catch (DateTimeParseException notThisOne) {
                        // try the next form
                    }
                }
            }
            if (date == null) {
                error(column, "'" + value + "' is not a date (write 2025-06-16 or 16.06.2025)");
                return null;
            }
            if (date.isAfter(today)) {
                error(column, date + " is in the future");
                return null;
            }
            return date;
        }
    }
}
