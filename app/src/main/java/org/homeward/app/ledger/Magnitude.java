package org.homeward.app.ledger;

/**
 * An order of magnitude as people state it ("tens of thousands"): shown in words, never turned into
 * an interval such as 10,000–99,999 that nobody stated.
 */
public enum Magnitude {
    TENS, HUNDREDS, THOUSANDS, TENS_OF_THOUSANDS, HUNDREDS_OF_THOUSANDS
}
