package org.homeward.app.lists;

import static org.homeward.app.web.Limits.EXPORT_ROWS;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.homeward.app.audit.AuditEvent;
import org.homeward.app.common.InputRefusedException;
import org.homeward.app.common.ListQuery;
import org.homeward.app.common.Page;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A list's filtered rows, all of them in the list's order, as CSV or JSON: the one export of every
 * list, done as a background job (jobs' {@code ListExportJobs}). Each export is written to the audit
 * log (which list, format, filters, how many rows). Callers need {@code DATA_EXPORT} besides the
 * list's own permission. Its CSV writer ({@link #csv}, {@link #csvFile}) is the one every CSV file the
 * application writes goes through: list and claims exports, the public claims, a return's manifest.
 *
 * <p>The CSV is RFC 4180, UTF-8 with a byte order mark (so that Excel shows Cyrillic), and safe to
 * open in a spreadsheet: a text cell starting with {@code = + - @} (or a tab or carriage return) is
 * prefixed with an apostrophe so that it is shown, never evaluated as a formula.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ListExports {

    /** One CSV column: its header and how a row gives its value. */
    public record Column<T>(String header, Function<? super T, ?> value) {
    }

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /** The media type of every CSV export. */
    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ApplicationEventPublisher events;

    public static <T> Column<T> column(String header, Function<? super T, ?> value) {
        return new Column<>(header, value);
    }

    /**
     * Every row {@code form}'s filters select of the list {@code list} (all of them, in the list's
     * order), for an export in {@code format}; the export is written to the audit log. More than
     * {@code EXPORT_ROWS} rows are refused: narrow the filters.
     */
    public <T> List<T> select(String list, String format, ListForm form, Function<ListQuery, Page<T>> rows) {
        ListQuery query = form.query();
        Page<T> all = rows.apply(query.everything(EXPORT_ROWS));
        if (all.total() > EXPORT_ROWS) {
            throw new InputRefusedException("q", "more than " + EXPORT_ROWS + " rows match: narrow the filters to export them");
        }
        ListQuery.Filter filter = query.filter();
        events.publishEvent(AuditEvent.of("list.exported", "list:" + list).with("format", format).with("rows", all.items().size())
                .with("sort", query.sort()).with("descending", query.descending()).with("text", filter.text())
                .with("status", filter.status()).with("from", filter.from()).with("to", filter.to())
                .with("transfer", filter.transfer()).with("family", filter.family()).with("actor", filter.actor())
                .with("action", filter.action()));
        return all.items();
    }

    /** Rows as a CSV file (with {@code columns}) as every export writes it. */
    public static <T> byte[] csv(List<T> rows, List<Column<T>> columns) {
        return csvBytes(columns.stream().map(Column::header).toList(),
                rows.stream().map(row -> columns.stream().<Object>map(column -> column.value().apply(row)).toList()).toList());
    }

    /** A CSV download as every export writes it: UTF-8 with a byte-order mark, RFC 4180, each cell {@link #cell formula-safe}. */
    public static ResponseEntity<byte[]> csvFile(String filename, List<String> headers, List<? extends List<?>> rows) {
        return attachment(filename, CSV).body(csvBytes(headers, rows));
    }

    private static byte[] csvBytes(List<String> headers, List<? extends List<?>> rows) {
        StringWriter csv = new StringWriter().append(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            printer.printRecord(headers);
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(ListExports::cell));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A CSV cell: numbers as they are; text that a spreadsheet would take for a formula behind an apostrophe. */
    static Object cell(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** A download of {@code type} saved as {@code filename}. */
    public static ResponseEntity.BodyBuilder attachment(String filename, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .contentType(type);
    }
}
