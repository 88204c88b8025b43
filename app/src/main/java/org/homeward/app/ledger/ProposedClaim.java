package org.homeward.app.ledger;

/**
 * A figure found in a text, for a person to confirm, correct or reject before it becomes a claim.
 *
 * @param text         the figure as written ("6,057", "three", "between 300 and 400")
 * @param start        where {@code text} starts in the whole text
 * @param sentence     the sentence it stands in, quoted exactly
 * @param unit         the unit named near it; null when none was found
 * @param party        the party named nearest to it, null when none was found
 * @param partyMention how the text names that party ("Moscow", "Medinsky")
 */
public record ProposedClaim(String text, int start, String sentence, Figure figure, Unit unit, PartyId party,
                            String partyMention) {
}
