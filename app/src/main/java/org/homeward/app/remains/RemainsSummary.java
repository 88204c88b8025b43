package org.homeward.app.remains;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.homeward.app.ledger.TransferId;

/**
 * One line of the register: a body number with what is known of it at a glance.
 *
 * @param condition     from the latest examination; null when not examined
 * @param nationality   the latest assessment; null when none
 * @param lastCustody   the latest custody event's type; null when none
 */
public record RemainsSummary(String bodyNumber, RemainsKind kind, TransferId transfer, LocalDate receivedOn,
                             List<String> bagNumbers, Condition condition, Nationality nationality, CustodyEventType lastCustody,
                             Instant registeredAt) {

    public RemainsSummary {
        bagNumbers = List.copyOf(bagNumbers);
    }

    public boolean examined() {
        return condition != null;
    }
}
