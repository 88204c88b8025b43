package org.homeward.kinship.lineage;

import org.homeward.kinship.KinshipInputException;

/**
 * A Y-STR locus of a kit: its name as the kit writes it, how many copies it has (2 for DYS385a/b,
 * whose alleles are reported as an unordered pair) and its mutation rate per copy per meiosis.
 */
public record YLocus(String name, int copies, double mutationRate) {

    public YLocus {
        if (name == null || name.isBlank()) {
            throw new KinshipInputException("a Y-STR locus needs a name");
        }
        if (copies < 1) {
            throw new KinshipInputException("Y-STR locus " + name + " needs at least one copy");
        }
        if (!(mutationRate >= 0 && mutationRate < 1)) {
            throw new KinshipInputException("Y-STR locus " + name + ": mutation rate " + mutationRate + " is outside [0, 1)");
        }
    }
}
