package org.homeward.app.ledger;

import java.time.LocalDate;

/**
 * One sentence a source published, quoted exactly, and who said it.
 *
 * @param party    the party that made the statement; null when the source speaks for itself
 * @param speaker  the named person, if any (Rustem Umerov, Vladimir Medinsky)
 * @param statedOn null when the source does not say
 */
public record Statement(StatementId id, SourceId source, PartyId party, String speaker, LocalDate statedOn, String quote) {
}
