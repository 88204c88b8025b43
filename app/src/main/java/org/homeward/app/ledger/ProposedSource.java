package org.homeward.app.ledger;

import java.time.LocalDate;

/** The source a text seems to be: each field null when the text does not say. */
public record ProposedSource(String publisher, String title, LocalDate publishedOn) {
}
