package org.homeward.app.ledger;

/** What two parties handed each other: both directions side by side (6,057 one way, 78 the other). */
public record Reciprocity(Party first, Party second, DirectionTotal firstToSecond, DirectionTotal secondToFirst) {
}
