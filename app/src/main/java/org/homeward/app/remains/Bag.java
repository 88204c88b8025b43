package org.homeward.app.remains;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.homeward.app.ledger.TransferId;

/** A bag or package as received, with the body numbers of what it held. */
public record Bag(long id, TransferId transfer, String bagNumber, String otherLabel, RecoveryPlace claimedPlace,
                  LocalDate claimedDate, String notes, String manifestFile, Integer manifestRow, Instant registeredAt,
                  String registeredBy, List<String> bodyNumbers) {

    public Bag {
        bodyNumbers = List.copyOf(bodyNumbers);
    }
}
