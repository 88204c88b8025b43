package org.homeward.app.ledger.web;

import static org.homeward.app.web.Limits.LONGEST_TEXT;
import static org.homeward.app.web.Limits.TITLE_LENGTH;
import static org.homeward.app.web.Limits.URL_LENGTH;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.homeward.app.ledger.SourceKind;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * A report to read, pasted or uploaded (text or HTML), with what the person already knows of its
 * source; what they leave empty is proposed from the report.
 */
record ProposalForm(@Size(max = LONGEST_TEXT) String text, MultipartFile file, @Size(max = TITLE_LENGTH) String publisher,
                    @Size(max = TITLE_LENGTH) String title, SourceKind sourceKind, @Size(max = URL_LENGTH) String url,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn) {

    static final String[] FIELDS = {"text", "file", "publisher", "title", "sourceKind", "url", "publishedOn"};

    static ProposalForm blank() {
        return new ProposalForm(null, null, null, null, SourceKind.INDEPENDENT_MEDIA, null, null);
    }

    /** The uploaded file's text when there is one, else the pasted text; an HTML page's text and meta tags. */
    ReportText report() {
        try {
            return ReportText.of(file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : text);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
