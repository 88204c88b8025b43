package org.homeward.app.ledger.web;

import static org.homeward.app.common.Texts.blankToNull;
import static org.homeward.app.web.Limits.TITLE_LENGTH;
import static org.homeward.app.web.Limits.URL_LENGTH;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.homeward.app.ledger.NewSource;
import org.homeward.app.ledger.SourceKind;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a new source on the sources page; the kind defaults to independent media. */
record SourceForm(@NotBlank @Size(max = TITLE_LENGTH) String publisher,
                  @Size(max = TITLE_LENGTH) String title,
                  SourceKind sourceKind,
                  @Pattern(regexp = NewSource.HTTP_ADDRESS_OR_NOTHING) @Size(max = URL_LENGTH) String url,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
                  @Size(max = TITLE_LENGTH) String reference) {

    static final String[] FIELDS = {"publisher", "title", "sourceKind", "url", "publishedOn", "reference"};

    static SourceForm blank() {
        return new SourceForm(null, null, null, null, null, null);
    }

    NewSource source() {
        return new NewSource(publisher.strip(), title, blankToNull(url), publishedOn,
                sourceKind == null ? SourceKind.INDEPENDENT_MEDIA : sourceKind, reference);
    }
}
