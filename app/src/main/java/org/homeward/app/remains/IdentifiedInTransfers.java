package org.homeward.app.remains;

import java.util.Map;
import java.util.Set;

import org.homeward.app.ledger.IdentifiedRemains;
import org.homeward.app.ledger.TransferId;
import org.homeward.app.remains.store.TransferBodiesStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Tells the ledger's public summary how many of the remains received in each transfer are
 * identified so far: the register knows which transfer each body arrived in, identification
 * ({@link IdentifiedBodies}) which bodies are identified.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IdentifiedInTransfers implements IdentifiedRemains {

    private final TransferBodiesStore store;
    private final ObjectProvider<IdentifiedBodies> identified;

    @Override
    public Map<TransferId, Long> byTransfer() {
        Set<String> bodies = identified.getIfAvailable(() -> Set::of).bodyNumbers();
        return bodies.isEmpty() ? Map.of() : store.countByTransfer(bodies);
    }
}
