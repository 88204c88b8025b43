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
        Map<String, Map<String, Observation>> typed = new LinkedHashMap<>();
        references.forEach((person, profile) -> {
            AllelePair pair = profile.genotypes().get(marker.name());
            if (pair != null) {
                typed.put(person, Map.of(marker.name(), Observation.pair(pair)));
            }
        });
        int gc = marker.genotypeCount();
        double[] table = new double[gc + 1];
        for (int g = 0; g < gc; g++) {
            Observation remains = Observation.pair(marker.allele(Marker.lowerAllele(g)), marker.allele(Marker.upperAllele(g)));
            table[g] = family.missingPersonLr(pedigree.id(missing), unit, typed, Map.of(marker.name(), remains), theta).log10Lr();
        }
        table[gc] = 0; // not typed: LR 1
        return table;
    }
}
