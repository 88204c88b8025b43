package org.homeward.archfixture.beta.internal;

/** Public in Java, but internal to the beta module. */
public class BetaInternals {

    public int secret() {
        return 42;
    }
}
