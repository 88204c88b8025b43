package org.homeward.app.ledger;

import java.util.List;

/**
 * Remains handed over from one party to another. How many is never a field: each party's count is
 * a claim about the transfer.
 *
 * @param phase     the phase number within its agreement, if any
 * @param agreement the agreement it fulfils, if any
 * @param returns   for a {@link TransferKind#RETURN}, the transfer in which the remains had arrived
 */
public record Transfer(TransferId id, LedgerDate date, String place, Integer phase, PartyId from, PartyId to,
                       AgreementId agreement, TransferKind kind, TransferId returns, List<PartyId> facilitators,
                       String note) {

    public Transfer {
        facilitators = List.copyOf(facilitators);
    }
}
