package org.homeward.app.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * One report as a person confirmed it, to record at once ({@link ReportEntry#enter}): its source, the
 * transfers it speaks of that were not recorded, and its claims.
 *
 * @param transfers new transfers; an item points at one by its index
 */
public record NewReport(NewSource source, List<NewTransfer> transfers, List<Item> items) {

    public NewReport {
        transfers = List.copyOf(transfers);
        items = List.copyOf(items);
    }

    /**
     * One claim of the report, with the sentence it quotes, who said it and whose figure it is. A
     * qualitative item is recorded as a claim without a figure quoting its statement.
     *
     * @param speaker     who is quoted: an official or agency of a party, a mediator, a monitor or medium,
     *                    unnamed officials; null when the source speaks for itself (a compilation's own words)
     * @param person      the person quoted, when named (Vladimir Medinsky), else null
     * @param party       whose figure it is; the figure is that party's own only when the speaker speaks for
     *                    it, else it is a retelling (media, a compilation) that corroborates or contradicts
     *                    the party's own statement. Not used by a qualitative item
     * @param subject     what it is about; null when it is about the new transfer {@code newTransfer}
     * @param newTransfer the index of a new transfer in {@link NewReport#transfers()}, else null
     * @param partOf      the index of the item it is a part of, which comes before it; else null
     * @param share       a share named of that item ("of those"), not one of the parts that make it up
     * @param assertion   for a claim without a number, what it asserts; else null
     */
    public record Item(ProposalKind kind, String quote, PartyId speaker, String person, LocalDate statedOn, PartyId party,
                       Subject subject,
                       Integer newTransfer, Unit unit, Figure figure, Integer partOf, boolean share, Assertion assertion) {
    }

    /**
     * What a claim without a number asserts ("a vast number of corpses left in the city"), where, how far it
     * is verified, and the order of magnitude it names in words ("tens of thousands"), else null.
     */
    public record Assertion(String text, String place, Verification verification, Magnitude magnitude) {
    }
}
