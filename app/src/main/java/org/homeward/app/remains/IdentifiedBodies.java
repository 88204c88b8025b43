package org.homeward.app.remains;

import java.util.Set;

/**
 * Port through which identification tells the register which bodies are identified so far, so
 * that the register can count them per transfer for the ledger ({@link IdentifiedInTransfers})
 * without the register depending on identification. Without a bean nothing is identified.
 */
@FunctionalInterface
public interface IdentifiedBodies {

    /** The body numbers of the remains with a confirmed identification. */
    Set<String> bodyNumbers();
}
