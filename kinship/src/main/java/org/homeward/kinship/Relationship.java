package org.homeward.kinship;

/**
 * A relationship between two persons by its IBD coefficients (κ0, κ1, κ2): the probabilities that
 * they share 0, 1 or 2 alleles identical by descent at a marker, for non-inbred persons.
 */
public enum Relationship {
    UNRELATED(1, 0, 0),
    PARENT_CHILD(0, 1, 0),
    FULL_SIBLINGS(0.25, 0.5, 0.25),
    HALF_SIBLINGS(0.5, 0.5, 0),
    GRANDPARENT_GRANDCHILD(0.5, 0.5, 0),
    AVUNCULAR(0.5, 0.5, 0),
    FIRST_COUSINS(0.75, 0.25, 0),
    /** The same person sampled twice (duplicate samples, body parts of one body). */
    SAME_PERSON(0, 0, 1);

    private final double k0;
    private final double k1;
    private final double k2;

    Relationship(double k0, double k1, double k2) {
        this.k0 = k0;
        this.k1 = k1;
        this.k2 = k2;
    }

    public double kappa0() { return k0; }

    public double kappa1() { return k1; }

    public double kappa2() { return k2; }
}
