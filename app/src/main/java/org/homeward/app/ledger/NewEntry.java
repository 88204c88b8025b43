package org.homeward.app.ledger;

/**
 * What a caller asks the ledger to record ({@link Ledger#add}): an entry of type {@code R} with an
 * id of type {@code I}, chosen by the ledger ({@link #newId()}) or by the caller.
 */
public sealed interface NewEntry<I extends EntryId<R>, R>
        permits NewParty, NewSource, NewStatement, NewClaim, NewAgreement, NewTransfer, NewOffer, NewQualitativeClaim {

    /** A new random id for the entry. */
    I newId();
}
