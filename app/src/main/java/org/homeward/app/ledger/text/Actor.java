package org.homeward.app.ledger.text;

import org.homeward.app.ledger.PartyId;

/**
 * Who a text names as speaking: a ledger party, and when the words name a person, that person.
 *
 * @param party   the ledger party the speaker speaks for; null when the ledger has none for it
 * @param person  the person's name as the ledger should record it (Vladimir Medinsky), else null
 * @param weak    a country's name or adjective ("Ukraine", "Russian"), which names a speaker only when nothing better does
 */
record Actor(PartyId party, String person, boolean weak) {
}
