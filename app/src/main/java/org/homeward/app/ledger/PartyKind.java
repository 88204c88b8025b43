package org.homeward.app.ledger;

/** What kind of party speaks or acts in the ledger. */
public enum PartyKind {
    /** A state party to the conflict (Ukraine, Russia). */
    STATE,
    /** An agency or official of a state (Coordination Headquarters, Ministry of Defence, a negotiator). */
    AGENCY,
    /** A mediator or facilitator (the ICRC, Türkiye). */
    MEDIATOR,
    /** An independent body: media, monitors, researchers (BBC, Mediazona). */
    INDEPENDENT;

    /** A party to the conflict or one who speaks for it: the only senders and receivers of transfers, and whose figures are a party's count. */
    public boolean isBelligerent() {
        return this == STATE || this == AGENCY;
    }
}
