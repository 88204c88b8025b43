package org.homeward.kinship.lineage;

import java.util.Set;

/**
 * The families a lineage index finds for one remains: those whose line haplotype equals the remains'
 * and those one step away (one repeat at one Y-STR copy; one differing mtDNA site).
 */
public record LineageHits<F>(Set<F> same, Set<F> oneStep) {

    public LineageHits {
        same = Set.copyOf(same);
        oneStep = Set.copyOf(oneStep);
    }
}
