package org.homeward.app.ledger;

import java.time.Instant;
import java.util.List;

/**
 * Every figure of the ledger for the public statistics page: each with its range and sources.
 *
 * @param summary     per direction: the claims' range, returns and identification so far
 * @param recoveries  figures about where remains were recovered, one set per place and unit
 * @param breakdowns  every claim stated with parts, and whether the parts add up
 * @param casualties  casualty figures, one set per population and unit
 * @param qualitative claims without a figure, or with only an order of magnitude, in their own section
 * @param updatedAt   when the latest claim or verdict was recorded; null for an empty ledger
 */
public record Statistics(List<DirectionSummary> summary, List<Reciprocity> reciprocity, List<AgreementProgress> agreements,
                         List<TransferView> transfers, List<OfferView> offers, List<FigureSet> recoveries, List<FigureSet> casualties,
                         List<BreakdownCheck> breakdowns, List<QualitativeClaimView> qualitative, Instant updatedAt) {

    public Statistics {
        summary = List.copyOf(summary);
        qualitative = List.copyOf(qualitative);
        reciprocity = List.copyOf(reciprocity);
        agreements = List.copyOf(agreements);
        transfers = List.copyOf(transfers);
        offers = List.copyOf(offers);
        recoveries = List.copyOf(recoveries);
        casualties = List.copyOf(casualties);
        breakdowns = List.copyOf(breakdowns);
    }
}
