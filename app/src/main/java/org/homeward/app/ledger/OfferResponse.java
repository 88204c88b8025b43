package org.homeward.app.ledger;

/** Where an offer stands. */
public enum OfferResponse {
    AWAITING, ACCEPTED, DECLINED
}
