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
     * One claim of the report, with the sentence it quotes and who said it. A qualitative item is
     * recorded as a claim without a figure quoting its statement.
     *
     * @param subject     what it is about; null when it is about the new transfer {@code newTransfer}
     * @param newTransfer the index of a new transfer in {@link NewReport#transfers()}, else null
     * @param partOf      the index of the item it is a part of, which comes before it; else null
     * @param share       a share named of that item ("of those"), not one of the parts that make it up
     * @param assertion   for a claim without a number, what it asserts; else null
     */
    public record Item(ProposalKind kind, String quote, PartyId party, String speaker, LocalDate statedOn, Subject subject,
                       Integer newTransfer, Unit unit, Figure figure, Integer partOf, boolean share, Assertion assertion) {
    }

    /** What a claim without a number asserts ("a vast number of corpses left in the city"), where, and how far it is verified. */
    public record Assertion(String text, String place, Verification verification) {
    }
}
