package org.homeward.kinship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * {@link Hypothesis#logJointByGenotype} (one computation for every genotype, θ's urn as a mixture over
 * partitions of the founder alleles) against the per-genotype likelihood with the urn's joint table
 * ({@link Hypothesis#logLikelihood} with the person typed as each genotype in turn), on random small
 * pedigrees (loops included), with random mutation models (stepwise: nothing lumps), θ and
 * observations (full and partial genotypes).
 */
class GenotypeTablePropertyTest {

    @RepeatedTest(200)
    void everyGenotypeEqualsItsOwnLikelihood(RepetitionInfo info) {
        Random rnd = new Random(70_000 + info.getCurrentRepetition());
        Pedigree ped = LikelihoodPropertyTest.randomPedigree(rnd, 3 + rnd.nextInt(4));
        Marker marker = rnd.nextBoolean() ? LikelihoodPropertyTest.randomMarker(rnd) : stepwise(rnd, 3 + rnd.nextInt(3));
        double theta = rnd.nextInt(5) == 0 ? 0 : 0.001 + 0.3 * rnd.nextDouble();
        int query = rnd.nextInt(ped.size());
        Map<String, Map<String, Observation>> typed = new LinkedHashMap<>();
        for (int i = 0; i < ped.size(); i++) {
            if (i != query && rnd.nextDouble() < 0.5) {
                String a = marker.allele(rnd.nextInt(marker.alleleCount()));
                Observation o = rnd.nextInt(4) == 0 ? Observation.oneUnobserved(a)
                        : Observation.pair(a, marker.allele(rnd.nextInt(marker.alleleCount())));
                typed.put(ped.id(i), Map.of(marker.name(), o));
            }
        }
        Hypothesis h = Hypothesis.of(ped);
        InheritanceUnit unit = InheritanceUnit.of(marker, Chromosome.AUTOSOMAL);
        double[] table = h.logJointByGenotype(marker, typed, ped.id(query), theta);
        assertThat(table).hasSize(marker.genotypeCount());
        for (int g = 0; g < table.length; g++) {
            Map<String, Map<String, Observation>> withQuery = new LinkedHashMap<>(typed);
            withQuery.put(ped.id(query), Map.of(marker.name(),
                    Observation.pair(marker.allele(Marker.lowerAllele(g)), marker.allele(Marker.upperAllele(g)))));
            double expected = h.logLikelihood(unit, withQuery, theta);
            String what = ped + " θ " + theta + " " + typed + " " + ped.id(query) + " genotype " + g;
            if (expected == Double.NEGATIVE_INFINITY) {
                assertThat(table[g]).as(what).isEqualTo(Double.NEGATIVE_INFINITY);
            } else {
                assertThat(Math.exp(table[g] - expected)).as(what).isCloseTo(1.0, within(1e-12));
            }
        }
    }

    /** Stepwise mutation that differs by sex: the unseen alleles cannot be lumped. */
    private static Marker stepwise(Random rnd, int k) {
        return ExtendedBruteForce.smallMarker(rnd, "L", k, MutationModel.stepwise(0.02 * rnd.nextDouble(), 0.1 + 0.8 * rnd.nextDouble(), 0.001),
                MutationModel.stepwise(0.05 * rnd.nextDouble(), 0.1 + 0.8 * rnd.nextDouble(), 0.001));
    }
}
