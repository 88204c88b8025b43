package org.homeward.archfixture.epsilon;

import org.homeward.archfixture.delta.store.DeltaStore;

/** Uses another feature's store: a violation. */
public class Epsilon {

    public int deltas() {
        return new DeltaStore().count();
    }
}
