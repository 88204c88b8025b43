package org.homeward.app.remains;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.homeward.app.ledger.TransferId;

/**
 * A bag or package as received, with the body numbers of what it held.
 *
 * @param condition    what was wrong with the bag as received; null when nothing was
 * @param provisional  whether the register gave the bag number, the bag having none that could be read
 * @param labelRecorded the bag's label as read after registration (the latest); null when none was
 */
public record Bag(long id, TransferId transfer, String bagNumber, String otherLabel, RecoveryPlace claimedPlace,
                  LocalDate claimedDate, String notes, String manifestFile, Integer manifestRow, Instant registeredAt,
                  String registeredBy, List<String> bodyNumbers, BagCondition condition, boolean provisional, String labelRecorded) {

    public Bag {
        bodyNumbers = List.copyOf(bodyNumbers);
    }
}
