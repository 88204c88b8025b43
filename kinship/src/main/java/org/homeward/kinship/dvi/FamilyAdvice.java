package org.homeward.kinship.dvi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Likelihoods;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.ReferenceFamily;

/**
 * What a family's references can do for one missing person, and whom to ask for a sample next, so
 * that liaison officers know which relative would help most.
 *
 * <p>The power is the distribution of the LR the missing person's own remains would give. It is
 * simulated <em>conditionally on the references</em>: at each marker the missing person's genotype
 * is drawn from its exact distribution given the typed relatives (the engine's, mutation included),
 * so it reflects these relatives' actual genotypes rather than a new family drawn by gene dropping.
 * The expected log10 LR is computed exactly (the sum over markers and genotypes, not a simulated
 * mean). The gain from typing one more relative is also exact: the expected log10 LR with that
 * relative typed, averaged over the relative's genotype given the references, minus the current one.
 *
 * @param family              the family's name
 * @param missing             the missing person
 * @param power               the LR distribution of the true remains with the current references
 * @param additionalRelatives every untyped, non-missing member of the pedigree, most useful first
 */
public record FamilyAdvice(String family, String missing, Power power, List<RelativeGain> additionalRelatives) {

    /**
     * @param simulations                number of simulated remains
     * @param seed                       the seed that reproduces them
     * @param expectedLog10Lr            exact expected log10 LR of the true remains
     * @param medianLog10Lr              simulated median
     * @param lowLog10Lr                 simulated 5th percentile
     * @param highLog10Lr                simulated 95th percentile
     * @param threshold                  the LR threshold asked about
     * @param probabilityAboveThreshold  simulated share of true remains with LR ≥ threshold
     */
    public record Power(int simulations, long seed, double expectedLog10Lr, double medianLog10Lr, double lowLog10Lr,
                        double highLog10Lr, double threshold, double probabilityAboveThreshold) { }

    /**
     * @param relative        the untyped relative's pedigree id
     * @param expectedLog10Lr exact expected log10 LR of the true remains if this relative were typed too
     * @param expectedGain    that minus the current expected log10 LR
     */
    public record RelativeGain(String relative, double expectedLog10Lr, double expectedGain) { }

    public FamilyAdvice {
        additionalRelatives = List.copyOf(additionalRelatives);
    }

    /** Advice for every missing person of every family of the problem, in order. */
    public static List<FamilyAdvice> assessAll(DviProblem problem, int simulations, long seed, double threshold) {
        List<FamilyAdvice> out = new ArrayList<>();
        for (DviProblem.Family f : problem.families()) {
            for (String m : f.missingPersons()) {
                out.add(assess(problem.markers(), f, m, simulations, seed, threshold));
            }
        }
        return out;
    }

    /**
     * Advice for one missing person of a family.
     *
     * @throws KinshipInputException for a missing person not in the family, fewer than 1 simulation, or a
     *                               threshold that is not a positive number; and as {@link ReferenceFamily#prepare}
     */
    public static FamilyAdvice assess(List<Marker> markers, DviProblem.Family family, String missing, int simulations,
                                      long seed, double threshold) {
        List<String> problems = new ArrayList<>();
        if (!family.missingPersons().contains(missing)) {
            problems.add("'" + missing + "' is not a missing person of family '" + family.name() + "'");
        }
        if (simulations < 1) {
            problems.add("at least 1 simulation is needed, got " + simulations);
        }
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            problems.add("the LR threshold must be a positive number, got " + threshold);
        }
        if (!problems.isEmpty()) {
            throw new KinshipInputException(problems);
        }
        ReferenceFamily current = ReferenceFamily.prepare(family.pedigree(), missing, markers, family.references());
        Power power = power(current, simulations, seed, threshold);
        List<RelativeGain> gains = new ArrayList<>();
        Pedigree ped = family.pedigree();
        for (int i = 0; i < ped.size(); i++) {
            String id = ped.id(i);
            if (!family.references().containsKey(id) && !family.missingPersons().contains(id)) {
                double with = expectedLog10LrWith(family, missing, markers, i);
                gains.add(new RelativeGain(id, with, with - power.expectedLog10Lr()));
            }
        }
        gains.sort(Comparator.comparingDouble(RelativeGain::expectedGain).reversed());
        return new FamilyAdvice(family.name(), missing, power, gains);
    }

    private static Power power(ReferenceFamily family, int simulations, long seed, double threshold) {
        int markerCount = family.markers().size();
        double[][] distribution = new double[markerCount][];
        double expected = 0;
        for (int m = 0; m < markerCount; m++) {
            distribution[m] = family.genotypeDistribution(m);
            expected += expectedLog10Lr(distribution[m], family.markers().get(m));
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] sims = new double[simulations];
        int above = 0;
        double log10Threshold = Math.log10(threshold);
        for (int s = 0; s < simulations; s++) {
            double log10 = 0;
            for (int m = 0; m < markerCount; m++) {
                log10 += family.log10Lr(m, draw(distribution[m], random));
            }
            sims[s] = log10;
            if (log10 >= log10Threshold) {
                above++;
            }
        }
        Arrays.sort(sims);
        return new Power(simulations, seed, expected, quantile(sims, 0.5), quantile(sims, 0.05), quantile(sims, 0.95),
                threshold, (double) above / simulations);
    }

    /**
     * Exact E[log10 LR] with the relative typed: at each marker, the average over the relative's
     * genotype x (given the references) of the expected log10 LR given the references and x.
     */
    private static double expectedLog10LrWith(DviProblem.Family family, String missing, List<Marker> markers, int relative) {
        Pedigree ped = family.pedigree();
        int mp = ped.indexOf(missing);
        double total = 0;
        for (Marker marker : markers) {
            int[] genotypes = Likelihoods.genotypeIndexes(ped, marker, family.references());
            double[] relativeDistribution = Likelihoods.genotypeDistribution(ped, marker, genotypes, relative);
            for (int x = 0; x < relativeDistribution.length; x++) {
                if (relativeDistribution[x] > 0) {
                    genotypes[relative] = x;
                    double[] mpDistribution = Likelihoods.genotypeDistribution(ped, marker, genotypes, mp);
                    total += relativeDistribution[x] * expectedLog10Lr(mpDistribution, marker);
                }
            }
        }
        return total;
    }

    /** Σ_g P(g) log10(P(g) / HW(g)): the expected log10 LR when the true genotype follows P. */
    private static double expectedLog10Lr(double[] distribution, Marker marker) {
        double sum = 0;
        for (int g = 0; g < distribution.length; g++) {
            if (distribution[g] > 0) {
                sum += distribution[g] * Math.log10(distribution[g] / marker.genotypeFrequency(g));
            }
        }
        return sum;
    }

    private static int draw(double[] distribution, SplittableRandom random) {
        double u = random.nextDouble();
        double cumulative = 0;
        int last = 0;
        for (int g = 0; g < distribution.length; g++) {
            if (distribution[g] > 0) {
                cumulative += distribution[g];
                last = g;
                if (u < cumulative) {
                    return g;
                }
            }
        }
        return last;
    }

    private static double quantile(double[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }
}
