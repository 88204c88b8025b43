package org.homeward.app.ledger;

import java.util.List;

/**
 * A transfer with each party's figures side by side, what the register counted on receipt, the
 * recoveries and breakdowns stated about it, and the returns linked to it.
 *
 * @param figures           the claims about the transfer itself, one set per unit
 * @param receipts          the counts registered on receipt, one per unit; empty when none is registered
 * @param returns           for a return, the transfer whose remains are sent back
 * @param returnedBy        later transfers that sent back remains received in this one
 */
public record TransferView(Transfer transfer, Party from, Party to, Agreement agreement, List<Party> facilitators,
                           List<FigureSet> figures, List<ReceiptCount> receipts, List<FigureSet> recoveries,
                           List<BreakdownCheck> breakdowns, Transfer returns, List<Transfer> returnedBy) {

    public TransferView {
        facilitators = List.copyOf(facilitators);
        figures = List.copyOf(figures);
        receipts = List.copyOf(receipts);
        recoveries = List.copyOf(recoveries);
        breakdowns = List.copyOf(breakdowns);
        returnedBy = List.copyOf(returnedBy);
    }

    /** The figures in bodies (or else the first unit claimed); null when nobody has a count yet. */
    public FigureSet count() {
        return figures.stream().filter(set -> set.unit() == Unit.BODIES).findFirst()
                .orElse(figures.isEmpty() ? null : figures.get(0));
    }

    public TransferId id() {
        return transfer.id();
    }
}
