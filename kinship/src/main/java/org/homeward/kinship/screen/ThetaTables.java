package org.homeward.kinship.screen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.kinship.AllelePair;
import org.homeward.kinship.Chromosome;
import org.homeward.kinship.Hypothesis;
import org.homeward.kinship.InheritanceUnit;
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
 * sums these tables exactly as it sums the θ = 0 ones.
 */
final class ThetaTables {

    private ThetaTables() { }

    /**
     * The table (genotype count + 1 entries, the last "not typed", 0), for references already known
     * to be possible on the pedigree (θ changes no probability to or from 0).
     *
     * @throws KinshipInputException when the extended model cannot compute the family exactly under θ
     *                               (too many untyped founders for the urn's joint table)
     */
    static double[] log10Lr(Pedigree pedigree, int missing, Marker marker, Map<String, Profile> references, double theta) {
        Hypothesis family = new Hypothesis(pedigree, Map.of(), Map.of());
        List<InheritanceUnit> unit = List.of(InheritanceUnit.of(marker, Chromosome.AUTOSOMAL));
        Map<String, Map<String, Observation>> typed = typed(marker, references);
        int gc = marker.genotypeCount();
        double[] table = new double[gc + 1];
        for (int g = 0; g < gc; g++) {
            table[g] = family.missingPersonLr(pedigree.id(missing), unit, typed, Map.of(marker.name(), genotype(marker, g)), theta)
                    .log10Lr();
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
        Hypothesis family = new Hypothesis(pedigree, Map.of(), Map.of());
        String remainsId = family.unrelatedRemainsId(pedigree.id(missing));
        Hypothesis unrelated = family.withFounder(remainsId, pedigree.sex(missing));
        InheritanceUnit unit = InheritanceUnit.of(marker, Chromosome.AUTOSOMAL);
        Map<String, Map<String, Observation>> typed = typed(marker, references);
        double[] log = new double[marker.genotypeCount()];
        double max = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < log.length; g++) {
            typed.put(remainsId, Map.of(marker.name(), genotype(marker, g)));
            log[g] = unrelated.logLikelihood(unit, typed, theta);
            max = Math.max(max, log[g]);
        }
        double[] w = new double[log.length];
        for (int g = 0; g < w.length; g++) {
            w[g] = Math.exp(log[g] - max);
        }
        return w;
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

    private static Observation genotype(Marker marker, int g) {
        return Observation.pair(marker.allele(Marker.lowerAllele(g)), marker.allele(Marker.upperAllele(g)));
    }
}
