package org.homeward.app.ledger;

/** How much of a date the sources give. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
