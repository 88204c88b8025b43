package org.homeward.app.ledger.web;

import static org.homeward.app.web.Limits.LONGEST_TEXT;
import static org.homeward.app.web.Limits.TITLE_LENGTH;
import static org.homeward.app.web.Limits.URL_LENGTH;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.validation.constraints.Size;

import org.homeward.app.ledger.SourceKind;
import org.springframework.web.multipart.MultipartFile;

/** A report to propose claims from, pasted or uploaded, with the source the confirmed claims will quote. */
record ProposalForm(@Size(max = LONGEST_TEXT) String text, MultipartFile file, @Size(max = TITLE_LENGTH) String publisher,
                    @Size(max = TITLE_LENGTH) String title, SourceKind sourceKind, @Size(max = URL_LENGTH) String url) {

    static final String[] FIELDS = {"text", "file", "publisher", "title", "sourceKind", "url"};

    static ProposalForm blank() {
        return new ProposalForm(null, null, null, null, SourceKind.INDEPENDENT_MEDIA, null);
    }

    /** The uploaded file's text when there is one, else the pasted text. */
    String report() {
        try {
            return file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : text;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
