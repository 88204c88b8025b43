package org.homeward.app.ledger;

import java.util.List;

/**
 * One event of the timeline, in date order: an agreement, a transfer or an offer, with the figures
 * claimed about it (for an agreement, the committed figures).
 *
 * @param id      the agreement, transfer or offer id
 * @param title   the agreement's name, the offer's description, or the transfer's place
 * @param figures the figure sets (a transfer's counts, an offer's numbers, an agreement's commitments)
 */
public record TimelineEntry(LedgerDate date, TimelineKind kind, String id, Party from, Party to, String title,
                            Integer phase, List<FigureSet> figures) {

    public TimelineEntry {
        figures = List.copyOf(figures);
    }
}
