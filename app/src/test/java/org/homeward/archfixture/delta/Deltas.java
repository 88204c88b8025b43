package org.homeward.archfixture.delta;

import org.homeward.archfixture.delta.store.DeltaStore;

/** delta's public face, using its own store: allowed. */
public class Deltas {

    private final DeltaStore store = new DeltaStore();

    public int count() {
        return store.count();
    }
}
