package org.homeward.kinship;

import java.util.List;
import java.util.Map;

/**
 * Pedigree likelihoods for autosomal markers: exact, on any pedigree (loops included), with the
 * markers' mutation models acting on every transmission, untyped founders' included. Markers are
 * unlinked, so a profile's likelihood is the product over markers (the sum of logs).
 */
public final class Likelihoods {

    private Likelihoods() { }

    /**
     * Natural log of P(genotypes) at one marker. {@code genotypes[i]} is the genotype index of person
     * i in the pedigree's order ({@link Marker#genotypeIndex(int, int)}), −1 when untyped. Returns −∞
     * when the genotypes are impossible on this pedigree.
     */
    public static double logLikelihood(Pedigree pedigree, Marker marker, int[] genotypes) {
        checkLength(pedigree, genotypes);
        return MarkerLikelihood.compute(pedigree, marker, genotypes, -1).logLikelihood();
    }

    /** Natural log of P(genotypes of the typed persons) over all markers; persons are named by pedigree id. */
    public static double logLikelihood(Pedigree pedigree, List<Marker> markers, Map<String, Profile> typed) {
        double sum = 0;
        for (Marker m : markers) {
            sum += logLikelihood(pedigree, m, genotypeIndexes(pedigree, m, typed));
        }
        return sum;
    }

    /**
     * P(person's genotype = g | the other persons' genotypes) for every genotype index g of the marker.
     * The person's own entry in {@code genotypes} is ignored.
     *
     * @throws KinshipInputException when the genotypes of the others are impossible on this pedigree
     */
    public static double[] genotypeDistribution(Pedigree pedigree, Marker marker, int[] genotypes, int person) {
        checkLength(pedigree, genotypes);
        int[] others = genotypes.clone();
        others[person] = -1;
        double[] closed = NuclearPosterior.posterior(pedigree, marker, others, person, false);
        if (closed != null) {
            return closed;
        }
        MarkerLikelihood.Result r = MarkerLikelihood.compute(pedigree, marker, others, person);
        if (r.posterior() == null) {
            throw new KinshipInputException("the typed genotypes at marker " + marker.name()
                    + " are impossible on this pedigree under its mutation model");
        }
        return r.posterior();
    }

    /**
     * Which genotypes the person could have given the other persons' genotypes if no mutation ever
     * happened (a Mendelian check), by genotype index. All false when the others are themselves
     * inconsistent without mutation.
     */
    public static boolean[] mendelianCompatible(Pedigree pedigree, Marker marker, int[] genotypes, int person) {
        checkLength(pedigree, genotypes);
        int[] others = genotypes.clone();
        others[person] = -1;
        boolean[] closed = NuclearPosterior.compatible(pedigree, marker, others, person);
        if (closed != null) {
            return closed;
        }
        Marker plain = marker.hasNoMutation() ? marker : marker.withoutMutation();
        double[] posterior = MarkerLikelihood.compute(pedigree, plain, others, person, true).posterior();
        boolean[] out = new boolean[marker.genotypeCount()];
        if (posterior != null) {
            for (int g = 0; g < out.length; g++) {
                out[g] = posterior[g] > 0;
            }
        }
        return out;
    }

    /** Genotype indexes in pedigree order for the typed persons' profiles at one marker (−1 where untyped). */
    public static int[] genotypeIndexes(Pedigree pedigree, Marker marker, Map<String, Profile> typed) {
        int[] g = new int[pedigree.size()];
        java.util.Arrays.fill(g, -1);
        typed.forEach((person, profile) -> {
            AllelePair pair = profile.genotype(marker.name());
            if (pair != null) {
                g[pedigree.require(person)] = marker.genotypeIndex(pair.first(), pair.second());
            }
        });
        return g;
    }

    private static void checkLength(Pedigree pedigree, int[] genotypes) {
        if (genotypes.length != pedigree.size()) {
            throw new IllegalArgumentException("expected " + pedigree.size() + " genotypes, got " + genotypes.length);
        }
    }
}
