package org.homeward.archfixture.alpha;

import org.homeward.archfixture.beta.internal.BetaInternals;

/** Reaches into beta's internal package: a violation. */
public class Alpha {

    public int peek() {
        return new BetaInternals().secret();
    }
}
