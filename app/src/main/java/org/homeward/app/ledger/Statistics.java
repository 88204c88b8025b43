package org.homeward.app.ledger;

import java.util.List;

/**
 * Every figure of the ledger for the public statistics page: each with its range and sources.
 *
 * @param recoveries figures about where remains were recovered, one set per place and unit
 * @param breakdowns every claim stated with parts, and whether the parts add up
 * @param casualties casualty figures, one set per population and unit
 */
public record Statistics(List<Reciprocity> reciprocity, List<AgreementProgress> agreements,
                         List<TransferView> transfers, List<OfferView> offers, List<FigureSet> recoveries, List<FigureSet> casualties,
                         List<BreakdownCheck> breakdowns) {

    public Statistics {
        reciprocity = List.copyOf(reciprocity);
        agreements = List.copyOf(agreements);
        transfers = List.copyOf(transfers);
        offers = List.copyOf(offers);
        recoveries = List.copyOf(recoveries);
        casualties = List.copyOf(casualties);
        breakdowns = List.copyOf(breakdowns);
    }
}
