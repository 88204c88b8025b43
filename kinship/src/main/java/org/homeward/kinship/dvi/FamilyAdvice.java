package org.homeward.kinship.dvi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Likelihoods;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Observation;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;
import org.homeward.kinship.ReferenceFamily;
import org.homeward.kinship.Sex;

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
 * <p>X-linked markers (each independent of the others) add their exact part when the missing person's
 * sex is known: the missing person's X genotype distribution given the references is the pedigree
 * engine's ({@link XLinked}), each possible genotype placed in turn, so an X typing adds power exactly
 * where X is inherited (paternal half-sisters share their father's X; a father gives his to a daughter).
 * The exclusion power is that of an unrelated person: the probability that, at one marker at least, his
 * or her genotype is impossible given the references without mutation, 1 − Π_m (1 − Σ_{g impossible} P(g)),
 * with P the Hardy–Weinberg frequency (an allele frequency for a man's X); a marker at which the
 * references themselves need a mutation excludes nobody.
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
     * @param exclusionPower             exact probability that an unrelated person is excluded (all markers)
     * @param xExpectedLog10Lr           the X-linked markers' part of {@code expectedLog10Lr} (0 without X)
     * @param xExclusionPower            the exclusion power of the X-linked markers alone
     */
    public record Power(int simulations, long seed, double expectedLog10Lr, double medianLog10Lr, double lowLog10Lr,
                        double highLog10Lr, double threshold, double probabilityAboveThreshold, double exclusionPower,
                        double xExpectedLog10Lr, double xExclusionPower) { }

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
                out.add(assess(problem.markers(), problem.xMarkers(), f, m, simulations, seed, threshold));
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
        return assess(markers, List.of(), family, missing, simulations, seed, threshold);
    }

    /** The same with X-linked markers, typed in the references' profiles (a man's one allele written twice). */
    public static FamilyAdvice assess(List<Marker> markers, List<Marker> xMarkers, DviProblem.Family family, String missing,
                                      int simulations, long seed, double threshold) {
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
        Pedigree ped = family.pedigree();
        Map<String, Profile> autosomal = new XLinked(xMarkers).autosomal(family.references());
        ReferenceFamily current = ReferenceFamily.prepare(ped, missing, markers, autosomal);
        XLinked x = new XLinked(ped.sex(ped.require(missing)) == Sex.UNKNOWN ? List.of() : xMarkers);
        Map<String, Map<String, Observation>> typedX = x.observations(ped, family.references());
        Power power = power(current, autosomal, x, typedX, simulations, seed, threshold);
        List<RelativeGain> gains = new ArrayList<>();
        for (int i = 0; i < ped.size(); i++) {
            String id = ped.id(i);
            if (!family.references().containsKey(id) && !family.missingPersons().contains(id)) {
                double with = expectedLog10LrWith(family, missing, markers, i) + expectedXLog10LrWith(ped, missing, x, typedX, id);
                gains.add(new RelativeGain(id, with, with - power.expectedLog10Lr()));
            }
        }
        gains.sort(Comparator.comparingDouble(RelativeGain::expectedGain).reversed());
        return new FamilyAdvice(family.name(), missing, power, gains);
    }

    private static Power power(ReferenceFamily family, Map<String, Profile> references, XLinked x, Map<String, Map<String, Observation>> typedX, int simulations,
                               long seed, double threshold) {
        int markerCount = family.markers().size();
        double[][] distribution = new double[markerCount][];
        double expected = 0;
        double notExcluded = 1;
        Pedigree ped = family.pedigree();
        int mp = ped.require(family.missingPerson());
        for (int m = 0; m < markerCount; m++) {
            Marker marker = family.markers().get(m);
            distribution[m] = family.genotypeDistribution(m);
            expected += expectedLog10Lr(distribution[m], marker);
            notExcluded *= 1 - excluded(Likelihoods.mendelianCompatible(ped, marker, Likelihoods.genotypeIndexes(ped, marker, references), mp),
                    marker::genotypeFrequency);
        }
        String missing = family.missingPerson();
        Sex sex = ped.sex(mp);
        List<Marker> xMarkers = x.markers();
        double[][] xDistribution = new double[xMarkers.size()][];
        double[][] xLog10Lr = new double[xMarkers.size()][];
        double xExpected = 0;
        double xNotExcluded = 1;
        for (int m = 0; m < xMarkers.size(); m++) {
            Marker marker = xMarkers.get(m);
            List<Observation> genotypes = XLinked.genotypes(marker, sex);
            xDistribution[m] = x.distribution(ped, missing, typedX, marker);
            xLog10Lr[m] = new double[genotypes.size()];
            for (int g = 0; g < genotypes.size(); g++) {
                xLog10Lr[m][g] = Math.log10(xDistribution[m][g] / XLinked.unrelated(marker, genotypes.get(g)));
                if (xDistribution[m][g] > 0) {
                    xExpected += xDistribution[m][g] * xLog10Lr[m][g];
                }
            }
            double[] withoutMutation = x.distribution(ped, missing, typedX, marker.withoutMutation());
            boolean[] compatible = new boolean[withoutMutation.length];
            for (int g = 0; g < compatible.length; g++) {
                compatible[g] = withoutMutation[g] > 0;
            }
            xNotExcluded *= 1 - excluded(compatible, g -> XLinked.unrelated(marker, genotypes.get(g)));
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
            for (int m = 0; m < xMarkers.size(); m++) {
                log10 += xLog10Lr[m][draw(xDistribution[m], random)];
            }
            sims[s] = log10;
            if (log10 >= log10Threshold) {
                above++;
            }
        }
        Arrays.sort(sims);
        return new Power(simulations, seed, expected + xExpected, quantile(sims, 0.5), quantile(sims, 0.05), quantile(sims, 0.95),
                threshold, (double) above / simulations, 1 - notExcluded * xNotExcluded, xExpected, 1 - xNotExcluded);
    }

    /** The probability of the genotypes not compatible; 0 when none is (the references themselves need a mutation). */
    private static double excluded(boolean[] compatible, java.util.function.IntToDoubleFunction probability) {
        double out = 0;
        boolean any = false;
        for (int g = 0; g < compatible.length; g++) {
            any |= compatible[g];
            out += compatible[g] ? 0 : probability.applyAsDouble(g);
        }
        return any ? out : 0;
    }

    /**
     * Exact E[log10 LR] on X with the relative typed: the average over the relative's X genotype (given the
     * references) of the expected X log10 LR given the references and it; 0 for a relative of unknown sex.
     */
    private static double expectedXLog10LrWith(Pedigree ped, String missing, XLinked x, Map<String, Map<String, Observation>> typedX,
                                               String relative) {
        Sex relativeSex = ped.sex(ped.require(relative));
        if (relativeSex == Sex.UNKNOWN) {
            return 0;
        }
        Sex sex = ped.sex(ped.require(missing));
        double total = 0;
        for (Marker marker : x.markers()) {
            List<Observation> relativeGenotypes = XLinked.genotypes(marker, relativeSex);
            List<Observation> genotypes = XLinked.genotypes(marker, sex);
            double[] relativeDistribution = x.distribution(ped, relative, typedX, marker);
            Map<String, Map<String, Observation>> with = new LinkedHashMap<>(typedX);
            for (int r = 0; r < relativeDistribution.length; r++) {
                if (relativeDistribution[r] > 0) {
                    with.put(relative, Map.of(marker.name(), relativeGenotypes.get(r)));
                    double[] p = x.distribution(ped, missing, with, marker);
                    for (int g = 0; g < p.length; g++) {
                        if (p[g] > 0) {
                            total += relativeDistribution[r] * p[g] * Math.log10(p[g] / XLinked.unrelated(marker, genotypes.get(g)));
                        }
                    }
                }
            }
        }
        return total;
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
