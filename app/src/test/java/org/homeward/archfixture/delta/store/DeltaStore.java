package org.homeward.archfixture.delta.store;

/** delta's SQL: public in Java for delta's own services, internal to the feature. */
public class DeltaStore {

    public int count() {
        return 7;
    }
}
