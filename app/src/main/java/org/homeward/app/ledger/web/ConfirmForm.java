package org.homeward.app.ledger.web;

import static org.homeward.app.web.Limits.TITLE_LENGTH;
import static org.homeward.app.web.Limits.URL_LENGTH;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.homeward.app.ledger.NewSource;
import org.homeward.app.ledger.ProposedClaim;
import org.homeward.app.ledger.SourceKind;
import org.homeward.app.web.Limits;

/** The review of a text's proposed claims: the source they quote and one row per proposal ({@code rows[0].decision}…). */
record ConfirmForm(@Size(max = TITLE_LENGTH) String publisher, @Size(max = TITLE_LENGTH) String title, SourceKind sourceKind,
                   @Pattern(regexp = NewSource.HTTP_ADDRESS_OR_NOTHING) @Size(max = URL_LENGTH) String url,
                   @Valid @Size(max = Limits.MAX_ROWS) List<ProposalRow> rows) {

    static final String[] FIELDS = fields();

    ConfirmForm {
        rows = rows == null ? List.of() : rows;
    }

    static ConfirmForm of(ProposalForm text, List<ProposedClaim> proposals) {
        return new ConfirmForm(text.publisher(), text.title(), text.sourceKind(), text.url(),
                proposals.stream().map(ProposalRow::of).toList());
    }

    NewSource source() {
        return new NewSource(publisher, title, url == null || url.isBlank() ? null : url.strip(), null,
                sourceKind == null ? SourceKind.INDEPENDENT_MEDIA : sourceKind, null);
    }

    /** The source fields and {@code rows[*].field} for every row field (an allow-list takes patterns). */
    private static String[] fields() {
        List<String> fields = new ArrayList<>(List.of("publisher", "title", "sourceKind", "url"));
        for (String field : ProposalRow.FIELDS) {
            fields.add("rows[*]." + field);
        }
        return fields.toArray(String[]::new);
    }
}
