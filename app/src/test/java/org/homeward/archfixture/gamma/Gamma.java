package org.homeward.archfixture.gamma;

import org.homeward.archfixture.demo.GammaDemoData;

/** Counts the demo's families: a feature depending on {@code demo}, a violation. */
public class Gamma {

    public int families() {
        return GammaDemoData.families().size();
    }
}
