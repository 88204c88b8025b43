package org.homeward.app.ledger;

import java.time.LocalDate;

/**
 * A claim found in a text, for a person to confirm, correct or reject before it becomes a claim.
 *
 * @param kind         a figure, or an assertion without a number
 * @param text         the figure as written ("6,057", "понад 6 тисяч", "between 300 and 400"); for a
 *                     qualitative claim, the words that make it one ("a vast number of")
 * @param start        where {@code text} starts in the whole text
 * @param sentence     the sentence it stands in, quoted exactly
 * @param figure       null for a qualitative claim
 * @param unit         the unit named near it; null when none was found
 * @param speaker      who is quoted: the ledger's actor the text names (an agency, official, mediator,
 *                     monitor or medium, unnamed officials), null when none was found
 * @param mention      how the text names the speaker ("Координаційний штаб", "Medinsky")
 * @param person       the person quoted, when the text names one (Vladimir Medinsky)
 * @param party        whose figure it is: proposed as the speaker's own; a person corrects it when the
 *                     speaker retells another party's figure
 * @param statedOn     the date of the statement, from the text or the source; null when neither says
 * @param subject      what it is about: a transfer, a casualty figure…; null when nothing suggests it
 * @param transfer     the recorded transfer whose date matches, for a transfer subject
 * @param newTransfer  the index of a proposed new transfer in the reading, when no recorded one matches
 * @param partOf       the index of the proposal it is a part of ("of those", "з них"), else null
 * @param share        a share named of that proposal ("of those"), not one of the parts that make it up
 */
public record ProposedClaim(ProposalKind kind, String text, int start, String sentence, Figure figure, Unit unit,
                            PartyId speaker, String mention, String person, PartyId party, LocalDate statedOn, SubjectKind subject,
                            TransferId transfer, Integer newTransfer, Integer partOf, boolean share) {
}
