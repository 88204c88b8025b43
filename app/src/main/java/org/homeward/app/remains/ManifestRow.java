package org.homeward.app.remains;

import java.time.LocalDate;

/**
 * One sound row of a transfer's manifest: one bag or package.
 *
 * @param row          the row number as a spreadsheet shows it (the header is row 1)
 * @param bagNumber    the number the receiving side gives the bag within the transfer
 * @param otherLabel   the sending side's label or number on the bag, if any
 * @param claimedPlace the recovery place the sending side claims
 * @param claimedDate  the recovery date the sending side claims, if any
 * @param condition    what is wrong with the bag, if anything; a row without a bag number gets a provisional one
 * @param stated       what the row states of whose remains these are (source: the manifest); null when nothing
 */
public record ManifestRow(int row, String bagNumber, String otherLabel, RecoveryPlace claimedPlace, LocalDate claimedDate,
                          String notes, BagCondition condition, NewStatedIdentity stated) {
}
