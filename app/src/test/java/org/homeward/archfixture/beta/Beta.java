package org.homeward.archfixture.beta;

/** beta's public surface. */
public class Beta {
}
