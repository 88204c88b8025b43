package org.homeward.kinship.screen;

import java.util.LinkedHashMap;
import java.util.Map;

import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Hypothesis;
import org.homeward.kinship.KinshipInputException;
import org.homeward.kinship.Marker;
import org.homeward.kinship.Observation;
import org.homeward.kinship.Pedigree;
import org.homeward.kinship.Profile;

/**
 * A family's log10 LR table at one marker under θ: for each genotype G the remains could show, the
 * extended model's identification LR ({@link Hypothesis#missingPersonLr}), every founder allele of a
 * hypothesis drawn from one θ-corrected urn and the remains one more founder under "unrelated". With
 * θ the denominator is no longer the genotype's population frequency (the remains' alleles are drawn
 * after the references' founders'), so each entry is the ratio of two pedigree likelihoods; the kernel
 * sums these tables exactly as it sums the θ = 0 ones. Each side is one computation for every G
 * ({@link Hypothesis#logJointByGenotype}), not one pedigree likelihood per genotype.
 */
final class ThetaTables {

    private static final double LN10 = Math.log(10);

    private ThetaTables() { }

    /**
     * The table (genotype count + 1 entries, the last "not typed", 0), for references already known
     * to be possible on the pedigree (θ changes no probability to or from 0).
     *
     * @throws KinshipInputException when the extended model cannot compute the family exactly under θ
     */
    static double[] log10Lr(Pedigree pedigree, int missing, Marker marker, Map<String, Profile> references, double theta) {
        Map<String, Map<String, Observation>> typed = typed(marker, references);
        double[] related = new Hypothesis(pedigree, Map.of(), Map.of())
                .logJointByGenotype(marker, typed, pedigree.id(missing), theta);
        double[] unrelated = unrelated(pedigree, missing, marker, typed, theta);
        int gc = marker.genotypeCount();
        double[] table = new double[gc + 1];
        for (int g = 0; g < gc; g++) {
            table[g] = related[g] == Double.NEGATIVE_INFINITY ? related[g] : (related[g] - unrelated[g]) / LN10;
        }
        table[gc] = 0; // not typed: LR 1
        return table;
    }

    /**
     * Per genotype G, the weight of the remains being G under "unrelated": P(references, remains = G)
     * with the remains one more founder in the urn, divided by its largest value over G. At θ = 0 it
     * is f(G) / max f; with θ the references' founders' alleles make the remains' own more likely.
     */
    static double[] unrelatedWeights(Pedigree pedigree, int missing, Marker marker, Map<String, Profile> references, double theta) {
        double[] log = unrelated(pedigree, missing, marker, typed(marker, references), theta);
        double max = Double.NEGATIVE_INFINITY;
        for (double l : log) {
            max = Math.max(max, l);
        }
        double[] w = new double[log.length];
        for (int g = 0; g < w.length; g++) {
            w[g] = Math.exp(log[g] - max);
        }
        return w;
    }

    /** ln P(references, remains = G) for every G, the remains one more founder of the missing person's sex, in the same urn. */
    private static double[] unrelated(Pedigree pedigree, int missing, Marker marker, Map<String, Map<String, Observation>> typed,
                                      double theta) {
        Hypothesis family = new Hypothesis(pedigree, Map.of(), Map.of());
        String remainsId = family.unrelatedRemainsId(pedigree.id(missing));
        double[] log = family.withFounder(remainsId, pedigree.sex(missing)).logJointByGenotype(marker, typed, remainsId, theta);
        for (double l : log) {
            if (l == Double.NEGATIVE_INFINITY) {
                throw new KinshipInputException("the references' observations at " + marker.name()
                        + " are impossible on this pedigree under its mutation model");
            }
        }
        return log;
    }

    private static Map<String, Map<String, Observation>> typed(Marker marker, Map<String, Profile> references) {
        Map<String, Map<String, Observation>> typed = new LinkedHashMap<>();
        references.forEach((person, profile) -> {
            AllelePair pair = profile.genotypes().get(marker.name());
            if (pair != null) {
                typed.put(person, Map.of(marker.name(), Observation.pair(pair)));
            }
        });
        return typed;
    }
}
