package org.homeward.app.identification;

import java.util.Map;
import java.util.stream.Collectors;

import org.homeward.app.identification.store.IdentifiedRemainsStore;
import org.homeward.app.ledger.IdentifiedRemains;
import org.homeward.app.ledger.TransferId;
import org.springframework.stereotype.Component;

/**
 * Tells the ledger's public summary how many of the remains received in each transfer are
 * identified so far (a confirmed identification): counts only, never who.
 */
@Component
class IdentifiedForLedger implements IdentifiedRemains {

    private final IdentifiedRemainsStore store;

    IdentifiedForLedger(IdentifiedRemainsStore store) {
        this.store = store;
    }

    @Override
    public Map<TransferId, Long> byTransfer() {
        return store.identifiedByTransfer().entrySet().stream()
                .collect(Collectors.toMap(entry -> new TransferId(entry.getKey()), Map.Entry::getValue));
    }
}
