package org.homeward.app.ledger.web;

import static org.homeward.app.common.Texts.blankToNull;
import static org.homeward.app.web.Limits.TITLE_LENGTH;
import static org.homeward.app.web.Limits.URL_LENGTH;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.homeward.app.ledger.NewReport;
import org.homeward.app.ledger.NewSource;
import org.homeward.app.ledger.NewTransfer;
import org.homeward.app.ledger.ReportReading;
import org.homeward.app.ledger.SourceKind;
import org.homeward.app.web.Limits;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One report on one screen: its source, the new transfers it speaks of ({@code transfers[0].date}…)
 * and one row per proposed claim ({@code rows[0].decision}…), each as the person corrects it.
 */
record ConfirmForm(@NotBlank @Size(max = TITLE_LENGTH) String publisher, @Size(max = TITLE_LENGTH) String title,
                   SourceKind sourceKind, @Pattern(regexp = NewSource.HTTP_ADDRESS_OR_NOTHING) @Size(max = URL_LENGTH) String url,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
                   @Valid @Size(max = Limits.MAX_ROWS) List<TransferRow> transfers,
                   @Valid @Size(max = Limits.MAX_ROWS) List<ProposalRow> rows) {

    static final String[] SOURCE_FIELDS = {"publisher", "title", "sourceKind", "url", "publishedOn"};
    static final String[] FIELDS = fields();

    ConfirmForm {
        transfers = transfers == null ? List.of() : transfers;
        rows = rows == null ? List.of() : rows;
    }

    /** The review of what the reader found, the person's own source fields first, then the page's, then the reading's. */
    static ConfirmForm of(ProposalForm form, ReportText text, ReportReading reading) {
        return new ConfirmForm(first(form.publisher(), text.publisher(), reading.source().publisher()),
                first(form.title(), text.title(), reading.source().title()), form.sourceKind(), form.url(),
                first(form.publishedOn(), text.publishedOn(), reading.source().publishedOn()),
                reading.transfers().stream().map(TransferRow::of).toList(),
                reading.claims().stream().map(ProposalRow::of).toList());
    }

    /** The confirmed rows to record, and for each item the row it came from (to put a refusal beside it). */
    record Entry(NewReport report, List<Integer> rowOfItem, Map<Integer, Integer> rowOfTransfer) {
    }

    /** {@link IllegalArgumentException} naming the row whose subject is no option. */
    Entry entry() {
        List<Integer> rowOfItem = new ArrayList<>();
        Map<Integer, Integer> itemOfRow = new LinkedHashMap<>();
        Map<Integer, Integer> newIndexOfTransfer = new LinkedHashMap<>();
        List<NewTransfer> newTransfers = new ArrayList<>();
        List<NewReport.Item> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ProposalRow row = rows.get(i);
            if (!row.accepted()) {
                continue;
            }
            Integer transfer = row.newTransfer();
            Integer newIndex = null;
            if (transfer != null) {
                if (transfer < 0 || transfer >= transfers.size()) {
                    throw new RowRefused(i, "subject");
                }
                newIndex = newIndexOfTransfer.computeIfAbsent(transfer, t -> {
                    newTransfers.add(transfers.get(t).transfer());
                    return newTransfers.size() - 1;
                });
            }
            try {
                items.add(new NewReport.Item(row.kind(), row.sentence(), row.speaker(), blankToNull(row.person()), row.statedOn(),
                        row.qualitative() ? null : row.party(), row.subjectChosen(), newIndex, row.unit(), row.qualitative() ? null : row.figure(),
                        row.partOf() == null ? null : itemOfRow.get(row.partOf()), Boolean.TRUE.equals(row.share()),
                        row.qualitative() ? new NewReport.Assertion(row.assertion(), row.about(), row.verification(), null) : null));
            } catch (IllegalArgumentException notAnOption) {
                throw new RowRefused(i, "subject");
            }
            itemOfRow.put(i, items.size() - 1);
            rowOfItem.add(i);
        }
        Map<Integer, Integer> rowOfTransfer = new LinkedHashMap<>();
        newIndexOfTransfer.forEach((row, index) -> rowOfTransfer.put(index, row));
        NewSource source = new NewSource(publisher, title, blankToNull(url), publishedOn,
                sourceKind == null ? SourceKind.INDEPENDENT_MEDIA : sourceKind, null);
        return new Entry(new NewReport(source, newTransfers, items), rowOfItem, rowOfTransfer);
    }

    /** A row whose field is no valid choice. */
    static final class RowRefused extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        final int row;
        final String field;

        RowRefused(int row, String field) {
            super("rows[" + row + "]." + field);
            this.row = row;
            this.field = field;
        }
    }

    boolean anyAccepted() {
        return rows.stream().anyMatch(ProposalRow::accepted);
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T value : values) {
            if (value != null && !(value instanceof String text && text.isBlank())) {
                return value;
            }
        }
        return null;
    }

    /** The source fields, {@code transfers[*].field} and {@code rows[*].field} (an allow-list takes patterns). */
    private static String[] fields() {
        List<String> fields = new ArrayList<>(List.of(SOURCE_FIELDS));
        for (String field : TransferRow.FIELDS) {
            fields.add("transfers[*]." + field);
        }
        for (String field : ProposalRow.FIELDS) {
            fields.add("rows[*]." + field);
        }
        return fields.toArray(String[]::new);
    }
}
