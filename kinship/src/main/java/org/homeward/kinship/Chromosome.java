package org.homeward.kinship;

/** Where a marker lies: on an autosome (two alleles in everybody) or on the X (one allele in men). */
public enum Chromosome {
    AUTOSOMAL, X
}
