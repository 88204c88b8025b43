package org.homeward.app.ledger;

import java.time.LocalDate;

/**
 * Where statements were published.
 *
 * @param url         the address, when there is one (http or https)
 * @param publishedOn null when the source does not say
 * @param reference   where the text is kept when there is no URL (an archive file, a document number)
 */
public record Source(SourceId id, String publisher, String title, String url, LocalDate publishedOn,
                     SourceKind kind, String reference) {
}
