package org.homeward.app.ledger;

import java.util.List;

/** An offer with the parties and the figures claimed about it. */
public record OfferView(Offer offer, Party from, Party to, List<FigureSet> figures) {

    public OfferView {
        figures = List.copyOf(figures);
    }
}
